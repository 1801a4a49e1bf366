package review

import (
	"context"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/lint"
	"github.com/glossterm/gloss/tm"
)

// LintDocs is a memory as documents that package lint checks: one per origin file, in the
// order the memory first has them, each unit a bilingual Japanese → English segment whose
// id is the unit's id in its file (else "unit N", its id in the memory).
//
// The units' texts are laid out in a document of their own (their files may be gone, or
// have changed since), so Fix must be applied to the findings: it gives each finding the
// line of its unit in the origin file and the column in the unit's text, as rune and byte
// counts from 1, and the offsets in that text. As those columns are not the file's, Fix
// says so in the message ("column in the unit's English text"), and drops the finding's
// suggestion, which SARIF and rdjsonl turn into an edit of the file at that column; the
// message still names the term to use.
type LintDocs struct {
	Docs  []*lint.Doc
	spans map[string][]unitSpan // by document: each segment's text in Content
}

// unitSpan is where one side of a unit is in a document's Content.
type unitSpan struct {
	start, end int
	line       int    // the unit's line in its file (1 when unknown)
	value      string // the text
}

// MemoryDocs builds the documents of the units of m that f selects.
func MemoryDocs(ctx context.Context, m *tm.Memory, f tm.Filter) (*LintDocs, error) {
	out := &LintDocs{spans: map[string][]unitSpan{}}
	type build struct {
		doc     *lint.Doc
		content strings.Builder
	}
	byOrigin := map[string]*build{}
	err := m.Store.Scan(ctx, func(u *tm.Unit) bool {
		if !f.Match(u) {
			return true
		}
		b := byOrigin[u.Origin]
		if b == nil {
			b = &build{doc: &lint.Doc{File: u.Origin, SourceLang: "ja", TargetLang: "en"}}
			byOrigin[u.Origin] = b
			out.Docs = append(out.Docs, b.doc)
		}
		id := u.OriginID
		if id == "" {
			id = "unit " + strconv.FormatInt(u.ID, 10)
		}
		seg := lint.Segment{ID: id}
		for i, text := range []string{u.JA, u.EN} {
			// one line per side; a line break inside a segment is a space here
			v := strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(text)
			start := b.content.Len()
			b.content.WriteString(v)
			b.content.WriteByte('\n')
			out.spans[u.Origin] = append(out.spans[u.Origin], unitSpan{start: start, end: start + len(v), line: max(u.Line, 1), value: v})
			if i == 0 {
				seg.Source = exports.At(v, start)
			} else {
				seg.Target = exports.At(v, start)
			}
		}
		b.doc.Segments = append(b.doc.Segments, seg)
		return true
	})
	if err != nil {
		return nil, err
	}
	for _, d := range out.Docs {
		d.Content = []byte(byOrigin[d.File].content.String())
	}
	return out, nil
}

// Fix rewrites the positions of the findings in the memory's documents (see MemoryDocs);
// other findings are left as they are.
func (ld *LintDocs) Fix(fs []lint.Finding) {
	for i := range fs {
		spans := ld.spans[fs[i].File]
		if spans == nil {
			continue
		}
		f := &fs[i]
		// the span that holds the finding's start
		lo, hi := 0, len(spans)
		for lo < hi {
			mid := (lo + hi) / 2
			if spans[mid].end < f.Offset {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		if lo == len(spans) {
			continue
		}
		s := spans[lo]
		start, end := max(f.Offset-s.start, 0), min(max(f.EndOffset-s.start, 0), len(s.value))
		start = min(start, end)
		f.Line, f.EndLine = s.line, s.line
		f.ByteCol, f.EndByteCol = start+1, end+1
		f.Col = utf8.RuneCountInString(s.value[:start]) + 1
		f.EndCol = f.Col + utf8.RuneCountInString(s.value[start:end])
		f.Offset, f.EndOffset = start, end
		f.Suggestion = ""
		side := "Japanese"
		if lo%2 == 1 { // each unit's Japanese span, then its English
			side = "English"
		}
		f.Message += " (column in the unit's " + side + " text)"
	}
}
