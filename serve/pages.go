package serve

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/glossterm/gloss/glossary"
)

// Page sizes: the number of concepts one page lists.
const (
	searchLimit = 50
	browseLimit = 100
	reviewLimit = 20
)

// page is what every template gets.
type page struct {
	Title    string
	Nav      string // the section the page belongs to
	Token    string
	Q        string
	Writable bool
	Data     any
}

var funcs = template.FuncMap{
	"pathEscape":  url.PathEscape,
	"queryEscape": url.QueryEscape,
	"add":         func(a, b int) int { return a + b },
	"deref":       func(b *bool) bool { return b != nil && *b },
}

// parsePages parses each page template with the layout.
func parsePages() (map[string]*template.Template, error) {
	base, err := template.New("layout").Funcs(funcs).ParseFS(assets, "assets/templates/layout.html", "assets/templates/parts.html")
	if err != nil {
		return nil, err
	}
	names, err := fs.Glob(assets, "assets/templates/*.html")
	if err != nil {
		return nil, err
	}
	out := map[string]*template.Template{}
	for _, n := range names {
		short := strings.TrimSuffix(n[len("assets/templates/"):], ".html")
		if short == "layout" || short == "parts" {
			continue
		}
		t, err := template.Must(base.Clone()).ParseFS(assets, n)
		if err != nil {
			return nil, err
		}
		out[short] = t
	}
	return out, nil
}

