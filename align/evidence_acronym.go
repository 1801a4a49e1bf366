package align

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/width"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/textnorm"
)

// Acronyms across the two languages.

// latinAcronyms pairs a Latin acronym written in the Japanese text (RCEPの早期妥結) with the
// name it abbreviates: Japanese writes an international body or agreement by its English
// acronym, where the English spells the name out. The acronym is the same on both sides,
// so the Japanese term is the acronym itself and its English is the expansion, verified by
// the English sources that define it ("Regional Comprehensive Economic Partnership
// (RCEP)"), else by a name of the aligned English segment, every content word capitalized,
// whose initials spell it (NSC特別会合 beside "a special meeting of the National Security
// Council"). An acronym with neither stays unpaired: letters alone say nothing of a name.
func (r *run) latinAcronyms() {
	type add struct {
		a, exp, detail string
		s              int
	}
	var adds []add
	unwritten := map[string]bool{} // a pair with a sentence whose aligned English does not write the acronym
	for si, s := range r.sents {
		for _, a := range jaAcronyms(s.text) {
			exp, detail := "", ""
			if exps := r.en.Expansions(a); len(exps) > 0 {
				exp, detail = exps[0], "the English defines "+a+" as "+exps[0]
			} else if s.bitext >= 0 {
				if exp = segmentName(r.bitext[s.bitext].EN, a); exp != "" {
					detail = "the initials of " + exp + " in the aligned segment"
				}
			}
			if exp == "" || r.en.Lookup(exp) == nil {
				continue
			}
			k := a + "\x00" + exp
			if s.bitext < 0 || !writesAcronym(r.bitext[s.bitext].EN, a) {
				unwritten[k] = true
			}
			adds = append(adds, add{a, exp, detail, si})
		}
	}
	for _, x := range adds {
		s := r.sents[x.s]
		if !unwritten[x.a+"\x00"+x.exp] {
			x.detail += writtenAcronymNote // see acronymKept
		}
		r.add(x.a, x.exp, Evidence{Type: EvAcronym, Doc: s.doc, Line: s.line, Quote: quote(s.text), Detail: x.detail})
	}
}

// jaAcronyms returns the Latin acronyms standing as words of a Japanese text (see
// latinRuns), once each: runs that lexicon.IsAcronym accepts. An acronym in parentheses
// after a term is the parenthetical evidence's (paren.go).
func jaAcronyms(text string) []string {
	var out []string
	for _, lw := range latinRuns(text) {
		if !lw.paren && lexicon.IsAcronym(lw.w) && !slices.Contains(out, lw.w) && strings.IndexFunc(lw.w, unicode.IsLetter) >= 0 {
			out = append(out, lw.w)
		}
	}
	return out
}

func latinRune(c rune) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '&'
}

