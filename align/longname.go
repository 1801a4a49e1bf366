package align

import (
	"strings"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/internal/lexicon"
)

// longNameSyntax reports whether an English span longer than the n-grams every candidate
// is rated against (enterm.MaxAlignedN words) has the syntax of a name that puts its head
// first: every content word capitalized, and a complement for each of the Japanese
// name's modifiers, each after a preposition and often an article ("Agreement between
// the Government of Japan and the Government of Australia on the Security of
// Information" for 情報の保護に関する日本国政府とオーストラリア政府との間の協定). Such a
// name holds more function words than the budget of a short phrase, but never more than
// two between two content words (a preposition and its article: "between the", "on the"):
// three in a row ("in the one of the") join two phrases, not the parts of one name.
func longNameSyntax(s string) bool {
	ws := strings.Fields(s)
	if len(lexicon.Words(s)) <= enterm.MaxAlignedN {
		return false
	}
	run := 0
	for _, f := range ws {
		w := strings.Trim(f, ".,;:'’\"()")
		lw := strings.ToLower(w)
		if w == "" {
			continue
		}
		if lexicon.IsStop(lw) || prepositionsMore[lw] || participlePreposition(lw) {
			if run++; run > 2 {
				return false
			}
			continue
		}
		if r := w[0]; r < 'A' || r > 'Z' {
			return false
		}
		run = 0
	}
	return true
}

// participlePreposition reports whether an English word is a preposition made from a
// participle, "concerning" or "regarding": inside a name it introduces the complement a
// Japanese link renders (移転に関する協定 = Agreement concerning the Transfer), as "on"
// does, and renders no word of its own.
func participlePreposition(w string) bool {
	w = strings.ToLower(strings.TrimPrefix(w, "^"))
	return w == "concerning" || w == "regarding"
}

// participlePrepositions counts the participial prepositions of an English phrase that
// stand between two of its content words and that no part of the term renders: in a
// linked phrase (jc.phrasal) they are its function words.
func participlePrepositions(cs []constituent, words, raw []string) int {
	n := 0
	for i := 1; i+1 < len(raw); i++ {
		if participlePreposition(raw[i]) && !coveredBy(cs, words[i], raw[i]) {
			n++
		}
	}
	return n
}

// writtenConjunction reports whether a Japanese term joins two members by a conjunction
// written as a word (及び, 並びに, 又は, 若しくは, 或いは), not by a particle or a middle
// dot: English renders it by "and" or "or", so an English phrase without one leaves a
// member out ("Agreement concerning the Transfer of Defense Equipment" is not
// 防衛装備品及び技術の移転に関する協定, whose 技術 a lexicon word of the shared head,
// 技術移転 "technology transfer", seems to explain).
func writtenConjunction(ja string) bool {
	for _, c := range []string{"及び", "並びに", "又は", "若しくは", "或いは"} {
		if strings.Contains(ja, c) {
			return true
		}
	}
	return false
}
