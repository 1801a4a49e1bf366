package serve

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"net/http"
	"net/url"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/glossary"
)

// proposals is the review queue: a proposals file as `gloss align --format yaml` writes it.
type proposals struct {
	path string
	g    *glossary.Glossary
	byID map[string]*glossary.Concept
	hash [sha256.Size]byte
}

func loadProposals(path string) (*proposals, error) {
	data, err := glossary.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("proposals: %w", err)
	}
	g, err := glossary.Parse(data, path)
	if err != nil {
		return nil, err
	}
	p := &proposals{path: path, g: g, hash: sha256.Sum256(data), byID: map[string]*glossary.Concept{}}
	for _, c := range g.Concepts {
		if _, dup := p.byID[c.ID]; !dup {
			p.byID[c.ID] = c
		}
	}
	return p, nil
}

// proposalView is one proposal with its evidence side by side.
type proposalView struct {
	conceptView
	Source, Target []sourceView // evidence in the glossary's first language, and in the others
	Known          []link       // concepts of the glossary that already have one of its terms
	JA, EN         string       // for the edit form: terms one a line, preferred first
	DefinitionEN   string
	CID            string // the concept id the edit form proposes
}

// reviewData is the review page.
type reviewData struct {
	File        string
	Items       []proposalView
	Total, Page int
	Prev, Next  string
	Done        string
	Error       string
	Problems    []string
	Reload      bool
	ReadOnlyWhy string
	SourceLang  string
	TargetLang  string
}

func (s *Server) proposalView(st *state, pr *proposals, c *glossary.Concept) proposalView {
	v := proposalView{conceptView: s.view(st, c, true)}
	first := ""
	if len(pr.g.Languages) > 0 {
		first = pr.g.Languages[0]
	}
	for _, sv := range v.Sources {
		if sv.Lang == first {
			v.Source = append(v.Source, sv)
		} else {
			v.Target = append(v.Target, sv)
		}
	}
	seen := map[string]bool{c.ID: true}
	for _, l := range c.Langs(pr.g.Languages) {
		for _, t := range c.Terms[l] {
			hits, _ := st.search.search(st.g, t.Text, 10, false)
			for _, h := range hits {
				k := st.g.Concepts[h.concept]
				if seen[k.ID] {
					continue
				}
				seen[k.ID] = true
				v.Known = append(v.Known, link{Href: "/concept/" + url.PathEscape(k.ID), Text: k.ID + " (" + k.Terms[st.search.langs[h.lang]][h.term].Text + ")"})
			}
		}
	}
	lines := func(lang string) string {
		var out []string
		if t := c.Preferred(lang); t != nil {
			out = append(out, t.Text)
		}
		for _, t := range c.Terms[lang] {
			if !slices.Contains(out, t.Text) {
				out = append(out, t.Text)
			}
		}
		return strings.Join(out, "\n")
	}
	v.JA, v.EN = lines("ja"), lines("en")
	v.DefinitionEN = c.Definition["en"]
	v.CID = c.ID
	return v
}

func reviewPage(d reviewData) page {
	return page{Title: "Review", Nav: "review", Data: d}
}

func (s *Server) handleReview(w http.ResponseWriter, r *http.Request) {
	s.serveReview(w, r, http.StatusOK, reviewData{})
}

// serveReview renders the queue, with d's message or error on top.
func (s *Server) serveReview(w http.ResponseWriter, r *http.Request, code int, d reviewData) {
	s.mu.RLock()
	st, pr := s.st, s.props
	s.mu.RUnlock()
	d.ReadOnlyWhy = s.writable()
	q := r.URL.Query()
	if d.Done == "" && d.Error == "" {
		d.Done = doneMessage(q, st, pr)
	}
	if pr == nil {
		s.render(w, r, code, "review", reviewPage(d))
		return
	}
	d.File = filepath.Base(pr.path)
	if len(pr.g.Languages) >= 2 {
		d.SourceLang, d.TargetLang = pr.g.Languages[0], pr.g.Languages[1]
	}
	pg, _ := strconv.Atoi(q.Get("page"))
	pg = max(pg, 1)
	d.Page = pg
	d.Total = len(pr.g.Concepts)
	lo, hi := min((pg-1)*reviewLimit, d.Total), min(pg*reviewLimit, d.Total)
	for _, c := range pr.g.Concepts[lo:hi] {
		d.Items = append(d.Items, s.proposalView(st, pr, c))
	}
	if pg > 1 {
		d.Prev = "/review?page=" + strconv.Itoa(pg-1)
	}
	if hi < d.Total {
		d.Next = "/review?page=" + strconv.Itoa(pg+1)
	}
	s.render(w, r, code, "review", reviewPage(d))
}