// render executes a page into a buffer first, so that a template error never sends half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, code int, name string, p page) {
	p.Token = s.token
	p.Writable = s.writable() == ""
	var buf bytes.Buffer
	tmpl := "layout"
	if r.URL.Query().Get("fragment") == "1" {
		tmpl = "fragment"
	}
	if err := s.pages[name].ExecuteTemplate(&buf, tmpl, p); err != nil {
		http.Error(w, "gloss serve: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	w.Write(buf.Bytes())
}

// conceptView is a concept as the pages show it.
type conceptView struct {
	ID, Subject, Status string
	Summary             []termView // the preferred term in each language
	Terms               []termView
	Definition          []termView // Text is the definition, Lang its language
	Note                string
	Translate           *bool
	Related, Homonyms   []link
	Sources             []sourceView
	Matched             string // how a search met it
}

type termView struct {
	Lang, Text, Status, Note string
}

type link struct {
	Href, Text string
	Missing    bool
}

type sourceView struct {
	Lang, Doc, Loc, URL string
	Quote               template.HTML
	Href, At            string // the corpus line the quote comes from, and its file:line
}

func (s *Server) view(st *state, c *glossary.Concept, full bool) conceptView {
	langs := st.g.Languages
	v := conceptView{ID: c.ID, Subject: c.Subject, Status: string(statusOf(c)), Note: c.Note, Translate: c.Translate}
	for _, l := range c.Langs(langs) {
		if t := c.Preferred(l); t != nil {
			v.Summary = append(v.Summary, termView{Lang: l, Text: t.Text, Status: string(t.Status)})
		} else if ts := c.Terms[l]; len(ts) > 0 {
			v.Summary = append(v.Summary, termView{Lang: l, Text: ts[0].Text, Status: string(termStatus(ts[0]))})
		}
	}
	if !full {
		return v
	}
	for _, l := range c.Langs(langs) {
		for _, t := range c.Terms[l] {
			v.Terms = append(v.Terms, termView{Lang: l, Text: t.Text, Status: string(termStatus(t)), Note: t.Note})
		}
	}
	dl := slices.Clone(langs)
	var extra []string
	for l := range c.Definition {
		if !slices.Contains(dl, l) {
			extra = append(extra, l)
		}
	}
	sort.Strings(extra)
	for _, l := range append(dl, extra...) {
		if d, ok := c.Definition[l]; ok {
			v.Definition = append(v.Definition, termView{Lang: l, Text: d})
		}
	}
	for _, id := range c.Related {
		v.Related = append(v.Related, s.conceptLink(st, id))
	}
	for _, id := range c.Homonyms {
		v.Homonyms = append(v.Homonyms, s.conceptLink(st, id))
	}
	v.Sources = s.sources(c)
	return v
}

func (s *Server) conceptLink(st *state, id string) link {
	l := link{Href: "/concept/" + url.PathEscape(id), Text: id}
	if c := st.byID[id]; c != nil {
		if t := firstTerm(c, st.g.Languages); t != "" {
			l.Text = t
		}
	} else {
		l.Missing = true
	}
	return l
}

// sources renders a concept's evidence: each quote with the concept's terms in its language
// highlighted, and the corpus line it comes from.
func (s *Server) sources(c *glossary.Concept) []sourceView {
	var out []sourceView
	seen := map[glossary.Source]bool{}
	for _, src := range c.Sources {
		key := glossary.Source{Lang: src.Lang, Doc: src.Doc, Quote: src.Quote, Loc: src.Loc, URL: src.URL}
		if seen[key] { // align repeats a quote that is evidence for two pairs
			continue
		}
		seen[key] = true
		sv := sourceView{Lang: src.Lang, Doc: src.Doc, Loc: src.Loc}
		if strings.HasPrefix(src.URL, "https://") || strings.HasPrefix(src.URL, "http://") {
			sv.URL = src.URL
		}
		var terms []string
		for l, ts := range c.Terms {
			if src.Lang == "" || l == src.Lang {
				for _, t := range ts {
					terms = append(terms, t.Text)
				}
			}
		}
		sv.Quote = highlight(src.Quote, terms)
		if name, line, ok := s.corpus.locate(src.Doc, src.Loc, src.Quote); ok {
			sv.Href = fmt.Sprintf("/corpus/%s#L%d", escapePath(name), line)
			sv.At = fmt.Sprintf("%s:%d", name, line)
		}
		out = append(out, sv)
	}
	return out
}

func escapePath(name string) string {
	parts := strings.Split(name, "/")
	for i, p := range parts {
		parts[i] = url.PathEscape(p)
	}
	return strings.Join(parts, "/")
}

func termStatus(t *glossary.Term) glossary.TermStatus {
	if t.Status == "" {
		return glossary.Preferred
	}
	return t.Status
}

func firstTerm(c *glossary.Concept, langs []string) string {
	for _, l := range c.Langs(langs) {
		if t := c.Preferred(l); t != nil {
			return t.Text
		}
		if ts := c.Terms[l]; len(ts) > 0 {
			return ts[0].Text
		}
	}
	return ""
}

// highlight escapes text and marks every occurrence of the terms in it, longest first,
// letter case folded where folding keeps byte offsets.
func highlight(text string, terms []string) template.HTML {
	if text == "" {
		return ""
	}
	hay := text
	if l := strings.ToLower(text); len(l) == len(text) {
		hay = l
	}
	terms = slices.Clone(terms)
	sort.Slice(terms, func(i, j int) bool { return len(terms[i]) > len(terms[j]) })
	marked := make([]bool, len(text))
	type span struct{ a, b int }
	var spans []span
	for _, t := range terms {
		needle := t
		if hay != text {
			needle = strings.ToLower(t)
		}
		if needle == "" || len(needle) != len(t) && hay != text {
			continue
		}
		for from := 0; from < len(hay); {
			i := strings.Index(hay[from:], needle)
			if i < 0 {
				break
			}
			a, b := from+i, from+i+len(needle)
			if !slices.Contains(marked[a:b], true) {
				for k := a; k < b; k++ {
					marked[k] = true
				}
				spans = append(spans, span{a, b})
			}
			from = b
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].a < spans[j].a })
	var b strings.Builder
	at := 0
	for _, sp := range spans {
		b.WriteString(template.HTMLEscapeString(text[at:sp.a]))
		b.WriteString("<mark>")
		b.WriteString(template.HTMLEscapeString(text[sp.a:sp.b]))
		b.WriteString("</mark>")
		at = sp.b
	}
	b.WriteString(template.HTMLEscapeString(text[at:]))
	return template.HTML(b.String())
}

