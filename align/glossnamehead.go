package align

import "strings"

// glossNameHead reports whether raw, one English word written with a capital, is the head
// of a name of two words that the dictionary glosses ja by, both written with a capital:
// 国会 "National Diet" as the "Diet" of "the 221st session of the Diet". English shortens
// a name to its head once the context says whose it is (the Diet, the Agency), and keeps
// the capital that marks it as the name; a common noun of a gloss in lower case ("cabinet
// meeting") is no name, and its head alone is another word.
func (r *run) glossNameHead(ja, raw string) bool {
	if !capitalized(raw) {
		return false
	}
	for _, e := range r.lx.Lookup(ja) {
		if f := strings.Fields(e.Gloss); len(f) == 2 && f[1] == raw && capitalized(f[0]) {
			return true
		}
	}
	return false
}
