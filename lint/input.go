package lint

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/glossterm/gloss"
	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/internal/textfile"
)

// inputErr returns the positioned error of a file lint cannot read (line and col 0 when
// unknown).
func inputErr(file string, line, col int, format string, args ...any) error {
	return &gloss.Error{File: file, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)}
}

// checkUTF8 passes content through the input gate's text check (UTF-8, no NUL byte), whose
// message says where and what to do (Shift_JIS, a line in another encoding, a cut-off file).
func checkUTF8(file string, content []byte) error {
	if utf8.Valid(content) {
		return nil
	}
	err := textfile.CheckText(file, content)
	var ge *gloss.Error
	if !errors.As(err, &ge) {
		return err
	}
	return &gloss.Error{File: file, Line: ge.Line, Col: ge.Col, Msg: ge.Msg + "; " + ge.Hint, Err: ge.Err}
}

// isLangTag reports whether a header cell names a language: ja, en, ja-JP, en_US, …
func isLangTag(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	if len(s) < 2 {
		return false
	}
	base := s
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		base = s[:i]
	}
	if len(base) < 2 || len(base) > 3 {
		return false
	}
	for _, c := range base {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return base != "id"
}

// baseLang reduces ja-JP to ja, en_US to en.
func baseLang(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		s = s[:i]
	}
	return s
}

// readDelimited reads a TSV (comma == '\t') or CSV file whose header row names the
// languages of its columns (id<TAB>ja<TAB>en, as the corpus bitext); other columns (id,
// note, …) are kept only as the segment id (a column named id, else the row's line).
// source and target pick the columns; "" means the first and second language columns.
// Lines starting with # are comments in TSV. The rows are read twice, the first time for
// the header, the errors and whether the ids name documents (see idParts), the second
// to hand the segments over one at a time.
func readDelimitedTo(file string, content []byte, comma rune, source, target string, s sink) error {
	if err := checkUTF8(file, content); err != nil {
		return err
	}
	content = bytes.TrimPrefix(content, []byte("\xef\xbb\xbf"))
	return readDelimitedFrom(file, contentOpener(content), comma, source, target, &Doc{File: file, Content: content}, s)
}

