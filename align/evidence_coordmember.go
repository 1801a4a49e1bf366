package align

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/internal/textnorm"
)

// Members of a coordination.
//
// A coordination of two terms (核軍縮及び不拡散) is translated member by member, in the same
// order, by an English coordination ("Nuclear Disarmament and Non-Proliferation"): "and"
// for 及び, 並びに and および, "or" for 又は and 若しくは. When the coordination is proposed
// (review or better) with such English, and one member is rendered (a proposal at review
// or better, or a gloss) by the English on its side of the conjunction, the other member is
// the English on the other side. The pairing rests on the order of the two sides, not on a
// translation of each word: it proposes the member at review (EvListItem, a list of two),
// and only a member that has no proposal of its own. Each member is a noun compound of its
// own and the coordination has one coordinator and no link: in 地域及び世界の安全保障 the
// complement の安全保障 is shared by both members, and "regional and global security"
// splits into no member's English. Each side of the English ends in a noun: "foreign and
// security" is a span cut before a head the two sides share ("foreign and security
// policy"), and "foreign" renders no member alone. A side that holds a comma or a second
// conjunction pairs nothing.

// coordJoiners are the Japanese coordinators of two terms and the English conjunction
// that renders each.
var coordJoiners = []struct{ ja, en string }{
	{"及び", " and "}, {"および", " and "}, {"並びに", " and "},
	{"又は", " or "}, {"若しくは", " or "},
}

// coordMembers pairs the member of a proposed coordination left without a proposal with
// the English on its side of the conjunction, when the other member is rendered by the
// English on the other side.
func (r *run) coordMembers() {
	keys := make([]string, 0, len(r.pairs))
	proposed := map[string]bool{} // ja keys with a proposal at review or better
	for k, p := range r.pairs {
		if score(p.Evidence) >= ReviewScore {
			keys = append(keys, k)
			proposed[textnorm.Key(p.JA)] = true
		}
	}
	sort.Strings(keys)
	type add struct {
		ja, en string
		k      int
		ev     Evidence
	}
	var adds []add
	for _, k := range keys {
		p := r.pairs[k]
		x, y, conj, ok := r.splitCoordination(p.JA)
		if !ok {
			continue
		}
		a, b, ok := splitConjunction(p.EN, conj)
		if !ok || !r.nounEnd(a) || !r.nounEnd(b) {
			continue
		}
		ev := Evidence{Type: EvListItem}
		if len(p.Evidence) > 0 {
			ev.Doc, ev.Line, ev.Quote = p.Evidence[0].Doc, p.Evidence[0].Line, p.Evidence[0].Quote
		}
		switch {
		case !proposed[textnorm.Key(y)] && r.renders(x, a):
			adds = append(adds, add{ja: y, en: b, k: 2, ev: ev})
		case !proposed[textnorm.Key(x)] && r.renders(y, b):
			adds = append(adds, add{ja: x, en: a, k: 1, ev: ev})
		}
	}
	for _, a := range adds {
		a.ev.Detail = "member " + itoa(a.k) + " of 2 of a coordination on each side"
		r.add(a.ja, a.en, a.ev)
	}
}

// splitCoordination splits a Japanese coordination of two candidate terms at its one
// coordinator, and returns the English conjunction that renders it.
func (r *run) splitCoordination(ja string) (x, y, conj string, ok bool) {
	for _, j := range coordJoiners {
		if strings.Count(ja, j.ja) != 1 {
			continue
		}
		x, y, _ = strings.Cut(ja, j.ja)
		c, cx, cy := r.ja[textnorm.Key(ja)], r.ja[textnorm.Key(x)], r.ja[textnorm.Key(y)]
		if c == nil || c.coord != 1 || c.caseLinks > 0 || cx == nil || cy == nil || cx.phrasal || cy.phrasal {
			return "", "", "", false
		}
		return x, y, j.en, true
	}
	return "", "", "", false
}

// splitConjunction splits English at its one conjunction conj (" and ", " or "), when no
// other conjunction and no comma is in it; the second side loses a leading article.
func splitConjunction(en, conj string) (a, b string, ok bool) {
	if strings.ContainsAny(en, ",;") || strings.Count(en, " and ")+strings.Count(en, " or ") != 1 {
		return "", "", false
	}
	a, b, ok = strings.Cut(en, conj)
	if !ok {
		return "", "", false
	}
	for _, art := range []string{"the ", "The ", "a ", "an "} {
		b = strings.TrimPrefix(b, art)
	}
	if enterm.Key(a) == "" || enterm.Key(b) == "" {
		return "", "", false
	}
	return a, b, true
}

// nounEnd reports whether English ends in a noun: a hyphenated compound
// (non-proliferation), a noun of WordNet in its plural or its singular when WordNet is
// loaded, a capitalized word it lacks (a name); without WordNet, any word but one with an
// adjectival suffix (-ic, -al, -ive, -ous, -ful).
func (r *run) nounEnd(en string) bool {
	f := strings.Fields(en)
	if len(f) == 0 {
		return false
	}
	w := strings.Trim(f[len(f)-1], ".:;!?\"'“”‘’()")
	lw := strings.ToLower(w)
	if lw == "" {
		return false
	}
	if strings.Contains(lw, "-") {
		return true
	}
	adjectival := adjectivalSuffix(lw)
	if r.wn == nil {
		return !adjectival
	}
	if r.wn.IsNoun(lw) || r.wn.IsNoun(textnorm.Singular(lw)) {
		return true
	}
	c, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(c) && !adjectival
}
