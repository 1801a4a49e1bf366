package tm

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/glossterm/gloss/internal/textnorm"
	"github.com/glossterm/gloss/match"
	"github.com/glossterm/gloss/tm/store"
)

// Span is a byte range of a segment.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Hit is one unit a concordance search found.
type Hit struct {
	Unit *Unit
	// JA and EN are where the query occurs (on the side searched).
	JA, EN []Span
	// JATerms and ENTerms are where the glossary concepts the query stands in occur on the
	// other side: the counterparts of the query.
	JATerms, ENTerms []Span
	Concepts         []string // the IDs of those concepts
}

// SearchOptions tune [Memory.Search].
type SearchOptions struct {
	// Lang is the side searched; "": Japanese when the query has kana or kanji, else
	// English.
	Lang store.Lang
	// Regex takes the query as a Go regular expression, matched against the unit's text
	// as written (case-insensitively unless the expression says (?-i)); every unit is read.
	Regex bool
	// Limit bounds the hits; 0 means 20.
	Limit int
	// Matcher, when set, finds the glossary concepts the hits stand in, and their terms on
	// the other side.
	Matcher *match.Matcher
}

// QueryLang is the side a query is searched on when none is given.
func QueryLang(q string) store.Lang {
	if HasJapanese(q) {
		return store.JA
	}
	return store.EN
}

// Search finds the units whose text on one side contains query (compared under
// textnorm.Key: width, case, dashes and spacing folded) or, with Regex, matches it. It
// returns up to Limit hits in the order the units were added, and whether there were more.
func (m *Memory) Search(ctx context.Context, query string, opt SearchOptions) ([]Hit, bool, error) {
	if opt.Limit <= 0 {
		opt.Limit = 20
	}
	lang := opt.Lang
	if lang == "" {
		lang = QueryLang(query)
	}
	var hits []Hit
	more := false
	collect := func(u *Unit, spans []Span) bool {
		if len(spans) == 0 {
			return true
		}
		if len(hits) == opt.Limit {
			more = true
			return false
		}
		h := Hit{Unit: u}
		if lang == store.JA {
			h.JA = spans
		} else {
			h.EN = spans
		}
		if opt.Matcher != nil {
			counterparts(&h, lang, opt.Matcher)
		}
		hits = append(hits, h)
		return true
	}
	if opt.Regex {
		expr := query
		if !strings.HasPrefix(expr, "(?") {
			expr = "(?i)" + expr
		}
		re, err := regexp.Compile(expr)
		if err != nil {
			return nil, false, fmt.Errorf("--regex %q: %w", query, err)
		}
		err = m.Store.Scan(ctx, func(u *Unit) bool {
			var spans []Span
			for _, loc := range re.FindAllStringIndex(text(u, lang), -1) {
				if loc[1] > loc[0] {
					spans = append(spans, Span{loc[0], loc[1]})
				}
			}
			return collect(u, spans)
		})
		return hits, more, err
	}
	key := textnorm.Key(query)
	if key == "" {
		return nil, false, fmt.Errorf("empty query")
	}
	err := m.Store.Contains(ctx, lang, key, opt.Limit+1, func(u *Unit) bool {
		return collect(u, Find(text(u, lang), key))
	})
	return hits, more, err
}

func text(u *Unit, lang store.Lang) string {
	if lang == store.JA {
		return u.JA
	}
	return u.EN
}

// Find returns where key (a textnorm.Key) occurs in s, as spans of s.
func Find(s, key string) []Span {
	sh := textnorm.NewShadow(s)
	var out []Span
	for i := 0; ; {
		j := strings.Index(sh.Text[i:], key)
		if j < 0 {
			return out
		}
		a, b := sh.Span(i+j, i+j+len(key))
		out = append(out, Span{a, b})
		i += j + len(key)
	}
}

// counterparts finds the concepts whose terms overlap the hits on the searched side, and
// their terms on the other side.
func counterparts(h *Hit, lang store.Lang, mt *match.Matcher) {
	other := store.EN
	spans := h.JA
	if lang == store.EN {
		other, spans = store.JA, h.EN
	}
	concepts := map[string]bool{}
	for _, o := range mt.FindLang(text(h.Unit, lang), string(lang)) {
		for _, s := range spans {
			if o.Start < s.End && s.Start < o.End {
				concepts[o.Concept.ID] = true
			}
		}
	}
	if len(concepts) == 0 {
		return
	}
	var found []Span
	for _, o := range mt.FindLang(text(h.Unit, other), string(other)) {
		if concepts[o.Concept.ID] {
			found = append(found, Span{o.Start, o.End})
		}
	}
	for id := range concepts {
		h.Concepts = append(h.Concepts, id)
	}
	sort.Strings(h.Concepts)
	found = mergeSpans(found)
	if other == store.EN {
		h.ENTerms = found
	} else {
		h.JATerms = found
	}
}

// mergeSpans sorts spans and joins the overlapping ones.
func mergeSpans(s []Span) []Span {
	sort.Slice(s, func(i, j int) bool { return s[i].Start < s[j].Start || s[i].Start == s[j].Start && s[i].End > s[j].End })
	var out []Span
	for _, x := range s {
		if n := len(out); n > 0 && x.Start < out[n-1].End {
			out[n-1].End = max(out[n-1].End, x.End)
			continue
		}
		out = append(out, x)
	}
	return out
}

// Highlight wraps the spans of s (sorted, not overlapping) with open and close.
func Highlight(s string, spans []Span, open, close string) string {
	var b strings.Builder
	pos := 0
	for _, sp := range spans {
		if sp.Start < pos || sp.End > len(s) {
			continue
		}
		b.WriteString(s[pos:sp.Start])
		b.WriteString(open)
		b.WriteString(s[sp.Start:sp.End])
		b.WriteString(close)
		pos = sp.End
	}
	b.WriteString(s[pos:])
	return b.String()
}