// readDelimitedFrom reads a TSV or CSV file as readDelimitedTo, from the input open
// returns (and the function that closes it), twice; doc is the document's file and
// content, or how it is streamed.
func readDelimitedFrom(file string, open opener, comma rune, source, target string, doc *Doc, s sink) error {
	var headLine int
	var head []string
	idCol, docCol := -1, -1
	rowID := func(line int, cells []Text) string {
		if idCol >= 0 && idCol < len(cells) {
			return cells[idCol].Value
		}
		return fmt.Sprint("line ", line)
	}
	var ids idPartsScan
	rows := 0
	// the first 4 KB of each column, to check the language its header names
	var samples []strings.Builder
	in, closeIn, err := open()
	if err != nil {
		return err
	}
	err = delimitedRows(file, in, comma, true, func(line int, cells []Text) error {
		rows++
		if head == nil {
			headLine = line
			head = make([]string, len(cells))
			for i, c := range cells {
				head[i] = strings.Clone(c.Value)
				name := strings.TrimSpace(c.Value)
				switch {
				case strings.EqualFold(name, "id"):
					idCol = i
				case strings.EqualFold(name, "doc") || strings.EqualFold(name, "document"):
					docCol = i
				}
			}
			samples = make([]strings.Builder, len(cells))
			return nil
		}
		for i := range min(len(cells), len(samples)) {
			if samples[i].Len() < 4096 {
				samples[i].WriteString(cells[i].Value)
			}
		}
		if docCol < 0 && idCol >= 0 {
			ids.add(rowID(line, cells))
		}
		return nil
	})
	closeIn()
	if err != nil {
		return err
	}
	if head == nil {
		return inputErr(file, 1, 1, "empty file: want a header row naming the languages, such as id<TAB>ja<TAB>en")
	}
	var langCols []int
	var langs []string
	for i, c := range head {
		if name := strings.TrimSpace(c); isLangTag(name) && !strings.EqualFold(name, "doc") {
			langCols = append(langCols, i)
			langs = append(langs, baseLang(name))
		}
	}
	col := func(lang string, def int) (int, error) {
		if lang == "" {
			if def < len(langCols) {
				return langCols[def], nil
			}
			return -1, inputErr(file, headLine, 1, "the header names %d language column(s) (%s): want two, such as id<TAB>ja<TAB>en", len(langCols), strings.Join(langs, ", "))
		}
		for k, l := range langs {
			if l == baseLang(lang) {
				return langCols[k], nil
			}
		}
		return -1, inputErr(file, headLine, 1, "no %s column in the header (it names %s)", lang, strings.Join(langs, ", "))
	}
	sc, err := col(source, 0)
	if err != nil {
		return err
	}
	def := 1
	if source != "" && len(langCols) >= 2 && langCols[0] != sc {
		def = 0
	}
	tc, err := col(target, def)
	if err != nil {
		return err
	}
	if sc == tc {
		return inputErr(file, headLine, 1, "source and target are the same column")
	}
	doc.SourceLang, doc.TargetLang = baseLang(head[sc]), baseLang(head[tc])
	// Japanese text under the English header would have the rows checked the wrong way
	// round, and pass. (A header naming languages the glossary lacks, src and tgt, is
	// refused later, with its own message.)
	for _, c := range []struct {
		col  int
		flag string
	}{{sc, source}, {tc, target}} {
		if l := baseLang(head[c.col]); c.flag == "" && l == "en" && japaneseScript(samples[c.col].String()) {
			return inputErr(file, headLine, 1, "the column %q holds Japanese text: fix the header, or pass --source and --target (the file's language labels cannot be trusted)", strings.TrimSpace(head[c.col]))
		}
	}
	doc.Direction = direction(doc.SourceLang, doc.TargetLang, flagOr(source, "the header's language columns"), flagOr(target, "the header's language columns"))
	in, closeIn, err = open()
	if err != nil {
		return err
	}
	defer closeIn()
	doc.stream.at(in, s)
	if err := s.begin(doc); err != nil {
		return err
	}
	if e, ok := s.(expecter); ok {
		e.expect(rows - 1)
	}
	parts := docCol < 0 && idCol >= 0 && ids.parts()
	first := true
	return delimitedRows(file, in, comma, false, func(line int, cells []Text) error {
		if first {
			first = false
			return nil
		}
		seg := Segment{ID: rowID(line, cells)}
		if sc < len(cells) {
			seg.Source = cells[sc]
		}
		if tc < len(cells) {
			seg.Target = cells[tc]
		}
		if docCol >= 0 && docCol < len(cells) {
			seg.Part = strings.TrimSpace(cells[docCol].Value)
		}
		if parts {
			seg.Part, _ = idPart(seg.ID)
		}
		return s.segment(seg)
	})
}