// searchData is the search page.
type searchData struct {
	Q           string
	Results     []conceptView
	Total, More int
	Suggestions []string
	Concepts    int
	Subjects    int
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	st := s.snapshot()
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	d := searchData{Q: q, Concepts: len(st.g.Concepts), Subjects: len(st.subject)}
	code := http.StatusOK
	if q != "" {
		hits, total := st.search.search(st.g, q, searchLimit, true)
		d.Total = total
		d.More = total - len(hits)
		for _, h := range hits {
			c := st.g.Concepts[h.concept]
			v := s.view(st, c, false)
			v.Matched = matchNote(kinds[h.kind], c.Terms[st.search.langs[h.lang]][h.term])
			d.Results = append(d.Results, v)
		}
		if total == 0 {
			d.Suggestions = st.suggest(q)
		}
	}
	title := "Search"
	if q != "" {
		title = q + " — search"
	}
	s.render(w, r, code, "search", page{Title: title, Nav: "search", Q: q, Data: d})
}

// matchNote says how a search met a concept.
func matchNote(kind glossary.MatchKind, t *glossary.Term) string {
	st := termStatus(t)
	switch {
	case kind == glossary.PartialMatch:
		return fmt.Sprintf("contains it: %s", t.Text)
	case st == glossary.Deprecated || st == glossary.Forbidden:
		return fmt.Sprintf("%s is %s here", t.Text, st)
	case kind == glossary.VariantMatch:
		return fmt.Sprintf("variant of %s", t.Text)
	}
	return ""
}

func (s *Server) handleConcept(w http.ResponseWriter, r *http.Request) {
	st := s.snapshot()
	id := r.PathValue("id")
	c := st.byID[id]
	if c == nil {
		s.notFound(w, r, fmt.Sprintf("No concept has the id %q.", id))
		return
	}
	v := s.view(st, c, true)
	s.render(w, r, http.StatusOK, "concept", page{Title: firstTerm(c, st.g.Languages) + " — " + c.ID, Nav: "browse", Data: v})
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request, msg string) {
	s.render(w, r, http.StatusNotFound, "message", page{Title: "Not found", Data: msg})
}

// browseData is the browse page.
type browseData struct {
	Subject, Status string
	Subjects        []count
	Statuses        []count
	Concepts        []conceptView
	Total, Page     int
	Prev, Next      string
}

func (s *Server) handleBrowse(w http.ResponseWriter, r *http.Request) {
	st := s.snapshot()
	q := r.URL.Query()
	d := browseData{Subject: q.Get("subject"), Status: q.Get("status"), Subjects: st.subject, Statuses: st.status}
	pg, _ := strconv.Atoi(q.Get("page"))
	pg = max(pg, 1)
	d.Page = pg
	_, anySubject := q["subject"]
	for _, c := range st.g.Concepts {
		if anySubject && c.Subject != d.Subject || d.Status != "" && string(statusOf(c)) != d.Status {
			continue
		}
		d.Total++
		if d.Total > (pg-1)*browseLimit && d.Total <= pg*browseLimit {
			d.Concepts = append(d.Concepts, s.view(st, c, false))
		}
	}
	link := func(p int) string {
		v := url.Values{}
		if anySubject {
			v.Set("subject", d.Subject)
		}
		if d.Status != "" {
			v.Set("status", d.Status)
		}
		v.Set("page", strconv.Itoa(p))
		return "/browse?" + v.Encode()
	}
	if pg > 1 {
		d.Prev = link(pg - 1)
	}
	if d.Total > pg*browseLimit {
		d.Next = link(pg + 1)
	}
	s.render(w, r, http.StatusOK, "browse", page{Title: "Browse", Nav: "browse", Data: d})
}

// corpusData is one corpus file.
type corpusData struct {
	Name  string
	Lines []string
	Files []string
}

func (s *Server) handleCorpus(w http.ResponseWriter, r *http.Request) {
	if s.corpus == nil {
		s.notFound(w, r, "No corpus: start gloss serve with --corpus DIR to link evidence to its lines.")
		return
	}
	name := r.PathValue("path")
	if name == "" {
		s.render(w, r, http.StatusOK, "corpus", page{Title: "Corpus", Nav: "browse", Data: corpusData{Files: s.corpus.names}})
		return
	}
	lines, ok := s.corpus.lines[name]
	if !ok {
		s.notFound(w, r, fmt.Sprintf("The corpus has no file %q.", name))
		return
	}
	s.render(w, r, http.StatusOK, "corpus", page{Title: name, Nav: "browse", Data: corpusData{Name: name, Lines: lines}})
}
