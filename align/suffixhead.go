package align

import "github.com/glossterm/gloss/align/internal/jaterm"

// suffixHeadDropped reports whether a term read as one dictionary word ends in a suffix
// noun that the English leaves unrendered: 政策局 met as "Policy", 訪日時 as "visit to
// Japan". A Japanese compound ends in its head, and a suffix noun that kagome tags as such
// (名詞,接尾) and that is no morphology of the affix table (的, 性, 化, whose sense English
// derivation absorbs) names what the compound is: 局 a bureau, 時 a time, 計 a total. An
// English span with none of its glosses renders the modifier without the head, a word
// that stands beside the term in the English sentence (the "Policy" of "Office of Policy"),
// not the term; a reviewer's call. A counter (年, 人) is the numeral's; a suffix of places
// or persons (州, 県, 氏: 名詞,接尾,地域 or 人名) classifies a name that designates alone
// (ワイオミング州 = Wyoming); other evidence (a parenthesis, an acronym, a quotation, a
// dictionary phrase) pairs the whole.
func (r *run) suffixHeadDropped(p *Pair, jc *jaCand) bool {
	if !hasType(p.Evidence, EvDictionary) {
		return false
	}
	if statedWhole(p.Evidence) || hasType(p.Evidence, EvGlossary) {
		return false
	}
	cs := r.constituents(jc.units)
	if len(cs) < 2 {
		return false
	}
	c := cs[len(cs)-1]
	if !c.affix || len(c.units) != 1 || !jaterm.IsSuffix(c.units[0]) || nameClassifier(c.units[0].POSAt(2)) || len(c.words) == 0 {
		return false
	}
	if _, ok := affixes[c.text]; ok {
		return false
	}
	words, raw := enWords(p.EN)
	for k := range words {
		if covers(c, words[k], raw[k]) {
			return false
		}
	}
	return true
}

// nameClassifier reports whether kagome's third level of a suffix marks a counter (助数詞)
// or the classifier of a place or person name (地域, 人名).
func nameClassifier(pos string) bool {
	return pos == "助数詞" || pos == "地域" || pos == "人名"
}