// doneMessage reads what the last write did from the query the write redirected to. A
// message is shown only when the files agree with it, so that a crafted link cannot
// announce a write that did not happen.
func doneMessage(q url.Values, st *state, pr *proposals) string {
	id := q.Get("id")
	reviewed := pr != nil && pr.byID[id] == nil
	switch q.Get("done") {
	case "accepted":
		if !reviewed || st.byID[q.Get("into")] == nil {
			return ""
		}
		msg := fmt.Sprintf("Accepted %s: %s %s in the glossary.", id, q.Get("how"), q.Get("into"))
		if n, _ := strconv.Atoi(q.Get("conflicts")); n > 0 {
			msg += fmt.Sprintf(" %d conflicting fields of the reviewed concept were kept; edit the glossary to take the proposed ones.", n)
		}
		return msg
	case "rejected":
		if !reviewed {
			return ""
		}
		return fmt.Sprintf("Rejected %s: removed from the proposals file.", id)
	case "reloaded":
		return "Reloaded the glossary and the proposals from disk."
	}
	return ""
}

func (s *Server) handleEdit(w http.ResponseWriter, r *http.Request) {
	s.mu.RLock()
	st, pr := s.st, s.props
	s.mu.RUnlock()
	id := r.PathValue("id")
	if pr == nil || pr.byID[id] == nil {
		s.notFound(w, r, fmt.Sprintf("No proposal has the id %q.", id))
		return
	}
	d := reviewData{File: filepath.Base(pr.path), ReadOnlyWhy: s.writable(), Items: []proposalView{s.proposalView(st, pr, pr.byID[id])}}
	s.render(w, r, http.StatusOK, "edit", page{Title: "Edit " + id, Nav: "review", Data: d})
}

// refuse renders the review page with an error and nothing written.
func (s *Server) refuse(w http.ResponseWriter, r *http.Request, code int, msg string, problems []string, reload bool) {
	s.serveReview(w, r, code, reviewData{Error: msg, Problems: problems, Reload: reload})
}

// changedOnDisk says whether the file at path differs from the bytes hashed at load.
func changedOnDisk(path string, exists bool, hash [sha256.Size]byte) (bool, []byte, error) {
	data, err := glossary.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return exists, nil, nil
	}
	if err != nil {
		return false, nil, err
	}
	return !exists || sha256.Sum256(data) != hash, data, nil
}

// refusal is why a write did not happen.
type refusal struct {
	code     int
	msg      string
	problems []string
	reload   bool
}

// handleAccept merges a proposal, as it is or as edited, into the glossary file: the file
// must be as it was loaded, the merged glossary must not gain a validation error, and the
// write is atomic. The proposal then leaves the proposals file.
func (s *Server) handleAccept(w http.ResponseWriter, r *http.Request) {
	if why := s.writable(); why != "" {
		s.refuse(w, r, http.StatusForbidden, why, nil, false)
		return
	}
	s.mu.Lock()
	loc, no := s.accept(r)
	st, pr := s.st, s.props
	s.mu.Unlock()
	if no != nil && r.PostFormValue("edited") == "1" && pr != nil && pr.byID[r.PostFormValue("id")] != nil {
		// Back to the form, with what the reviewer typed.
		v := s.proposalView(st, pr, pr.byID[r.PostFormValue("id")])
		v.CID, v.Subject, v.Note = r.PostFormValue("cid"), r.PostFormValue("subject"), r.PostFormValue("note")
		v.JA, v.EN, v.DefinitionEN = r.PostFormValue("ja"), r.PostFormValue("en"), r.PostFormValue("definition")
		d := reviewData{File: filepath.Base(pr.path), Error: no.msg, Problems: no.problems, Reload: no.reload, Items: []proposalView{v}}
		s.render(w, r, no.code, "edit", page{Title: "Edit " + v.ID, Nav: "review", Data: d})
		return
	}
	if no != nil {
		s.refuse(w, r, no.code, no.msg, no.problems, no.reload)
		return
	}
	http.Redirect(w, r, loc, http.StatusSeeOther)
}

