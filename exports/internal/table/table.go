// Package table reads and writes a glossary as rows of cells, the shape CSV, TSV and XLSX
// share: the generic layout gloss writes, and the layouts of other tools it reads.
package table

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/exports/internal/columns"
	"github.com/glossterm/gloss/glossary"
)

// Table is a glossary as rows of cells: the shape CSV, TSV and XLSX share. Header is the
// first row; Lines[i] is where Rows[i] starts in the file (a CSV line or a sheet row).
type Table struct {
	Header     []string
	HeaderLine int
	Rows       [][]string
	Lines      []int
}

// The generic layout, one row per concept:
//
//	id | subject | status | ja | ja status | ja variants | ja definition | ja notes | en | … | note | sources
//
// The language column holds the concept's first term in that language and "L status" its
// status. "L variants" holds the other terms, one per line, each "text" when preferred or
// "text (status)" otherwise. "sources" holds one source per line as "doc | quote | loc |
// url | lang", trailing empty fields left out. "L notes" holds the terms' notes, one per
// line, as "term: note". Parts of speech are not carried.

// GenericHeader returns the header of the generic layout for the languages langs.
func GenericHeader(langs []string, opt exports.Options) []string {
	h := []string{"id", "subject", "status"}
	for _, l := range langs {
		tag := opt.Tag(l)
		h = append(h, tag, tag+" status", tag+" variants", tag+" definition", tag+" notes")
	}
	return append(h, "note", "sources")
}

// GenericRow lays out one concept in the generic layout for the languages langs, counting
// what it drops in rep.
func GenericRow(c *glossary.Concept, langs []string, rep *exports.Report) []string {
	rep.Written++
	rep.DropConceptFields(c)
	st := c.Status
	if st == "" {
		st = glossary.Proposed
	}
	row := make([]string, 0, 5+5*len(langs))
	row = append(row, c.ID, c.Subject, string(st))
	for _, l := range langs {
		ts := c.Terms[l]
		var main, mainSt string
		var variants, notes []string
		for i, term := range ts {
			if term.Note != "" {
				notes = append(notes, term.Text+": "+strings.ReplaceAll(term.Note, "\n", " "))
			}
			if term.PartOfSpeech != "" {
				rep.Drop("parts of speech", 1)
			}
			if i == 0 {
				main, mainSt = term.Text, string(term.Status)
				continue
			}
			variants = append(variants, variant(term))
		}
		row = append(row, main, mainSt, strings.Join(variants, "\n"), c.Definition[l], strings.Join(notes, "\n"))
	}
	for l := range c.Definition {
		if !slices.Contains(langs, l) {
			rep.Drop("definitions in other languages", 1)
		}
	}
	for l := range c.Terms {
		if !slices.Contains(langs, l) {
			rep.Drop("terms in other languages", len(c.Terms[l]))
		}
	}
	srcs := make([]string, len(c.Sources))
	for i, s := range c.Sources {
		srcs[i] = sourceCell(s)
	}
	return append(row, c.Note, strings.Join(srcs, "\n"))
}

// variant renders a term for a variants cell.
func variant(t *glossary.Term) string {
	st := t.Status
	if st == "" {
		st = glossary.Preferred
	}
	if st == glossary.Preferred {
		if _, _, ok := splitVariant(t.Text); !ok {
			return t.Text
		}
	}
	return fmt.Sprintf("%s (%s)", t.Text, st)
}

// splitVariant splits "text (status)".
func splitVariant(s string) (string, glossary.TermStatus, bool) {
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, ")") {
		return s, "", false
	}
	i := strings.LastIndex(s, " (")
	if i < 0 {
		return s, "", false
	}
	st := glossary.TermStatus(s[i+2 : len(s)-1])
	if !st.Valid() {
		return s, "", false
	}
	return strings.TrimSpace(s[:i]), st, true
}

// sourceCell renders a source as "doc | quote | loc | url | lang".
func sourceCell(s *glossary.Source) string {
	f := []string{s.Doc, s.Quote, s.Loc, s.URL, s.Lang}
	for i := range f {
		f[i] = strings.ReplaceAll(strings.ReplaceAll(f[i], " | ", " ¦ "), "\n", " ")
	}
	for len(f) > 1 && f[len(f)-1] == "" {
		f = f[:len(f)-1]
	}
	return strings.Join(f, " | ")
}

