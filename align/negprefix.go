package align

import "strings"

// A word of the negating prefix non- is written solid by dictionaries (EDICT's 核不拡散
// "nuclear nonproliferation", 不介入 "nonintervention") and hyphenated by much official
// English ("nuclear non-proliferation"), whose hyphenated words are split into their parts:
// a gloss holding such a word is also read with the word split, so that either spelling
// meets it.

// negPrefixSplit returns the words of a gloss that writes a word of the negating prefix
// non- solid (nuclear nonproliferation) with that word split as its hyphenated form is
// (nuclear non-proliferation): a dictionary and a translation write the prefix either way,
// and the English words of a hyphenated word are its parts.
func negPrefixSplit(g string) ([]string, int, bool) {
	var b strings.Builder
	split := false
	for i, f := range strings.Fields(g) {
		if i > 0 {
			b.WriteByte(' ')
		}
		if p, rest, ok := negPrefixed(strings.ToLower(f)); ok {
			b.WriteString(p + "-" + rest)
			split = true
			continue
		}
		b.WriteString(f)
	}
	if !split {
		return nil, 0, false
	}
	n, h := glossWords(b.String())
	return n, h, len(n) > 0 && len(n) <= 6
}

// negPrefixed splits a word of the negating prefix non- written solid (nonproliferation,
// nonaggression) into the prefix and the word it negates, of five letters at least; none,
// nonetheless and the like are no such word.
func negPrefixed(w string) (prefix, rest string, ok bool) {
	if !strings.HasPrefix(w, "non") || strings.HasPrefix(w, "none") || len(w) < 3+5 {
		return "", "", false
	}
	return "non", w[3:], true
}