// accept does the work of handleAccept; the caller holds s.mu.
func (s *Server) accept(r *http.Request) (string, *refusal) {
	pr := s.props
	id := r.PostFormValue("id")
	if pr == nil || pr.byID[id] == nil {
		return "", &refusal{code: http.StatusNotFound, msg: fmt.Sprintf("No proposal has the id %q: it may have been reviewed already.", id)}
	}
	in := approved(pr.byID[id])
	if r.PostFormValue("edited") == "1" {
		var msg string
		if in, msg = edited(pr.byID[id], pr.g.Languages, r); msg != "" {
			return "", &refusal{code: http.StatusUnprocessableEntity, msg: msg}
		}
	}
	path := s.cfg.GlossaryPath
	changed, data, err := changedOnDisk(path, s.st.exists, s.st.hash)
	if err != nil {
		return "", &refusal{code: http.StatusInternalServerError, msg: err.Error()}
	}
	if changed {
		return "", &refusal{code: http.StatusConflict, reload: true,
			msg: path + " changed on disk since the workbench loaded it; nothing was written. Reload to take in the changes, then accept again."}
	}
	if pchanged, _, err := changedOnDisk(pr.path, true, pr.hash); err != nil || pchanged {
		return "", &refusal{code: http.StatusConflict, reload: true,
			msg: pr.path + " changed on disk since the workbench loaded it; nothing was written. Reload to review the current file."}
	}
	dst := exports.NewGlossary()
	if data != nil {
		if dst, err = glossary.Parse(data, path); err != nil {
			return "", &refusal{code: http.StatusUnprocessableEntity, msg: err.Error(), reload: true}
		}
	}
	if len(dst.Languages) == 0 {
		dst.Languages = slices.Clone(pr.g.Languages)
	}
	before := errorKeys(glossary.Validate(dst))
	res := exports.Merge(dst, &glossary.Glossary{Version: glossary.FormatVersion, Languages: pr.g.Languages, Concepts: []*glossary.Concept{in}})
	var problems []string
	for _, p := range glossary.Validate(dst) {
		k := problemKey(p)
		if p.Severity != glossary.SevError {
			continue
		}
		if before[k] > 0 {
			before[k]--
			continue
		}
		line := fmt.Sprintf("%s: %s", p.Rule, p.Message)
		if p.Concept != "" {
			line = p.Concept + ": " + line
		}
		if p.Hint != "" {
			line += " (" + p.Hint + ")"
		}
		problems = append(problems, line)
	}
	if len(problems) > 0 {
		return "", &refusal{code: http.StatusUnprocessableEntity, problems: problems,
			msg: "Accepting " + id + " would make the glossary invalid; nothing was written. Edit the proposal:"}
	}
	// The hash is checked again under the write lock, so that a writer that slipped in
	// since the check above is never overwritten.
	errChanged := errors.New("changed on disk")
	err = glossary.UpdateFile(path, func(cur []byte, exists bool) ([]byte, error) {
		if exists != s.st.exists || exists && sha256.Sum256(cur) != s.st.hash {
			return nil, errChanged
		}
		return glossary.Format(dst), nil
	})
	if errors.Is(err, errChanged) {
		return "", &refusal{code: http.StatusConflict, reload: true,
			msg: path + " changed on disk since the workbench loaded it; nothing was written. Reload to take in the changes, then accept again."}
	}
	if err != nil {
		return "", &refusal{code: http.StatusInternalServerError, msg: err.Error()}
	}
	st, err := loadState(path)
	if err != nil {
		return "", &refusal{code: http.StatusInternalServerError, msg: "wrote " + path + " but could not read it back: " + err.Error(), reload: true}
	}
	s.st = st
	if err := s.dropProposal(id); err != nil {
		return "", &refusal{code: http.StatusInternalServerError, msg: "accepted " + id + " but could not update the proposals file: " + err.Error(), reload: true}
	}
	how, into := "unchanged", in.ID
	switch {
	case len(res.Added) > 0:
		how, into = "added as", res.Added[0]
	case len(res.Updated) > 0:
		how, into = "merged into", res.Updated[0]
	}
	v := url.Values{"done": {"accepted"}, "id": {id}, "how": {how}, "into": {into}, "conflicts": {strconv.Itoa(len(res.Conflicts))}}
	return "/review?" + v.Encode(), nil
}

// dropProposal removes a reviewed proposal from the queue and from the proposals file.
// The caller holds s.mu.
func (s *Server) dropProposal(id string) error {
	pr := s.props
	g := *pr.g
	g.Concepts = slices.DeleteFunc(slices.Clone(pr.g.Concepts), func(c *glossary.Concept) bool { return c.ID == id })
	if err := glossary.WriteFile(pr.path, &g); err != nil {
		return err
	}
	np, err := loadProposals(pr.path)
	if err != nil {
		return err
	}
	s.props = np
	return nil
}

