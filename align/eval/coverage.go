package eval

import (
	"fmt"
	"strings"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/textnorm"
)

// Coverage is how a glossary fares on a term list: for how many rows a lookup of the
// Japanese finds a concept that renders it with the row's English.
type Coverage struct {
	Rows  int
	Right int // rows whose English is the concept's preferred term or an official wording it admits
	// Preferred counts the rows of Right whose English is the preferred term itself.
	Preferred int
	Absent    int      // rows whose Japanese no concept has
	Misses    []string // "line N: ja → en; got …" for each row not right
}

// MeasureCoverage checks each row of a term list (see [ParseList]) as `gloss lookup`
// answers it: the best exact or variant match of the row's Japanese (as written, else
// without a parenthesized part: 国防次官（政策担当）) to an allowed term of a concept that
// is not retired. The row is right when one of its English variants is that concept's
// preferred English term, or an admitted English term that one of the concept's sources
// quotes from a document it locates (loc): an official wording the concept documents, such
// as 'Japan-U.S. Security Consultative Committee' beside the preferred 'U.S.-Japan …', or
// 'Article V of our security treaty' beside the treaty's full name. An admitted term that
// no located source writes (a descriptive rendering, a press usage) does not count.
// English is compared as lookup folds it: case, width, dashes, spaces, dots and the plural
// of the last word ("model allies" meets "model ally", "Asia- Pacific" meets "Asia-Pacific").
func MeasureCoverage(g *glossary.Glossary, list string) Coverage {
	lines := strings.Split(list, "\n")
	raw := func(e Entry) string {
		if e.Line-1 < len(lines) {
			f, _, _ := strings.Cut(lines[e.Line-1], "\t")
			return strings.TrimSpace(f)
		}
		return e.JA
	}
	ix := glossary.NewIndex(g)
	var cv Coverage
	for _, e := range ParseList(list) {
		cv.Rows++
		var best *glossary.Match
	lookup:
		for _, q := range []string{raw(e), e.JA} {
			for _, m := range ix.Lookup(q).Matches {
				if m.Kind != glossary.PartialMatch && m.Concept.Status != glossary.Retired && m.Term.Status.Allowed() {
					best = &m
					break lookup
				}
			}
		}
		miss := func(got string) {
			cv.Misses = append(cv.Misses, fmt.Sprintf("line %d: %s → %s; got %s", e.Line, raw(e), e.EN, got))
		}
		if best == nil {
			cv.Absent++
			miss("no concept")
			continue
		}
		want := map[string]bool{}
		for _, v := range e.Variants {
			want[enKey(v)] = true
		}
		p := best.Concept.Preferred("en")
		switch {
		case p != nil && want[enKey(p.Text)]:
			cv.Right++
			cv.Preferred++
		case admitsOfficially(best.Concept, want):
			cv.Right++
		case p == nil:
			miss(best.Concept.ID + ": no preferred English")
		default:
			miss(fmt.Sprintf("%s: %q", best.Concept.ID, p.Text))
		}
	}
	return cv
}

// enKey folds an English term as lookup does.
func enKey(s string) string { return textnorm.Loose(textnorm.Plural(textnorm.Key(s))) }

// admitsOfficially reports whether one of want is an admitted English term of c that a
// located English source of c quotes.
func admitsOfficially(c *glossary.Concept, want map[string]bool) bool {
	for _, t := range c.Terms["en"] {
		if t.Status != glossary.Admitted || !want[enKey(t.Text)] {
			continue
		}
		term := textnorm.Loose(textnorm.Key(t.Text))
		for _, s := range c.Sources {
			if s.Lang == "en" && s.Loc != "" && strings.Contains(textnorm.Loose(textnorm.Key(s.Quote)), term) {
				return true
			}
		}
	}
	return false
}

// Share is Right / Rows, 0 for an empty list.
func (cv Coverage) Share() float64 {
	if cv.Rows == 0 {
		return 0
	}
	return float64(cv.Right) / float64(cv.Rows)
}
