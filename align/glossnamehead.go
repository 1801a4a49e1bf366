package align

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// glossNameHead reports whether raw, one English word written with a capital, is the head
// of a name of two words that the dictionary glosses ja by, both written with a capital:
// 国会 "National Diet" as the "Diet" of "the 221st session of the Diet". English shortens
// a name to its head once the context says whose it is (the Diet, the Agency), and keeps
// the capital that marks it as the name; a common noun of a gloss in lower case ("cabinet
// meeting") is no name, and its head alone is another word.
func (r *run) glossNameHead(ja, raw string) bool {
	if c, _ := utf8.DecodeRuneInString(raw); !unicode.IsUpper(c) {
		return false
	}
	for _, e := range r.lx.Lookup(ja) {
		f := strings.Fields(e.Gloss)
		if len(f) != 2 || f[1] != raw {
			continue
		}
		if c0, _ := utf8.DecodeRuneInString(f[0]); !unicode.IsUpper(c0) {
			continue
		}
		return true
	}
	return false
}
