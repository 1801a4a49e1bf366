package lint

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/textnorm"
	"github.com/glossterm/gloss/match"
)

// A short wording of a concept is a term of it that another of its allowed terms contains:
// "partnership" beside "trilateral partnership". In a language with articles it stands for
// the concept as an anaphor, only where the document has introduced the concept: by a
// fuller term anywhere in the source, by another glossary term that holds the short
// wording as a word ("the U.S.-Japan Alliance", to which "the Alliance" refers back), or by
// the short wording after a word that says which one is meant ("our partnership", "a
// partnership", "Japan's partnership"; see namesReferent). In a document that never does,
// "the Partnership" is another partnership, or part of another name ("the Regional
// Comprehensive Economic Partnership"), and the translation owes the concept nothing: the
// missing-term finding is dropped. Where the document has introduced it, the short wording
// is the concept and its rendering is required as any term's. The check waits for the end
// of the document, which may name the concept after the short wording in its title or a
// later paragraph. Japanese has no articles, and a bare noun there is no anaphor: a
// Japanese short wording (抑止 beside 抑止力) is the concept's own word, required as any
// term.

// unlessNamed is a missing-term finding for a short wording (Finding.unless names the
// concept), with the part of the file it is in.
type unlessNamed struct {
	f    Finding
	part string
}

// shortWording reports whether the source names the concept of o, at o, by a short wording
// only, with no word before it that says which one is meant: each of the group's concepts
// by a term that another of its allowed terms contains.
func (l *Linter) shortWording(src string, o match.Occurrence, group []match.Occurrence, lang string) bool {
	if isJapanese(lang) {
		return false // no articles: 抑止 beside 抑止力 is the concept's word, not an anaphor
	}
	for k := range group {
		if _, info := l.termOf(&group[k]); !info.abbrev {
			return false
		}
	}
	before := strings.Fields(src[:o.Start])
	return len(before) == 0 || !namesReferent(before[len(before)-1]+" "+src[o.Start:o.End])
}

// shortWordingsPass returns, for the short wordings pending in d, the check of one
// segment (whether its source names their concept, in the same part of the file) and the
// finish that adds to d's findings those whose concept the document names and drops the
// others; nil, nil when none is pending. settlePending reads the segments.
func (r *Run) shortWordingsPass(d *docRun) (visit func(Segment), finish func()) {
	if len(d.unless) == 0 {
		return nil, nil
	}
	type key struct {
		part string
		c    *glossary.Concept
	}
	want := map[key]bool{} // true once named
	for _, u := range d.unless {
		want[key{u.part, u.f.unless}] = false
	}
	lang := d.doc.SourceLang
	shorts := map[*glossary.Concept][]string{}
	for k := range want {
		if _, ok := shorts[k.c]; !ok {
			shorts[k.c] = shortKeys(k.c, lang)
		}
	}
	var occ []match.Occurrence
	visit = func(seg Segment) {
		var text string
		occDone := false
		for k, named := range want {
			if named || k.part != seg.Part {
				continue
			}
			if text == "" {
				text = strings.ToLower(seg.Source.Value)
			}
			if namesConcept(text, k.c, lang) {
				want[k] = true
				continue
			}
			if !occDone {
				occ, occDone = r.l.m.AppendLang(occ[:0], seg.Source.Value, lang), true
			}
			if longerName(occ, shorts[k.c], lang) {
				want[k] = true
			}
		}
	}
	finish = func() {
		for _, u := range d.unless {
			if want[key{u.part, u.f.unless}] {
				u.f.unless = nil
				d.out = append(d.out, u.f)
			}
		}
		d.unless = nil
	}
	return visit, finish
}

// settlePending decides the findings that wait for the end of their document (short
// wordings, parties said by "we", terms referred back to), reading its segments once, and
// only when some finding is pending.
func (r *Run) settlePending(d *docRun) {
	var visits []func(Segment)
	var finishes []func()
	for _, pass := range [](func(*docRun) (func(Segment), func())){r.shortWordingsPass, weNamesPass} {
		if v, f := pass(d); v != nil {
			visits, finishes = append(visits, v), append(finishes, f)
		}
	}
	if len(visits) == 0 {
		return
	}
	d.eachSegment(func(seg Segment) error {
		for _, v := range visits {
			v(seg)
		}
		return nil
	})
	for _, f := range finishes {
		f()
	}
}

// namesConcept reports whether text, lowercased, introduces concept c in lang: it has an
// allowed term of c that is no short wording, or, in a language with articles, a short
// wording after a word that says which one is meant.
func namesConcept(text string, c *glossary.Concept, lang string) bool {
	var terms []string
	for _, t := range c.Terms[lang] {
		if t.Status.Allowed() && t.Text != "" {
			terms = append(terms, strings.ToLower(t.Text))
		}
	}
	for i, t := range terms {
		short := false
		for j, u := range terms {
			if j != i && len(u) > len(t) && strings.Contains(u, t) {
				short = true
			}
		}
		if !short {
			if strings.Contains(text, t) {
				return true
			}
			continue
		}
		if isJapanese(lang) {
			continue
		}
		for rest := text; ; {
			k := strings.Index(rest, t)
			if k < 0 {
				break
			}
			if before := strings.Fields(rest[:k]); len(before) > 0 && namesReferent(before[len(before)-1]+" "+t) {
				return true
			}
			rest = rest[k+len(t):]
		}
	}
	return false
}

// shortKeys returns the textnorm keys of the short wordings of c in lang: its allowed terms
// that another of its allowed terms contains.
func shortKeys(c *glossary.Concept, lang string) []string {
	var keys, out []string
	for _, t := range c.Terms[lang] {
		if t.Status.Allowed() && t.Text != "" {
			keys = append(keys, textnorm.Key(t.Text))
		}
	}
	for i, k := range keys {
		for j, u := range keys {
			if j != i && len(u) > len(k) && strings.Contains(u, k) {
				out = append(out, k)
				break
			}
		}
	}
	return out
}

// longerName reports whether occ, a segment's glossary terms, has a term of any concept
// that holds one of the short wordings as a word of its own and more besides: "the
// U.S.-Japan Alliance" introduces an alliance, to which a later "the Alliance" refers
// back, whichever concept the glossary files the short wording under.
func longerName(occ []match.Occurrence, shorts []string, lang string) bool {
	for _, o := range occ {
		k := textnorm.Key(o.Term.Text)
		for _, s := range shorts {
			if len(k) > len(s) && containsWord(k, s, lang) {
				return true
			}
		}
	}
	return false
}

// containsWord reports whether the key k has w as a word of its own: in a language that
// spaces its words, with no letter or digit against it; in Japanese, anywhere (同盟 in
// 日米同盟).
func containsWord(k, w, lang string) bool {
	if isJapanese(lang) {
		return strings.Contains(k, w)
	}
	for rest, off := k, 0; ; {
		i := strings.Index(rest, w)
		if i < 0 {
			return false
		}
		at := off + i
		before, _ := utf8.DecodeLastRuneInString(k[:at])
		after, _ := utf8.DecodeRuneInString(k[at+len(w):])
		if (at == 0 || !unicode.IsLetter(before) && !unicode.IsDigit(before)) &&
			(at+len(w) == len(k) || !unicode.IsLetter(after) && !unicode.IsDigit(after)) {
			return true
		}
		rest, off = rest[i+1:], at+1
	}
}
