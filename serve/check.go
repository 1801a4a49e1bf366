package serve

import (
	"errors"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"path/filepath"
	"sort"
	"strings"

	"github.com/glossterm/gloss/lint"
)

// checkData is the check page: the form, and after a POST the findings.
type checkData struct {
	JA, EN   string
	File     string
	Checked  bool
	Error    string
	Findings []findingView
	Excerpts []excerpt // the translation with the findings marked
	Errors   int
	Warnings int
}

type findingView struct {
	N                int
	At               string // line:col
	Rule, Severity   string
	Concept, Message string
	Term, Suggestion string
	ConceptHref      string
}

// excerpt is a stretch of the checked file, from line Line on, with findings marked.
type excerpt struct {
	Line int
	HTML template.HTML
}

func (s *Server) handleCheckForm(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "check", page{Title: "Check a translation", Nav: "check", Data: checkData{}})
}

// handleCheck lints pasted Japanese and English (paired paragraph by paragraph, or the
// English alone) or an uploaded XLIFF or TMX file.
func (s *Server) handleCheck(w http.ResponseWriter, r *http.Request) {
	d := checkData{
		JA: strings.ReplaceAll(r.PostFormValue("ja"), "\r\n", "\n"),
		EN: strings.ReplaceAll(r.PostFormValue("en"), "\r\n", "\n"),
	}
	doc, whole, err := readCheck(r, &d)
	if err == nil {
		var l *lint.Linter
		// The check page shows the paraphrases accepted too, as notes: a reviewer reading
		// the translation beside its source wants to see how each term was rendered.
		if l, err = s.snapshot().lint(lint.Options{Glosses: s.cfg.Glosses, NoteParaphrases: true}); err == nil {
			s.findings(&d, doc, l.Lint(doc), whole)
			d.Checked = true
		}
	}
	code := http.StatusOK
	if err != nil {
		d.Error = err.Error()
		code = http.StatusUnprocessableEntity
	}
	s.render(w, r, code, "check", page{Title: "Check a translation", Nav: "check", Data: d})
}

// readCheck reads what the form sent as a lint document; whole says whether the excerpt
// shows the whole text (pasted) or only the lines with findings (a file).
func readCheck(r *http.Request, d *checkData) (*lint.Doc, bool, error) {
	if f, h, err := r.FormFile("file"); err == nil && h.Filename != "" {
		defer f.Close()
		name := filepath.Base(h.Filename)
		d.File = name
		switch lint.Kind(name) {
		case "xliff", "tmx":
		default:
			return nil, false, fmt.Errorf("%s: upload an XLIFF (.xlf, .xliff, .sdlxliff, .mqxliff) or TMX (.tmx) file", name)
		}
		data, err := io.ReadAll(f)
		if err != nil {
			return nil, false, err
		}
		doc, err := lint.Read(name, data, lint.ReadOptions{})
		return doc, false, err
	} else if err != nil && !errors.Is(err, http.ErrMissingFile) && !errors.Is(err, http.ErrNotMultipart) {
		return nil, false, err
	}
	switch {
	case strings.TrimSpace(d.EN) == "":
		return nil, true, errors.New("paste an English translation (and its Japanese source), or choose an XLIFF or TMX file")
	case strings.TrimSpace(d.JA) == "":
		doc, err := lint.Read("translation (en)", []byte(d.EN), lint.ReadOptions{Lang: "en"})
		return doc, true, err
	}
	doc, err := lint.ReadPaired("source (ja)", []byte(d.JA), "translation (en)", []byte(d.EN), "ja", "en")
	return doc, true, err
}

// findings fills the list and the marked excerpts.
func (s *Server) findings(d *checkData, doc *lint.Doc, fs []lint.Finding, whole bool) {
	for i, f := range fs {
		sev := f.Severity.String()
		if sev == "error" {
			d.Errors++
		} else {
			d.Warnings++
		}
		d.Findings = append(d.Findings, findingView{N: i + 1, At: fmt.Sprintf("%d:%d", f.Line, f.Col), Rule: f.Rule, Severity: sev,
			Concept: f.Concept, Message: f.Message, Term: f.Term, Suggestion: f.Suggestion, ConceptHref: "/concept/" + f.Concept})
	}
	content := doc.Content
	if whole {
		d.Excerpts = []excerpt{{Line: 1, HTML: mark(content, 0, len(content), fs)}}
		return
	}
	lines := map[int]bool{}
	for _, f := range fs {
		if lines[f.Line] {
			continue
		}
		lines[f.Line] = true
		lo := strings.LastIndexByte(string(content[:min(f.Offset, len(content))]), '\n') + 1
		hi := len(content)
		if i := strings.IndexByte(string(content[lo:]), '\n'); i >= 0 {
			hi = lo + i
		}
		d.Excerpts = append(d.Excerpts, excerpt{Line: f.Line, HTML: mark(content, lo, hi, fs)})
	}
	sort.Slice(d.Excerpts, func(i, j int) bool { return d.Excerpts[i].Line < d.Excerpts[j].Line })
}

// mark escapes content[lo:hi] and wraps each finding's span in a mark that links to the
// finding in the list; overlapping spans keep the first.
func mark(content []byte, lo, hi int, fs []lint.Finding) template.HTML {
	idx := make([]int, 0, len(fs))
	for i, f := range fs {
		if f.EndOffset > f.Offset && f.Offset >= lo && f.EndOffset <= hi {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool { return fs[idx[a]].Offset < fs[idx[b]].Offset })
	var b strings.Builder
	at := lo
	for _, i := range idx {
		f := fs[i]
		if f.Offset < at {
			continue
		}
		b.WriteString(template.HTMLEscapeString(string(content[at:f.Offset])))
		fmt.Fprintf(&b, `<a href="#f%d" class="hit %s" title="%s">`, i+1, f.Severity, template.HTMLEscapeString(f.Rule+": "+f.Message))
		b.WriteString(template.HTMLEscapeString(string(content[f.Offset:f.EndOffset])))
		fmt.Fprintf(&b, `<sup>%d</sup></a>`, i+1)
		at = f.EndOffset
	}
	b.WriteString(template.HTMLEscapeString(string(content[at:hi])))
	return template.HTML(b.String())
}
