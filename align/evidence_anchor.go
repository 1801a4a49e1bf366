package align

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/glossterm/gloss/align/internal/paren"
)

// EvParenAnchor is the evidence of anchoredNames.
const EvParenAnchor = "paren-anchor" // the names before two parentheticals that hold the same acronym

// anchoredNames pairs the name written right before a parenthetical of an aligned
// segment's Japanese with the capitalized English name written right before a
// parenthetical of its English, when the two parentheticals hold the same Latin acronym or
// designation (日豪部隊間協力円滑化協定(RAA) = "the Japan-Australia Reciprocal Access
// Agreement (RAA)"; …協定(TPP11協定) = "… Agreement for Trans-Pacific Partnership (TPP11
// Agreement)"): a translation writes a name's short form after the name in both languages,
// so the two names are one. The name is taken whole, the parts no word of the English
// renders included (東アジア of 東アジア地域包括的経済連携, which the English calls Regional):
// the acronym evidence keeps the span its expansion explains beside it. The Japanese is the
// longest compound ending at the parenthesis, or, when the English name holds of, for or
// and, the longest phrase (環太平洋パートナーシップに関する包括的及び先進的な協定). Review
// unless a translation agrees: the names may be paraphrases of each other.
func (r *run) anchoredNames() {
	for i, seg := range r.bitext {
		ens := paren.Find(seg.EN)
		jas := paren.Find(seg.JA)
		if len(ens) == 0 || len(jas) == 0 {
			continue
		}
		var keys []string
		for k := range r.bitJA[i] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, jp := range jas {
			anchors := latinAnchors(jp.Inner)
			if len(anchors) == 0 {
				continue
			}
			for _, ep := range ens {
				if !slices.ContainsFunc(latinAnchors(ep.Inner), func(a string) bool { return slices.Contains(anchors, a) }) {
					continue
				}
				name, joined := enNameBefore(seg.EN, ep.Open)
				if name == "" {
					continue
				}
				compound, phrase := "", ""
				var compoundC, phraseC *jaCand
				for _, k := range keys {
					jc := r.ja[k]
					if jc == nil || len(jc.units) < 2 || !strings.HasSuffix(seg.JA[:jp.Open], jc.text) {
						continue
					}
					if jc.phrasal {
						if len(jc.text) > len(phrase) {
							phrase, phraseC = jc.text, jc
						}
					} else if len(jc.text) > len(compound) {
						compound, compoundC = jc.text, jc
					}
				}
				ja, jc := compound, compoundC
				if joined && len(phrase) > len(compound) {
					ja, jc = phrase, phraseC
				}
				if ja == "" {
					continue
				}
				end := len(strings.TrimRightFunc(seg.EN[:ep.Open], unicode.IsSpace))
				if whole := r.headFirstName(seg.EN, end-len(name), end, jc); whole != "" {
					name = whole // the head and its complement (see headFirstName)
				}
				if whole := ordinalName(strings.TrimRightFunc(seg.JA[:jp.Open], unicode.IsSpace), ja, name); whole != "" {
					ja = whole // the session numbers the name in both languages (see ordinalName)
				}
				r.add(ja, name, Evidence{Type: EvParenAnchor, Doc: seg.Doc, Line: seg.Line, Quote: quote(seg.EN),
					Detail: "both names before a parenthetical holding " + anchors[0]})
			}
		}
	}
}

// enNameBefore returns the capitalized name (see capitalNames) that ends right before the
// byte offset at of s, and whether it holds a connector (of, for, and); "" when no name of
// two words or more ends there.
func enNameBefore(s string, at int) (string, bool) {
	end := len(strings.TrimRightFunc(s[:at], unicode.IsSpace))
	for _, n := range capitalNames(s[:end]) {
		if n[len(n)-1].end != end {
			continue
		}
		start := n[0].start
		joined := false
		for _, w := range strings.Fields(s[start:end]) {
			joined = joined || nameConnectors[w] && w != "the"
		}
		return s[start:end], joined
	}
	return "", false
}

// latinAnchors returns the acronyms and designations of a parenthetical's text, folded to
// half width: the words of two capital letters or more, digits allowed (RAA, TPP11).
func latinAnchors(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(norm.NFKC.String(s), func(c rune) bool {
		return !(c < utf8.RuneSelf && (unicode.IsLetter(c) || unicode.IsDigit(c)))
	}) {
		upper := 0
		for _, c := range w {
			if unicode.IsUpper(c) {
				upper++
			} else if !unicode.IsDigit(c) {
				upper = -100
			}
		}
		if upper >= 2 {
			out = append(out, w)
		}
	}
	return out
}