func parseSource(s string) *glossary.Source {
	f := strings.Split(s, " | ")
	for len(f) < 5 {
		f = append(f, "")
	}
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	return &glossary.Source{Doc: f[0], Quote: f[1], Loc: f[2], URL: f[3], Lang: f[4]}
}

// parseBool reads a spreadsheet boolean: TRUE/FALSE, 1/0, yes/no and Excel's localized
// WAHR/FALSCH, VRAI/FAUX.
func parseBool(s string) (bool, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "true", "1", "yes", "y", "wahr", "vrai", "x", "✓":
		return true, true
	case "false", "0", "no", "n", "falsch", "faux", "":
		return false, true
	}
	return false, false
}

// FromTable reads a table whose header row names its columns (any of the layouts gloss
// writes, and the usual headers of memoQ, Trados, Phrase and Crowdin files) into a
// glossary. Rows with the same id are one concept. An unknown column, a bad status or a
// bad boolean is an error at its line and column.
func FromTable(t Table, file string, known []string) (*glossary.Glossary, error) {
	rd, err := NewReader(t.Header, t.HeaderLine, file, known)
	if err != nil {
		return nil, err
	}
	g := exports.NewGlossary(rd.Languages...)
	byID := map[string]*glossary.Concept{}
	for ri, row := range t.Rows {
		c, err := rd.Row(row, t.Lines[ri])
		if err != nil {
			return nil, err
		}
		if c == nil {
			continue
		}
		if prev := byID[c.ID]; c.ID != "" && prev != nil {
			exports.MergeConcept(prev, c, &exports.MergeResult{})
			continue
		}
		if c.ID != "" {
			byID[c.ID] = c
		}
		g.Concepts = append(g.Concepts, c)
	}
	return g, nil
}

// Row is a row of a table and the line (or sheet row) where it starts.
type Row struct {
	Cells []string
	Line  int
}

// Each yields the concepts of rows as each is complete, holding one at a time: rows with
// the same id one after the other are one concept, as [FromTable] makes them. A row whose
// id an earlier concept had, with other rows between, is [exports.ErrNotStreamed] (only
// [FromTable], holding the whole table, can merge it); the ids seen are kept as hashes.
// Errors are those of reading the table whole: a row that cannot be read is reported
// after the rest of rows is read, since an error reading the file comes first.
func (rd *Reader) Each(rows iter.Seq2[Row, error]) iter.Seq2[*glossary.Concept, error] {
	return func(yield func(*glossary.Concept, error) bool) {
		var pending *glossary.Concept
		var failed error
		seen := exports.NewIDSet()
		for r, err := range rows {
			if err != nil {
				yield(nil, err)
				return
			}
			if failed != nil {
				continue
			}
			c, err := rd.Row(r.Cells, r.Line)
			if err != nil {
				failed = err
				continue
			}
			if c == nil {
				continue
			}
			if pending != nil && c.ID != "" && c.ID == pending.ID {
				exports.MergeConcept(pending, c, &exports.MergeResult{})
				continue
			}
			if c.ID != "" && !seen.Add(c.ID) {
				yield(nil, exports.ErrNotStreamed)
				return
			}
			if pending != nil && !yield(pending, nil) {
				return
			}
			pending = c
		}
		switch {
		case failed != nil:
			yield(nil, failed)
		case pending != nil:
			yield(pending, nil)
		}
	}
}

// FirstError returns the first error rows yields, reading them to the end, else err: the
// error of a table whose header cannot be read, reported as reading it whole reports it.
func FirstError(rows iter.Seq2[Row, error], err error) error {
	for _, e := range rows {
		if e != nil {
			return e
		}
	}
	return err
}

// Reader makes concepts of a table's rows, one row at a time, by the columns its header
// names: what [FromTable] does to each row, for a reader that streams a large table.
type Reader struct {
	// Languages are the languages the header names, the known ones first.
	Languages []string

	file      string
	cols      []columns.Column
	firstLang string
}

