package lint

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
	"unsafe"

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
// Lines starting with # are comments in TSV.
func readDelimited(file string, content []byte, comma rune, source, target string) (*Doc, error) {
	if err := checkUTF8(file, content); err != nil {
		return nil, err
	}
	content = bytes.TrimPrefix(content, []byte("\xef\xbb\xbf"))
	type row struct {
		line  int
		cells []Text
	}
	var rows []row
	if comma == '\t' {
		off := 0
		for n, line := range strings.SplitAfter(string(content), "\n") {
			start := off
			off += len(line)
			line = strings.TrimRight(line, "\r\n")
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			var cells []Text
			p := start
			for _, c := range strings.Split(line, "\t") {
				cells = append(cells, exports.At(c, p))
				p += len(c) + 1
			}
			rows = append(rows, row{n + 1, cells})
		}
	} else {
		r := csv.NewReader(bytes.NewReader(content))
		r.FieldsPerRecord = -1
		r.LazyQuotes = true
		ln := newLines(content)
		for {
			rec, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				var pe *csv.ParseError
				if errors.As(err, &pe) {
					return nil, inputErr(file, pe.Line, pe.Column, "%v", pe.Err)
				}
				return nil, inputErr(file, 0, 0, "%v", err)
			}
			var cells []Text
			line0, _ := r.FieldPos(0)
			for i, c := range rec {
				l, col := r.FieldPos(i)
				off, _ := ln.Offset(l, col)
				if off < len(content) && content[off] == '"' {
					off++
				}
				cells = append(cells, exports.At(c, off))
			}
			rows = append(rows, row{line0, cells})
		}
	}
	if len(rows) == 0 {
		return nil, inputErr(file, 1, 1, "empty file: want a header row naming the languages, such as id<TAB>ja<TAB>en")
	}
	head := rows[0]
	idCol, docCol := -1, -1
	var langCols []int
	var langs []string
	for i, c := range head.cells {
		name := strings.TrimSpace(c.Value)
		switch {
		case strings.EqualFold(name, "id"):
			idCol = i
		case strings.EqualFold(name, "doc") || strings.EqualFold(name, "document"):
			docCol = i
		case isLangTag(name):
			langCols = append(langCols, i)
			langs = append(langs, baseLang(name))
		}
	}
	col := func(lang string, def int) (int, error) {
		if lang == "" {
			if def < len(langCols) {
				return langCols[def], nil
			}
			return -1, inputErr(file, head.line, 1, "the header names %d language column(s) (%s): want two, such as id<TAB>ja<TAB>en", len(langCols), strings.Join(langs, ", "))
		}
		for k, l := range langs {
			if l == baseLang(lang) {
				return langCols[k], nil
			}
		}
		return -1, inputErr(file, head.line, 1, "no %s column in the header (it names %s)", lang, strings.Join(langs, ", "))
	}
	sc, err := col(source, 0)
	if err != nil {
		return nil, err
	}
	def := 1
	if source != "" && len(langCols) >= 2 && langCols[0] != sc {
		def = 0
	}
	tc, err := col(target, def)
	if err != nil {
		return nil, err
	}
	if sc == tc {
		return nil, inputErr(file, head.line, 1, "source and target are the same column")
	}
	doc := &Doc{File: file, Content: content, SourceLang: baseLang(head.cells[sc].Value), TargetLang: baseLang(head.cells[tc].Value)}
	doc.Direction = direction(doc.SourceLang, doc.TargetLang, flagOr(source, "the header's language columns"), flagOr(target, "the header's language columns"))
	for _, r := range rows[1:] {
		seg := Segment{ID: fmt.Sprint("line ", r.line)}
		if idCol >= 0 && idCol < len(r.cells) {
			seg.ID = r.cells[idCol].Value
		}
		if sc < len(r.cells) {
			seg.Source = r.cells[sc]
		}
		if tc < len(r.cells) {
			seg.Target = r.cells[tc]
		}
		if docCol >= 0 && docCol < len(r.cells) {
			seg.Part = strings.TrimSpace(r.cells[docCol].Value)
		}
		doc.Segments = append(doc.Segments, seg)
	}
	if docCol < 0 && idCol >= 0 {
		idParts(doc.Segments)
	}
	return doc, nil
}

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
	guess := bytes.Count(content, []byte("\n\n")) + 1 // about one paragraph a blank line
	out := make([]Text, 0, guess)
	starts := make([]int, 0, guess)
	// The paragraphs share content's memory rather than copy the file: a Doc keeps its
	// content and nothing modifies it after reading.
	s := unsafe.String(unsafe.SliceData(content), len(content))
	off := 0
	start, end := -1, -1
	fence := false
	flush := func() {
		if start >= 0 {
			p := s[start:end]
			if !onlyComments(p) {
				out = append(out, Text{Value: p})
				starts = append(starts, start)
			}
		}
		start, end = -1, -1
	}
	for off < len(s) {
		lo := off
		nl := strings.IndexByte(s[off:], '\n')
		if nl < 0 {
			off = len(s)
		} else {
			off += nl + 1
		}
		line := s[lo:off]
		trimmed := strings.TrimSpace(line)
		if strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~") {
			flush()
			fence = !fence
			continue
		}
		if fence {
			continue
		}
		if trimmed == "" {
			flush()
			continue
		}
		if start < 0 {
			start = lo
		}
		end = lo + len(strings.TrimRight(line, "\r\n"))
	}
	flush()
	anchors := make([]Anchor, len(out)) // one allocation for all
	for i := range out {
		anchors[i].File = starts[i]
		out[i].Anchors = anchors[i : i+1 : i+1]
	}
	return out
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
// code, HTML comments and link destinations, are not checked.
func readMonolingual(file string, content []byte, lang string) (*Doc, error) {
	// A large file is validated while it is split: both only read it.
	valid := make(chan error, 1)
	if len(content) >= parallelBytes {
		go func() { valid <- checkUTF8(file, content) }()
	} else {
		valid <- checkUTF8(file, content)
	}
	doc := &Doc{File: file, Content: content, TargetLang: lang, Monolingual: true}
	ps := paragraphs(content)
	doc.Segments = make([]Segment, len(ps))
	for i, p := range ps {
		p.Value = mask(p.Value, isMarkdown(file))
		doc.Segments[i].Target = p
	}
	if err := <-valid; err != nil {
		return nil, err
	}
	if lang == "" {
		doc.TargetLang = detectLang(content)
	}
	return doc, nil
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