func (s *Server) handleReject(w http.ResponseWriter, r *http.Request) {
	if why := s.writable(); why != "" {
		s.refuse(w, r, http.StatusForbidden, why, nil, false)
		return
	}
	s.mu.Lock()
	pr := s.props
	id := r.PostFormValue("id")
	var msg string
	code := http.StatusOK
	reload := false
	if pr == nil || pr.byID[id] == nil {
		s.mu.Unlock()
		s.refuse(w, r, http.StatusNotFound, fmt.Sprintf("No proposal has the id %q: it may have been reviewed already.", id), nil, false)
		return
	}
	switch changed, _, err := changedOnDisk(pr.path, true, pr.hash); {
	case err != nil:
		msg, code = err.Error(), http.StatusInternalServerError
	case changed:
		msg, code, reload = pr.path+" changed on disk since the workbench loaded it; nothing was written. Reload to review the current file.", http.StatusConflict, true
	default:
		if err := s.dropProposal(id); err != nil {
			msg, code = err.Error(), http.StatusInternalServerError
		}
	}
	s.mu.Unlock()
	if msg != "" {
		s.refuse(w, r, code, msg, nil, reload)
		return
	}
	http.Redirect(w, r, "/review?"+url.Values{"done": {"rejected"}, "id": {id}}.Encode(), http.StatusSeeOther)
}

// handleReload reads the glossary and the proposals file again.
func (s *Server) handleReload(w http.ResponseWriter, r *http.Request) {
	st, err := loadState(s.cfg.GlossaryPath)
	var pr *proposals
	if err == nil && s.cfg.ProposalsPath != "" {
		pr, err = loadProposals(s.cfg.ProposalsPath)
	}
	if err != nil {
		s.refuse(w, r, http.StatusUnprocessableEntity, "Could not reload: "+err.Error(), nil, false)
		return
	}
	s.mu.Lock()
	s.st, s.props = st, pr
	s.mu.Unlock()
	http.Redirect(w, r, "/review?done=reloaded", http.StatusSeeOther)
}

// approved returns a copy of a proposal with the status approved.
func approved(p *glossary.Concept) *glossary.Concept {
	c := *p
	c.Status = glossary.Approved
	c.Terms = maps.Clone(p.Terms)
	return &c
}

// edited builds the concept a reviewer edited: id, subject, note, an English definition and
// the terms one a line, the first of each language preferred and the others admitted (or
// as the proposal had them). It returns why the form cannot be used, or "".
func edited(p *glossary.Concept, langs []string, r *http.Request) (*glossary.Concept, string) {
	c := approved(p)
	c.ID = strings.TrimSpace(r.PostFormValue("cid"))
	if c.ID == "" {
		c.ID = p.ID
	}
	c.Subject = strings.TrimSpace(r.PostFormValue("subject"))
	c.Note = strings.TrimSpace(r.PostFormValue("note"))
	c.Definition = maps.Clone(p.Definition)
	if d := strings.TrimSpace(r.PostFormValue("definition")); d != "" {
		if c.Definition == nil {
			c.Definition = map[string]string{}
		}
		c.Definition["en"] = d
	} else {
		delete(c.Definition, "en")
	}
	c.Terms = map[string][]*glossary.Term{}
	c.LangOrder = nil
	for _, l := range []string{"ja", "en"} {
		for _, line := range strings.Split(r.PostFormValue(l), "\n") {
			text := strings.TrimSpace(line)
			if text == "" {
				continue
			}
			t := &glossary.Term{Text: text, Status: glossary.Admitted}
			for _, old := range p.Terms[l] {
				if old.Text == text {
					cp := *old
					t = &cp
				}
			}
			if len(c.Terms[l]) == 0 {
				t.Status = glossary.Preferred
			} else if t.Status == glossary.Preferred || t.Status == "" {
				t.Status = glossary.Admitted
			}
			c.AddTerm(l, t)
		}
	}
	for _, l := range langs {
		if l != "ja" && l != "en" {
			for _, t := range p.Terms[l] {
				c.AddTerm(l, t)
			}
		}
	}
	if len(c.Terms["ja"]) == 0 || len(c.Terms["en"]) == 0 {
		return nil, "Give at least one Japanese and one English term."
	}
	return c, ""
}

func problemKey(p glossary.Problem) string { return p.Rule + "\x00" + p.Concept + "\x00" + p.Message }

func errorKeys(ps []glossary.Problem) map[string]int {
	m := map[string]int{}
	for _, p := range ps {
		if p.Severity == glossary.SevError {
			m[problemKey(p)]++
		}
	}
	return m
}
