package align

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/width"
)

// EvIdentical is the evidence of a Latin designation that the Japanese writes as it is and
// the English writes identically.
const (
	EvIdentical   = "identical"    // the same Latin acronym or designation on both sides
	EvIdenticalJA = "identical-ja" // a Latin designation of the Japanese that the English sources do not write
)

func init() {
	weights[EvIdentical] = 0.75
	weights[EvIdenticalJA] = 0.5
}

// identicalLatin pairs a Latin designation written inside the Japanese text (NATOの東方拡大,
// 移動式ICBM, F-35の配備, 日米「2+2」) with the same token in the English: Japanese borrows an
// acronym, a code name or a model designation in its English form and never translates it,
// so where the English sources write the identical token, letter case included, the English
// of the Japanese token is the token itself. Only designations count: every letter a
// capital (NATO, AUKUS, F-35, NC3), or digits joined by + (2+2); a word in lower or mixed
// case (note, arXiv) is a citation of English, not a term. "LAWS" is not "laws": the English
// must write the capitals. Review tier: the letters say the English, not whether the pair is
// worth a glossary entry.
//
// A designation the English sources never write is still English: the Japanese text
// attests it (移動式ICBM where the sources speak of missiles). It is proposed at the foot
// of the review tier (identical-ja) when kagome reads it as a noun inside a term of the
// commentary, not as a citation of English around it.
func (r *run) identicalLatin() {
	inTerm := r.latinUnits()
	for _, s := range r.sents {
		for _, w := range jaDesignations(s.text) {
			g := r.en.Lookup(w)
			if g == nil || !g.Written(w) {
				if inTerm[w] {
					r.add(w, w, Evidence{Type: EvIdenticalJA, Doc: s.doc, Line: s.line, Quote: quote(s.text),
						Detail: "the Japanese writes " + w + " in its English form"})
				}
				continue
			}
			r.add(w, w, Evidence{Type: EvIdentical, Doc: s.doc, Line: s.line, Quote: quote(s.text),
				Detail: "the English writes " + w + " too (" + g.First.Doc + ":" + itoa(g.First.Line) + ")"})
		}
	}
}

var urlRE = regexp.MustCompile(`(?i)(https?://|www\.)[^\s　、。）)」]+`)

// jaDesignations returns the Latin designations written as words of a Japanese text
// (full-width letters read as ASCII), once each: runs of Latin letters and digits, with -,
// + and . inside (F-35, 2+2, U.S.), whose letters are all capitals, two or more of them or
// one beside a digit (NATO, F-35, NC3), or digits joined by + (2+2). A web address is no
// text.
func jaDesignations(text string) []string {
	t := urlRE.ReplaceAllString(width.Narrow.String(text), " ")
	var out []string
	seen := map[string]bool{}
	rs := []rune(t)
	for i := 0; i < len(rs); {
		if !latinRune(rs[i]) {
			i++
			continue
		}
		j := i
		for j < len(rs) && (latinRune(rs[j]) || strings.ContainsRune(".-+", rs[j]) && j+1 < len(rs) && latinRune(rs[j+1])) {
			j++
		}
		w := string(rs[i:j])
		if latinDesignation(w) && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
		i = j
	}
	return out
}

// latinDesignation reports whether a Latin token is an acronym or a code: letters all capitals,
// two or more of them or one with a digit, or digits joined by +.
func latinDesignation(w string) bool {
	letters, digits := 0, 0
	for _, c := range w {
		switch {
		case unicode.IsLower(c):
			return false
		case unicode.IsUpper(c):
			letters++
		case unicode.IsDigit(c):
			digits++
		}
	}
	switch {
	case letters >= 2:
		return true
	case letters == 1:
		return digits > 0
	default:
		return digits > 1 && strings.Contains(w, "+")
	}
}

// latinUnits returns the Latin designations that stand as a unit of a Japanese candidate
// of two or more units (NATO of NATO戦略, ICBM of 移動式ICBM).
func (r *run) latinUnits() map[string]bool {
	out := map[string]bool{}
	for _, jc := range r.ja {
		if len(jc.units) < 2 {
			continue
		}
		for _, u := range jc.units {
			if w := width.Narrow.String(u.Surface); latinDesignation(w) {
				out[w] = true
			}
		}
	}
	return out
}
