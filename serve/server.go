package serve

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"sync"

	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/lint"
)

//go:embed assets
var assets embed.FS

// Request body limits: a form is small; an uploaded XLIFF or TMX file may not be.
const (
	maxForm   = 1 << 20
	maxUpload = 16 << 20
)

// Config says what a Server serves. Only the files named here are ever read or written.
type Config struct {
	// GlossaryPath is the glossary file. "" serves the embedded default glossary, which
	// cannot be written. A path that does not exist yet starts an empty glossary that
	// accepting a proposal creates.
	GlossaryPath string
	// ProposalsPath is a proposals file (`gloss align --format yaml`) for /review; "" means none.
	ProposalsPath string
	// CorpusDir is a directory of UTF-8 texts that evidence quotes link to; "" means none.
	CorpusDir string
	// ReadOnly disables every write.
	ReadOnly bool
	// Hosts are host names the Host header may carry besides localhost, 127.0.0.1 and ::1
	// (the host of a non-loopback --addr).
	Hosts []string
	// Glosses gives the English glosses of Japanese words, for the check page's
	// paraphrased-term notes as in `gloss lint` ([lint.Options] Glosses); nil means none.
	Glosses func(words []string) map[string][]string
}

// Server is the workbench: an http.Handler over one glossary.
type Server struct {
	cfg    Config
	token  string
	hosts  map[string]bool
	pages  map[string]*template.Template
	static http.Handler
	corpus *corpus
	mux    *http.ServeMux

	mu    sync.RWMutex // guards st and props; writes hold it exclusively
	st    *state
	props *proposals
}

// state is a loaded glossary and what the pages need of it.
type state struct {
	g       *glossary.Glossary
	ix      *glossary.Index // for "did you mean"
	search  *searcher
	byID    map[string]*glossary.Concept
	hash    [sha256.Size]byte // of the file's bytes as loaded
	exists  bool              // whether the file existed when loaded
	subject []count
	status  []count

	lintOnce sync.Once
	linter   *lint.Linter
	lintErr  error
}

type count struct {
	Name string
	N    int
}

// New loads the configured files and returns the workbench.
func New(cfg Config) (*Server, error) {
	tok := make([]byte, 32)
	if _, err := rand.Read(tok); err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, token: hex.EncodeToString(tok), hosts: map[string]bool{"localhost": true, "127.0.0.1": true, "::1": true}}
	for _, h := range cfg.Hosts {
		s.hosts[strings.ToLower(strings.Trim(h, "[]"))] = true
	}
	var err error
	if s.pages, err = parsePages(); err != nil {
		return nil, err
	}
	sub, _ := fs.Sub(assets, "assets/static")
	s.static = http.StripPrefix("/static/", http.FileServerFS(sub))
	if s.st, err = loadState(cfg.GlossaryPath); err != nil {
		return nil, err
	}
	if cfg.ProposalsPath != "" {
		if s.props, err = loadProposals(cfg.ProposalsPath); err != nil {
			return nil, err
		}
	}
	if cfg.CorpusDir != "" {
		if s.corpus, err = loadCorpus(cfg.CorpusDir); err != nil {
			return nil, err
		}
	}
	s.routes()
	return s, nil
}

// Token returns the per-process CSRF token that every POST must carry in its csrf field.
func (s *Server) Token() string { return s.token }

func (s *Server) routes() {
	m := http.NewServeMux()
	m.Handle("GET /static/", s.static)
	m.HandleFunc("GET /{$}", s.handleSearch)
	m.HandleFunc("GET /search", s.handleSearch)
	m.HandleFunc("GET /concept/{id}", s.handleConcept)
	m.HandleFunc("GET /browse", s.handleBrowse)
	m.HandleFunc("GET /corpus/{path...}", s.handleCorpus)
	m.HandleFunc("GET /review", s.handleReview)
	m.HandleFunc("GET /review/edit/{id}", s.handleEdit)
	m.HandleFunc("POST /review/accept", s.handleAccept)
	m.HandleFunc("POST /review/reject", s.handleReject)
	m.HandleFunc("POST /reload", s.handleReload)
	m.HandleFunc("GET /check", s.handleCheckForm)
	m.HandleFunc("POST /check", s.handleCheck)
	s.mux = m
}