// delimitedRows calls f with each row of a TSV or CSV file (not the TSV comments and
// blank lines): its 1-based line and its cells, which share the input's memory in a TSV.
// f must not keep cells, which a TSV's rows share; with reuse it keeps no cell's Anchors
// either, which the rows share too, else it may keep the Texts, and their anchors are
// cut from blocks that serve many rows. Before f, in is told where the row ends.
func delimitedRows(file string, in rowInput, comma rune, reuse bool, f func(line int, cells []Text) error) error {
	if comma == '\t' {
		var cells []Text
		var anchors []Anchor
		for n := 1; ; n++ {
			start, raw, ok, err := in.nextLine()
			if err != nil {
				return err
			}
			if !ok {
				return nil
			}
			in.done(start + len(raw))
			line := strings.TrimRight(raw, "\r\n")
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			ncells := strings.Count(line, "\t") + 1
			cells = slices.Grow(cells[:0], ncells)
			switch {
			case reuse && cap(anchors) >= ncells:
				anchors = anchors[:ncells]
			case reuse || len(anchors) < ncells:
				anchors = make([]Anchor, max(ncells, 256))
			}
			p := start
			for k := 0; ; k++ {
				c, rest, more := strings.Cut(line, "\t")
				a := anchors[k : k+1 : k+1]
				a[0] = Anchor{File: p}
				cells = append(cells, Text{Value: c, Anchors: a})
				p += len(c) + 1
				if !more {
					break
				}
				line = rest
			}
			if !reuse {
				anchors = anchors[ncells:]
			}
			if err := f(n, cells); err != nil {
				return err
			}
		}
	}
	r := csv.NewReader(in.stream())
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	r.ReuseRecord = true
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return inputErr(file, pe.Line, pe.Column, "%v", pe.Err)
			}
			return inputErr(file, 0, 0, "%v", err)
		}
		cells := make([]Text, 0, len(rec))
		line0, _ := r.FieldPos(0)
		for i, c := range rec {
			l, col := r.FieldPos(i)
			off := 0
			if s, ok := in.lineStart(l); ok {
				off = s + col - 1
			}
			if in.text(off, off+1) == "\"" {
				off++
			}
			cells = append(cells, exports.At(c, off))
		}
		in.done(int(r.InputOffset()))
		if err := f(line0, cells); err != nil {
			return err
		}
	}
}

// idPartsScan gathers, id by id, what idParts decides from.
type idPartsScan struct {
	bad      bool
	distinct map[string]bool
}

func (s *idPartsScan) add(id string) {
	if s.bad {
		return
	}
	p, ok := idPart(id)
	if !ok {
		s.bad = true
		return
	}
	if s.distinct == nil {
		s.distinct = map[string]bool{}
	}
	if !s.distinct[p] && len(s.distinct) < 2 {
		s.distinct[strings.Clone(p)] = true
	}
}

// parts reports whether the ids seen name documents: each has a document part, and
// there are two or more of them.
func (s *idPartsScan) parts() bool { return !s.bad && len(s.distinct) >= 2 }

// idParts names the document of each row from its id, when every id is a document part
// and a number joined by -, _, :, # or / (01-05, P2-1, scc2021:3) and there are two or
// more document parts: a file that gathers rows of several documents, each numbered
// within its own. Other ids, such as plain numbers or section numbers (1.2), leave the file
// one document.
func idParts(segs []Segment) {
	parts := make([]string, len(segs))
	distinct := map[string]bool{}
	for i := range segs {
		p, ok := idPart(segs[i].ID)
		if !ok {
			return
		}
		parts[i] = p
		distinct[p] = true
	}
	if len(distinct) < 2 {
		return
	}
	for i := range segs {
		segs[i].Part = parts[i]
	}
}

func idPart(id string) (string, bool) {
	id = strings.TrimSpace(id)
	k := len(id)
	for k > 0 && id[k-1] >= '0' && id[k-1] <= '9' {
		k--
	}
	if k == len(id) || k < 2 || !strings.ContainsRune("-_:#/", rune(id[k-1])) {
		return "", false
	}
	return id[:k-1], true
}

// paragraphs splits text into blank-line separated paragraphs. Fenced code blocks and
// paragraphs made only of HTML comments are skipped, so suppression comments and code do
// not break the pairing of source and translation.
func paragraphs(content []byte) []Text {
	out := make([]Text, 0, bytes.Count(content, []byte("\n\n"))+1) // about one paragraph a blank line
	eachParagraph(content, func(p Text) error {
		out = append(out, p)
		return nil
	})
	return out
}

// eachParagraph calls f with each paragraph of content, as paragraphs splits it, and stops
// at f's first error. The paragraphs share content's memory rather than copy the file: a
// Doc keeps its content and nothing modifies it after reading.
func eachParagraph(content []byte, f func(p Text) error) error {
	return paragraphsIn(&contentInput{content: content}, f)
}

