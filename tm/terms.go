package tm

import (
	"context"
	"sort"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/match"
)

// Rendering is one glossary term of a concept as the memory uses it.
type Rendering struct {
	Lang   string              `json:"lang"`
	Term   string              `json:"term"`
	Status glossary.TermStatus `json:"status"`
	Units  int                 `json:"units"` // the units that use it
}

// Flag is a unit that uses a deprecated or forbidden term.
type Flag struct {
	Unit   *Unit               `json:"-"`
	Lang   string              `json:"lang"`
	Term   string              `json:"term"` // the glossary term
	Text   string              `json:"text"` // as the unit writes it
	Status glossary.TermStatus `json:"status"`
	Start  int                 `json:"start"` // byte offsets in the unit's segment
	End    int                 `json:"end"`
}

// Usage is how a memory renders one glossary concept.
type Usage struct {
	Concept *glossary.Concept
	// Units counts the units where the concept occurs on either side.
	Units int
	// Renderings are the concept's terms the units use, most used first.
	Renderings []Rendering
	// JAOnly counts units with the concept in the Japanese but none of its English terms
	// in the English (rendered some other way, or left out); ENOnly the other way round.
	JAOnly, ENOnly int
	// Examples of JAOnly units (up to MaxExamples).
	JAOnlyUnits []*Unit
	// Flags are the units that use a deprecated or forbidden term of the concept.
	Flags []Flag
}

// MaxExamples bounds the JAOnly units a Usage keeps.
const MaxExamples = 5

// Terms audits the memory's terminology against a glossary: for every concept that occurs
// in the units f selects, which of its terms the units use on each side, with counts and
// glossary statuses, how many units have it on one side only, and every unit that uses a
// deprecated or forbidden term. Concepts come in glossary order.
func (m *Memory) Terms(ctx context.Context, mt *match.Matcher, f Filter) ([]*Usage, error) {
	usage := map[*glossary.Concept]*Usage{}
	type rkey struct {
		c    *glossary.Concept
		lang string
		t    *glossary.Term
	}
	counts := map[rkey]int{}
	err := m.Store.Scan(ctx, func(u *Unit) bool {
		if !f.Match(u) {
			return true
		}
		sides := map[*glossary.Concept][2]bool{}
		seen := map[rkey]bool{}
		for i, side := range []struct{ lang, text string }{{"ja", u.JA}, {"en", u.EN}} {
			for _, o := range mt.FindLang(side.text, side.lang) {
				c := o.Concept
				s := sides[c]
				s[i] = true
				sides[c] = s
				us := usage[c]
				if us == nil {
					us = &Usage{Concept: c}
					usage[c] = us
				}
				k := rkey{c, side.lang, o.Term}
				if !seen[k] {
					seen[k] = true
					counts[k]++
				}
				if o.Term.Status == glossary.Deprecated || o.Term.Status == glossary.Forbidden {
					us.Flags = append(us.Flags, Flag{Unit: u, Lang: side.lang, Term: o.Term.Text, Text: side.text[o.Start:o.End],
						Status: o.Term.Status, Start: o.Start, End: o.End})
				}
			}
		}
		for c, s := range sides {
			us := usage[c]
			us.Units++
			switch {
			case s[0] && !s[1]:
				us.JAOnly++
				if len(us.JAOnlyUnits) < MaxExamples {
					us.JAOnlyUnits = append(us.JAOnlyUnits, u)
				}
			case s[1] && !s[0]:
				us.ENOnly++
			}
		}
		return true
	})
	if err != nil {
		return nil, err
	}
	for k, n := range counts {
		st := k.t.Status
		if st == "" {
			st = glossary.Preferred
		}
		usage[k.c].Renderings = append(usage[k.c].Renderings, Rendering{k.lang, k.t.Text, st, n})
	}
	var out []*Usage
	for _, us := range usage {
		sort.Slice(us.Renderings, func(i, j int) bool {
			a, b := us.Renderings[i], us.Renderings[j]
			if a.Lang != b.Lang {
				return a.Lang == "ja"
			}
			if a.Units != b.Units {
				return a.Units > b.Units
			}
			return a.Term < b.Term
		})
		out = append(out, us)
	}
	order := map[*glossary.Concept]int{}
	for _, us := range out {
		order[us.Concept] = us.Concept.Pos.Line
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i].Concept, out[j].Concept
		if order[a] != order[b] {
			return order[a] < order[b]
		}
		return a.ID < b.ID
	})
	return out, nil
}