// ServeHTTP applies the security rules, then routes the request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("X-Frame-Options", "DENY")
	if !s.allowedHost(r.Host) {
		// DNS rebinding: a page on another name that resolves to 127.0.0.1 must not reach us.
		http.Error(w, "gloss serve: unknown host "+r.Host+"; open the workbench at http://localhost or http://127.0.0.1", http.StatusMisdirectedRequest)
		return
	}
	if r.Method == http.MethodPost {
		limit := int64(maxForm)
		if r.URL.Path == "/check" {
			limit = maxUpload
		}
		r.Body = http.MaxBytesReader(w, r.Body, limit)
		if msg := s.checkPost(r); msg != "" {
			http.Error(w, "gloss serve: "+msg, http.StatusForbidden)
			return
		}
	}
	s.mux.ServeHTTP(w, r)
}

// allowedHost reports whether a Host header names this machine's loopback interface (or a
// host the configuration adds).
func (s *Server) allowedHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.ToLower(strings.Trim(host, "[]"))
	return s.hosts[host]
}

// checkPost checks a POST's origin and CSRF token; it returns why the request is refused,
// or "". It parses the form, within the body limit.
func (s *Server) checkPost(r *http.Request) string {
	if o := r.Header.Get("Origin"); o != "" {
		u, err := url.Parse(o)
		if err != nil || u.Host != r.Host || !s.allowedHost(u.Host) {
			return "cross-origin request refused (Origin " + o + ")"
		}
	} else if r.Header.Get("Sec-Fetch-Site") == "cross-site" {
		return "cross-site request refused"
	}
	var err error
	if strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/form-data") {
		err = r.ParseMultipartForm(maxUpload)
	} else {
		err = r.ParseForm()
	}
	if err != nil {
		var mb *http.MaxBytesError
		if errors.As(err, &mb) {
			return fmt.Sprintf("request body larger than %d MiB", mb.Limit>>20)
		}
		return "unreadable form: " + err.Error()
	}
	if subtle.ConstantTimeCompare([]byte(r.PostFormValue("csrf")), []byte(s.token)) != 1 {
		return "missing or wrong form token; reload the page and try again"
	}
	return ""
}

// snapshot returns the current glossary state.
func (s *Server) snapshot() *state {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.st
}

// loadState reads the glossary at path ("" for the embedded default).
func loadState(path string) (*state, error) {
	st := &state{}
	var g *glossary.Glossary
	if path == "" {
		d, err := glossary.Default()
		if err != nil {
			return nil, err
		}
		g = d
	} else {
		data, err := glossary.ReadFile(path)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			g = exports.NewGlossary()
		case err != nil:
			return nil, err
		default:
			st.exists = true
			st.hash = sha256.Sum256(data)
			if g, err = glossary.Parse(data, path); err != nil {
				return nil, err
			}
		}
	}
	return newState(g, st), nil
}

func newState(g *glossary.Glossary, st *state) *state {
	st.g = g
	st.ix = glossary.NewIndex(g)
	st.search = newSearcher(g)
	st.byID = make(map[string]*glossary.Concept, len(g.Concepts))
	subj, stat := map[string]int{}, map[string]int{}
	for _, c := range g.Concepts {
		if _, dup := st.byID[c.ID]; !dup {
			st.byID[c.ID] = c
		}
		subj[c.Subject]++
		stat[string(statusOf(c))]++
	}
	st.subject = sortedCounts(subj)
	st.status = sortedCounts(stat)
	return st
}

func sortedCounts(m map[string]int) []count {
	out := make([]count, 0, len(m))
	for k, n := range m {
		out = append(out, count{k, n})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// statusOf is a concept's status, proposed when the file does not say.
func statusOf(c *glossary.Concept) glossary.ConceptStatus {
	if c.Status == "" {
		return glossary.Proposed
	}
	return c.Status
}

// suggestLimit is the size of glossary, in terms, up to which "did you mean" uses
// glossary.Index's edit-distance suggestions, exactly as gloss lookup does; they compare
// the query with every term, which costs tens of milliseconds beyond it, so a larger
// glossary suggests the terms sharing the query's longest known prefix instead.
const suggestLimit = 30_000

// suggest returns "did you mean" terms for a query that found nothing.
func (st *state) suggest(q string) []string {
	if len(st.search.refs.all) <= suggestLimit {
		return st.ix.Lookup(q).Suggestions
	}
	return st.search.suggest(st.g, q, 5)
}

// lint returns the state's linter, compiling it with opts on first use.
func (st *state) lint(opts lint.Options) (*lint.Linter, error) {
	st.lintOnce.Do(func() { st.linter, st.lintErr = lint.New(st.g, opts) })
	return st.linter, st.lintErr
}

// writable says why writes are impossible, or "".
func (s *Server) writable() string {
	switch {
	case s.cfg.ReadOnly:
		return "the workbench runs with --read-only: nothing is written"
	case s.cfg.GlossaryPath == "":
		return "the embedded default glossary cannot be written: start gloss serve with --glossary FILE"
	}
	return ""
}