// paragraphsIn calls f with each paragraph of in, as eachParagraph. Before f, in is told
// where the text before the paragraph ends.
func paragraphsIn(in rowInput, f func(p Text) error) error {
	start, end := -1, -1
	fence := false
	var anchors []Anchor // allocated a block at a time, for many paragraphs
	flush := func() error {
		defer func() { start, end = -1, -1 }()
		if start < 0 {
			return nil
		}
		p := in.text(start, end)
		if onlyComments(p) {
			return nil
		}
		if len(anchors) == 0 {
			anchors = make([]Anchor, 256)
		}
		a := anchors[:1:1]
		anchors = anchors[1:]
		a[0].File = start
		return f(Text{Value: p, Anchors: a})
	}
	for {
		lo, line, ok, err := in.nextLine()
		if err != nil {
			return err
		}
		if !ok {
			break
		}
		if start < 0 {
			in.done(lo)
		}
		trimmed := strings.TrimSpace(line)
		if strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~") {
			if err := flush(); err != nil {
				return err
			}
			fence = !fence
			continue
		}
		if fence {
			continue
		}
		if trimmed == "" {
			if err := flush(); err != nil {
				return err
			}
			continue
		}
		if start < 0 {
			start = lo
		}
		end = lo + len(strings.TrimRight(line, "\r\n"))
	}
	return flush()
}

func onlyComments(p string) bool {
	p = strings.TrimSpace(p)
	for strings.HasPrefix(p, "<!--") {
		i := strings.Index(p, "-->")
		if i < 0 {
			return false
		}
		p = strings.TrimSpace(p[i+3:])
	}
	return p == ""
}

// ReadPaired pairs a source file and its translation paragraph by paragraph (blank lines
// separate paragraphs; code fences and comment-only paragraphs are skipped). Findings are
// reported in the translation. The two files must have as many paragraphs.
func ReadPaired(srcFile string, src []byte, tgtFile string, tgt []byte, srcLang, tgtLang string) (*Doc, error) {
	for _, f := range []struct {
		name string
		b    []byte
	}{{srcFile, src}, {tgtFile, tgt}} {
		if err := checkUTF8(f.name, f.b); err != nil {
			return nil, err
		}
	}
	given := srcLang != "" || tgtLang != ""
	if srcLang == "" {
		srcLang = detectLang(src)
	}
	if tgtLang == "" {
		tgtLang = detectLang(tgt)
	}
	if baseLang(srcLang) == baseLang(tgtLang) {
		hint := "pass the source first and its translation second, or say the languages with --source and --target"
		if given {
			hint = "the source and the translation must be in different languages"
		}
		return nil, inputErr(tgtFile, 1, 1, "%s and %s are both in %s: %s", srcFile, tgtFile, srcLang, hint)
	}
	sp, tp := paragraphs(src), paragraphs(tgt)
	for i := range sp {
		sp[i].Value = mask(sp[i].Value, isMarkdown(srcFile))
	}
	for i := range tp {
		tp[i].Value = mask(tp[i].Value, isMarkdown(tgtFile))
	}
	if len(sp) != len(tp) {
		n := min(len(sp), len(tp))
		ln := newLines(tgt)
		line := 1
		if n < len(tp) {
			line, _, _ = ln.pos(tp[n].Anchors[0].File)
		}
		return nil, inputErr(tgtFile, line, 1, "%s has %d paragraphs and %s %d: the files must pair paragraph by paragraph (blank lines separate paragraphs)", srcFile, len(sp), tgtFile, len(tp))
	}
	doc := &Doc{File: tgtFile, Content: tgt, SourceLang: srcLang, TargetLang: tgtLang}
	ln := newLines(tgt)
	if sl, tl, ok := lineAligned(sp, tp); ok {
		for i := range sl {
			l, _, _ := ln.pos(tl[i].Anchors[0].File)
			doc.Segments = append(doc.Segments, Segment{ID: fmt.Sprint("line ", l), Source: sl[i], Target: tl[i]})
		}
		return doc, nil
	}
	for i := range sp {
		l, _, _ := ln.pos(tp[i].Anchors[0].File)
		doc.Segments = append(doc.Segments, Segment{ID: fmt.Sprint("paragraph ", i+1, " (line ", l, ")"), Source: sp[i], Target: tp[i]})
	}
	return doc, nil
}