// segmentName returns the shortest name of the English sentence en, two or more words with
// every content word capitalized, whose initials spell the acronym a, or "".
func segmentName(en, a string) string {
	ws := strings.Fields(en)
	best := ""
	for i := range ws {
		for j := i + 2; j <= len(ws) && j <= i+12; j++ {
			span := ws[i:j]
			first, last := strings.Trim(span[0], `"“”‘’'(),.;:`), strings.Trim(span[len(span)-1], `"“”‘’'(),.;:`)
			if !capitalized(first) || !capitalized(last) || !strings.HasSuffix(span[len(span)-1], last) && j < len(ws) {
				continue
			}
			ok := true
			for k, w := range span {
				w = strings.Trim(w, `"“”‘’'()`)
				if k < len(span)-1 && strings.ContainsAny(w, ",.;:") {
					ok = false // a name crosses no punctuation
					break
				}
				w = strings.Trim(w, ",.;:")
				if !capitalized(w) && !lexicon.IsStop(strings.ToLower(w)) {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			name := strings.Trim(strings.Join(span, " "), `"“”‘’'(),.;:`)
			if enterm.Initials(name, a) && (best == "" || len(name) < len(best)) {
				best = name
			}
		}
	}
	return best
}

func capitalized(w string) bool {
	for _, c := range w {
		return unicode.IsUpper(c)
	}
	return false
}

// shortForms pairs a Japanese term with the acronym of its English: when an aligned segment
// that holds the term writes an acronym of the pair's English, one the English sources
// define for it ("National Security Strategy (NSS)") or one its initials spell, the acronym
// is the short form the translation uses for the same Japanese (国家安全保障戦略 = NSS
// where a later sentence of the translation writes "the new NSS"). Japanese repeats the
// full name where English abbreviates it after the first mention. The short form is
// proposed for review beside its expansion (shortForm in score.go). A coordination inside
// the term (国家安全保障戦略と国家防衛戦略) names two things, which no one acronym shortens.
func (r *run) shortForms() {
	type add struct{ ja, acr, exp string }
	var adds []add
	for _, p := range r.pairs {
		if enterm.IsAcronym(p.EN) || lexicon.IsAcronym(width.Narrow.String(p.JA)) || score(p.Evidence) < ReviewScore || len(strings.Fields(p.EN)) < 2 {
			continue
		}
		if jc := r.ja[textnorm.Key(p.JA)]; jc != nil && jc.coord > 0 {
			continue // a coordination names two things: no one acronym is its short form
		}
		defined := map[string]bool{}
		for _, a := range r.en.ShortForms(p.EN) {
			defined[a] = true
		}
		r.segmentAcronyms(textnorm.Key(p.JA), func(a string) string {
			if defined[a] || enterm.Initials(p.EN, a) {
				return p.EN
			}
			return ""
		}, func(a, exp string) { adds = append(adds, add{p.JA, a, exp}) })
	}
	// A term that is one lexicon word is paired likewise with an acronym its gloss of
	// several words spells (防衛省 "Ministry of Defense" = MOD): a translation names the
	// bodies of its own government by acronyms it never spells out ("at the MOD in
	// Tokyo"), so no English expansion is there to pair the term with first; the
	// lexicon's gloss stands for it.
	for jk, jc := range r.ja {
		if len(r.bitext) == 0 {
			break // no aligned segment to hold an acronym
		}
		if jc.coord > 0 {
			continue
		}
		var glosses []string
		for _, e := range r.lx.Lookup(jc.text) {
			if len(e.Words) >= 2 && !slices.Contains(glosses, e.Gloss) {
				glosses = append(glosses, e.Gloss)
			}
		}
		if len(glosses) == 0 {
			continue
		}
		r.segmentAcronyms(jk, func(a string) string {
			for _, g := range glosses {
				if enterm.Initials(g, a) {
					return g
				}
			}
			return ""
		}, func(a, exp string) { adds = append(adds, add{jc.text, a, exp}) })
	}
	for _, x := range adds {
		if r.en.Lookup(x.acr) == nil {
			continue
		}
		r.add(x.ja, x.acr, Evidence{Type: EvAcronym, Detail: "expansion: " + x.exp})
	}
}

// segmentAcronyms calls found once for each acronym of the aligned segments holding the
// Japanese term jk that expansion spells out (a non-empty expansion).
func (r *run) segmentAcronyms(jk string, expansion func(acr string) string, found func(acr, exp string)) {
	var seen []string
	for i, b := range r.bitext {
		if !r.bitJA[i][jk] {
			continue
		}
		for _, w := range writtenAcronyms(b.EN) {
			if slices.Contains(seen, w) {
				continue
			}
			if exp := expansion(w); exp != "" {
				seen = append(seen, w)
				found(w, exp)
			}
		}
	}
}

// expandedAcronyms pairs a term that writes a Latin acronym as it is (日EU・EPA) with its
// English in which the acronym is spelled out as the sources define it: "Japan-EU EPA"
// proposed, the sources defining "Economic Partnership Agreement (EPA)", an aligned segment
// holding the term writes "Japan-EU Economic Partnership Agreement". A translation spells
// an acronym out where it first names the thing, and abbreviates it after; both are the
// term's English. The spelled-out name rests on the proposal it expands: for review.
func (r *run) expandedAcronyms() {
	type add struct {
		ja, en, acr string
		seg         int
	}
	var adds []add
	for _, p := range r.pairs {
		if score(p.Evidence) < ReviewScore {
			continue
		}
		jk := textnorm.Key(p.JA)
		for _, w := range strings.Fields(p.EN) {
			if !enterm.IsAcronym(w) || !strings.Contains(p.JA, w) || w == p.EN {
				continue
			}
			for _, exp := range r.en.Expansions(w) {
				en := strings.Replace(p.EN, w, exp, 1)
				g := r.en.Lookup(en)
				if g == nil {
					continue
				}
				for i := range r.bitext {
					if r.bitJA[i][jk] && strings.Contains(r.bitext[i].EN, g.Surface) {
						adds = append(adds, add{p.JA, g.Surface, w, i})
						break
					}
				}
			}
		}
	}
	for _, x := range adds {
		b := r.bitext[x.seg]
		r.add(x.ja, x.en, Evidence{Type: EvPartial, Doc: b.Doc, Line: b.Line, Quote: quote(b.EN),
			Detail: x.acr + " spelled out as the English sources define it"})
	}
}

// writtenAcronyms returns the acronyms en writes as words, each once, in the order en
// writes them.
func writtenAcronyms(en string) []string {
	var out []string
	for _, f := range strings.Fields(en) {
		w := strings.Trim(f, `"“”‘’'(),.;:`)
		if enterm.IsAcronym(w) && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}