// NewReader reads a table's header row, at line headerLine of file; an unknown column, or
// no term column, is an error at its position.
func NewReader(header []string, headerLine int, file string, known []string) (*Reader, error) {
	m := columns.Mapper{Known: known}
	rd := &Reader{file: file, cols: make([]columns.Column, len(header))}
	for i, h := range header {
		c, ok := m.Header(h)
		if !ok {
			return nil, exports.Errorf(file, headerLine, i+1,
				"name the column with a language (ja, en-US, Japanese) or one of: id, subject, status, note, sources, definition, \"ja status\", \"ja variants\", \"ja definition\", \"ja forbidden\"",
				"unknown column %q", h)
		}
		rd.cols[i] = c
		if c.Lang != "" && !slices.Contains(rd.Languages, c.Lang) {
			rd.Languages = append(rd.Languages, c.Lang)
		}
		if rd.firstLang == "" && c.Kind == columns.ColTerm {
			rd.firstLang = c.Lang
		}
	}
	if rd.firstLang == "" {
		return nil, exports.Errorf(file, headerLine, 1, "the header row needs a language column such as ja or en", "no term column in the header row %q", strings.Join(header, ", "))
	}
	sortLangs(rd.Languages, known)
	return rd, nil
}

// Row makes the concept of one row, at line line: nil for a row with no cell filled in,
// an error at the cell's position for a row that cannot be read. Rows with the same id are
// one concept: the caller merges them ([exports.MergeConcept]).
func (rd *Reader) Row(row []string, line int) (*glossary.Concept, error) {
	file, cols, firstLang := rd.file, rd.cols, rd.firstLang
	c := &glossary.Concept{}
	type pending struct {
		term      *glossary.Term
		forbidden *bool
		preferred *bool
	}
	terms := map[string]*pending{}
	var order []string
	mainOf := func(lang string) *pending {
		p := terms[lang]
		if p == nil {
			p = &pending{term: &glossary.Term{Status: glossary.Preferred}}
			terms[lang] = p
		}
		return p
	}
	variants := map[string][]*glossary.Term{}
	empty := true
	for ci, cell := range row {
		if ci >= len(cols) {
			if strings.TrimSpace(cell) != "" {
				return nil, exports.Errorf(file, line, ci+1, "add a header for the column, or remove the cell", "a cell beyond the last named column")
			}
			continue
		}
		cell = strings.TrimSpace(cell)
		if cell == "" {
			continue
		}
		empty = false
		col := cols[ci]
		switch col.Kind {
		case columns.ColID:
			c.ID = cell
		case columns.ColSubject:
			c.Subject = cell
		case columns.ColStatus:
			st := glossary.ConceptStatus(strings.ToLower(cell))
			if !st.Valid() {
				return nil, exports.Errorf(file, line, ci+1, "use approved, proposed or retired", "unknown concept status %q", cell)
			}
			c.Status = st
		case columns.ColNote:
			c.Note = cell
		case columns.ColSources:
			for _, s := range strings.Split(cell, "\n") {
				if strings.TrimSpace(s) != "" {
					c.Sources = append(c.Sources, parseSource(s))
				}
			}
		case columns.ColDefinition:
			setDefinition(c, firstLang, cell)
		case columns.ColLangDefinition:
			setDefinition(c, col.Lang, cell)
		case columns.ColTerm:
			p := mainOf(col.Lang)
			parts := splitAlternatives(cell)
			if p.term.Text == "" {
				order = append(order, col.Lang)
				p.term.Text = parts[0]
				parts = parts[1:]
			}
			// several terms in one cell (memoQ "split alternatives"), or a language's
			// column repeated (Trados synonyms): the first is the term, the others
			// admitted variants
			for _, v := range parts {
				variants[col.Lang] = append(variants[col.Lang], &glossary.Term{Text: v, Status: glossary.Admitted})
			}
		case columns.ColTermStatus:
			st, ok := termStatus(cell)
			if !ok {
				return nil, exports.Errorf(file, line, ci+1, "use preferred, admitted, deprecated or forbidden", "unknown term status %q", cell)
			}
			mainOf(col.Lang).term.Status = st
		case columns.ColTermNote:
			mainOf(col.Lang).term.Note = cell
		case columns.ColPOS:
			mainOf(col.Lang).term.PartOfSpeech = cell
		case columns.ColForbidden, columns.ColPreferred:
			b, ok := parseBool(cell)
			if !ok {
				return nil, exports.Errorf(file, line, ci+1, "use TRUE or FALSE", "%q is not a boolean", cell)
			}
			if col.Kind == columns.ColForbidden {
				mainOf(col.Lang).forbidden = &b
			} else {
				mainOf(col.Lang).preferred = &b
			}
		case columns.ColVariants:
			for _, v := range strings.Split(cell, "\n") {
				if strings.TrimSpace(v) == "" {
					continue
				}
				text, st, ok := splitVariant(v)
				if !ok {
					st = glossary.Preferred
				}
				variants[col.Lang] = append(variants[col.Lang], &glossary.Term{Text: text, Status: st})
			}
		}
	}
	if empty {
		return nil, nil
	}
	termNotes := map[string][]string{}
	for ci, cell := range row {
		if ci < len(cols) && cols[ci].Kind == columns.ColTermNotes {
			termNotes[cols[ci].Lang] = append(termNotes[cols[ci].Lang], strings.Split(cell, "\n")...)
		}
	}
	for lang, p := range terms {
		if p.forbidden != nil && *p.forbidden {
			p.term.Status = glossary.Forbidden
		} else if p.preferred != nil {
			if *p.preferred {
				p.term.Status = glossary.Preferred
			} else {
				p.term.Status = glossary.Admitted
			}
		}
		if p.term.Text == "" {
			delete(terms, lang)
		}
	}
	for _, l := range slices.Sorted(maps.Keys(variantsKeys(variants))) {
		if _, ok := terms[l]; !ok && !slices.Contains(order, l) {
			order = append(order, l)
		}
	}
	for _, lang := range order {
		if p := terms[lang]; p != nil {
			c.AddTerm(lang, p.term)
		}
		for _, v := range variants[lang] {
			c.AddTerm(lang, v)
		}
	}
	if len(c.Terms) == 0 {
		return nil, exports.Errorf(file, line, 1, "write at least one term on the row, or remove it", "row has no term")
	}
	for lang, lines := range termNotes {
		for _, ln := range lines {
			if strings.TrimSpace(ln) == "" {
				continue
			}
			found := false
			for _, t := range c.Terms[lang] {
				if rest, ok := strings.CutPrefix(ln, t.Text+": "); ok {
					t.Note, found = strings.TrimSpace(rest), true
					break
				}
			}
			if !found {
				return nil, exports.Errorf(file, line, 1, "write each note as \"term: note\" with a term of the row", "%s note %q names no term of the row", lang, ln)
			}
		}
	}
	return c, nil
}

func variantsKeys(m map[string][]*glossary.Term) map[string]string {
	out := map[string]string{}
	for k := range m {
		out[k] = k
	}
	return out
}

// sortLangs puts the known languages first, in their order.
func sortLangs(langs, known []string) {
	rank := func(l string) int {
		for i, k := range known {
			if k == l {
				return i
			}
		}
		return len(known)
	}
	sort.SliceStable(langs, func(i, j int) bool { return rank(langs[i]) < rank(langs[j]) })
}

func setDefinition(c *glossary.Concept, lang, text string) {
	if c.Definition == nil {
		c.Definition = map[string]string{}
	}
	c.Definition[lang] = text
}

func splitAlternatives(cell string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(cell, func(r rune) bool { return r == '\n' || r == ';' || r == '；' }) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return []string{cell}
	}
	return out
}

func termStatus(s string) (glossary.TermStatus, bool) {
	st := glossary.TermStatus(strings.ToLower(strings.TrimSpace(s)))
	if st.Valid() {
		return st, true
	}
	switch st {
	case "not recommended", "notrecommended", "obsolete", "superseded":
		return glossary.Deprecated, true
	case "new", "approved":
		return glossary.Preferred, true
	}
	return "", false
}
