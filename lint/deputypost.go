package lint

import "strings"

// deputyPost reports whether the Japanese term at offset start of text follows the prefix
// 副 (deputy, vice): 副首相 is the Deputy Prime Minister, 副大臣 a Vice-Minister, another
// post than the one the term names, as "Prime Minister" in "Deputy Prime Minister" renders
// no Prime Minister (partOfLongerName). The source then does not demand the term.
func deputyPost(text string, start int) bool {
	return strings.HasSuffix(text[:start], "副")
}