// lineAligned pairs two files line by line when every pair of paragraphs has the same
// number of lines and some paragraph has more than one: files aligned sentence by sentence
// or line by line, as parallel corpora are kept, with or without blank lines. Prose wrapped
// at some width almost never has equal line counts in Japanese and English throughout, and
// stays paired by paragraph.
func lineAligned(sp, tp []Text) (sl, tl []Text, ok bool) {
	multi := false
	for i := range sp {
		ns, nt := strings.Count(sp[i].Value, "\n"), strings.Count(tp[i].Value, "\n")
		if ns != nt {
			return nil, nil, false
		}
		if ns > 0 {
			multi = true
		}
	}
	if !multi {
		return nil, nil, false
	}
	for i := range sp {
		sl = append(sl, splitLines(sp[i])...)
		tl = append(tl, splitLines(tp[i])...)
	}
	return sl, tl, true
}

// splitLines splits a paragraph read by paragraphs (one anchor at its start) into its lines.
func splitLines(t Text) []Text {
	base := t.FileOffset(0)
	var out []Text
	for lo := 0; lo <= len(t.Value); {
		hi := strings.IndexByte(t.Value[lo:], '\n')
		if hi < 0 {
			hi = len(t.Value)
		} else {
			hi += lo
		}
		out = append(out, exports.At(strings.TrimRight(t.Value[lo:hi], "\r"), base+lo))
		lo = hi + 1
	}
	return out
}

// readMonolingual reads a text or Markdown file in one language (lang "" detects it):
// only the forbidden, deprecated and consistency checks apply. URLs, and in Markdown inline
// code, HTML comments and link destinations, are not checked. The paragraphs are handed
// over one at a time.
func readMonolingualTo(file string, content []byte, lang string, s sink) error {
	if err := checkUTF8(file, content); err != nil {
		return err
	}
	if lang == "" {
		lang = detectLang(content)
	}
	in := &contentInput{content: content}
	return readMonolingualFrom(in, &Doc{File: file, Content: content, TargetLang: lang, Monolingual: true}, s)
}

// readMonolingualFrom hands doc's paragraphs over from in, as readMonolingualTo.
func readMonolingualFrom(in rowInput, doc *Doc, s sink) error {
	doc.stream.at(in, s)
	if err := s.begin(doc); err != nil {
		return err
	}
	if e, ok := s.(expecter); ok && doc.Content != nil {
		e.expect(bytes.Count(doc.Content, []byte("\n\n")) + 1) // about the paragraphs
	}
	md := isMarkdown(doc.File)
	return paragraphsIn(in, func(p Text) error {
		p.Value = mask(p.Value, md)
		return s.segment(Segment{Target: p})
	})
}

// direction says in which direction a file is checked and what says so: "ja → en, from
// X", or "ja → en, the source from X, the target from Y".
func direction(src, tgt, srcFrom, tgtFrom string) string {
	if srcFrom == tgtFrom {
		return fmt.Sprintf("%s → %s, from %s", src, tgt, srcFrom)
	}
	return fmt.Sprintf("%s → %s, the source from %s, the target from %s", src, tgt, srcFrom, tgtFrom)
}

// flagOr names the command-line option when it gave a language, else what the file says.
func flagOr(flag, file string) string {
	if flag != "" {
		return "the command line"
	}
	return file
}

// detectLang guesses ja or en from the script of the text: ja when kana or kanji make up
// at least a tenth of its letters.
func detectLang(b []byte) string {
	cjk, latin := scripts(b[:min(len(b), 64<<10)])
	if cjk*10 >= cjk+latin && cjk > 0 {
		return "ja"
	}
	return "en"
}

// scripts counts the kana and kanji, and the Latin letters, of s.
func scripts[T string | []byte](s T) (cjk, latin int) {
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(string(s[i:min(i+utf8.UTFMax, len(s))]))
		i += w
		switch {
		case r >= 0x3040 && r <= 0x30FF, r >= 0x4E00 && r <= 0x9FFF:
			cjk++
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
			latin++
		}
	}
	return cjk, latin
}
