package exports

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/textnorm"
)

// MergeResult says what [Merge] did.
type MergeResult struct {
	Added     []string // ids of new concepts
	Updated   []string // ids of existing concepts that gained or changed a field
	Unchanged int      // incoming concepts that matched and brought nothing new
	Conflicts []Conflict
}

// Conflict is an incoming value that differs from a reviewed one and was not taken.
type Conflict struct {
	Concept string // the id of the existing concept
	Field   string // "status of en term \"x\"", "definition.en", ...
	Have    string // the glossary's value, kept
	Got     string // the imported value, not taken
}

// ConflictIDs are the ids of the existing concepts that kept a value against the incoming
// one, each once, in the order the conflicts were found.
func (r MergeResult) ConflictIDs() []string {
	var ids []string
	for _, c := range r.Conflicts {
		ids = appendOnce(ids, c.Concept)
	}
	return ids
}

func (c Conflict) String() string {
	return fmt.Sprintf("%s: %s: keeping %q, not taking %q", c.Concept, c.Field, c.Have, c.Got)
}

var idPattern = regexp.MustCompile(`^[a-z0-9]+(?:[-.][a-z0-9]+)*$`)

// Merge merges the concepts of src into dst.
//
// An incoming concept matches an existing one that shares a term (compared by
// textnorm.Key, in the same language); when several do, the one with the same id wins, and
// otherwise the match is ambiguous and reported as a conflict. Only concepts that were in
// dst before the merge are matched, so an imported file's own homonyms stay apart. A
// concept that matches none is added, with its id if that id is free and well formed,
// else one made from its terms.
//
// For a matched concept, a field that is empty in dst is filled, a new term is appended,
// and an equal value changes nothing. A differing value replaces the old one only when the
// existing concept is still proposed; in an approved or retired (reviewed) concept it is
// kept and the difference is reported as a conflict. A new preferred term in a language
// where a reviewed concept already has a different preferred term is a conflict too; in a
// proposed concept it is added as admitted.
func Merge(dst, src *glossary.Glossary) MergeResult {
	m := NewMerger(dst, src.Languages)
	m.exact = map[string]bool{} // the ids themselves: no chance of a hash shared
	for _, in := range src.Concepts {
		if m.Merge(in) {
			dst.Concepts = append(dst.Concepts, in)
		}
	}
	return m.Result()
}

// Merger is [Merge] one incoming concept at a time, so that a large file is merged as it
// is read: the concepts new to the glossary are the caller's to keep (gloss import
// --merge spools them and writes them after the glossary's own, where Merge appends
// them). Their ids are kept in an [IDSet], as [Adder] keeps them, with the same small
// chance of a suffix that Merge would not give.
type Merger struct {
	t     target
	added IDSet // the ids given to new concepts
	// updated are the ids in res.Updated, as hashes: a merge that updates a million
	// concepts looked each up in the list, a million times a million comparisons.
	updated IDSet
	exact   map[string]bool // or those ids themselves, when not nil (Merge)
	res     MergeResult
}

// target is the glossary merged into, as the merge asks it: the concepts that had a term
// of a key before the merge (candidates), and whether an id is one of its concepts'.
type target interface {
	// candidates calls f with each concept that has a term whose language and
	// textnorm.Key make key (lang + "\x00" + key), once each, in file order; it returns
	// false when there is none at all.
	candidates(key string, f func(*glossary.Concept)) bool
	hasID(id string) bool
	// concepts yields the glossary's concepts in file order.
	concepts(yield func(*glossary.Concept, error) bool)
	head() *glossary.Glossary // the glossary's head: its languages
	// merged is told, after each incoming concept, the concept it was merged into (nil
	// for none) and whether that changed.
	merged(c *glossary.Concept, changed bool)
}

// NewMerger returns a Merger into dst, whose concepts it indexes by term. The languages
// of the incoming file, langs, are added to dst's; dst's concepts are changed by
// [Merger.Merge], and it gains no concept.
func NewMerger(dst *glossary.Glossary, langs []string) *Merger {
	addLangs(dst, langs)
	t := &modelTarget{dst: dst, byKey: map[string][]*glossary.Concept{}, ids: map[string]*glossary.Concept{}}
	for _, c := range dst.Concepts {
		t.ids[c.ID] = c
		for lang, ts := range c.Terms {
			for _, t2 := range ts {
				k := termKey(lang, t2.Text)
				if l := t.byKey[k]; len(l) == 0 || l[len(l)-1] != c {
					t.byKey[k] = append(t.byKey[k], c)
				}
			}
		}
	}
	return &Merger{t: t}
}

func addLangs(dst *glossary.Glossary, langs []string) {
	for _, l := range langs {
		if !contains(dst.Languages, l) {
			dst.Languages = append(dst.Languages, l)
		}
	}
}

// termKey is the key a concept is matched by: a term's language and its textnorm.Key.
func termKey(lang, text string) string { return lang + "\x00" + textnorm.Key(text) }

// modelTarget is a glossary held whole, indexed by maps.
type modelTarget struct {
	dst   *glossary.Glossary
	byKey map[string][]*glossary.Concept
	ids   map[string]*glossary.Concept // the ids of the glossary's own concepts
}

func (t *modelTarget) candidates(key string, f func(*glossary.Concept)) bool {
	if len(t.byKey) == 0 {
		return false // nothing to match: a merge into an empty glossary
	}
	for _, c := range t.byKey[key] {
		f(c)
	}
	return true
}

func (t *modelTarget) hasID(id string) bool { return t.ids[id] != nil }

func (t *modelTarget) head() *glossary.Glossary { return t.dst }

func (t *modelTarget) merged(*glossary.Concept, bool) {}

func (t *modelTarget) concepts(yield func(*glossary.Concept, error) bool) {
	for _, c := range t.dst.Concepts {
		if !yield(c, nil) {
			return
		}
	}
}

// AddLanguages adds langs, the languages of an incoming file, to those the glossary
// merged into declares, as [NewMerger] does.
func (m *Merger) AddLanguages(langs []string) { addLangs(m.t.head(), langs) }

// Merge merges in by the rules of [Merge] and reports whether it is new to the glossary:
// then it has its id and status, and the caller adds it after the glossary's concepts.
func (m *Merger) Merge(in *glossary.Concept) (added bool) {
	res := &m.res
	var cands []*glossary.Concept
	seen := map[*glossary.Concept]bool{}
	add := func(c *glossary.Concept) {
		if !seen[c] && !contains(in.Homonyms, c.ID) {
			seen[c] = true
			cands = append(cands, c)
		}
	}
langs:
	for _, lang := range termLangs(in) {
		for _, t := range in.Terms[lang] {
			if !m.t.candidates(termKey(lang, t.Text), add) {
				break langs
			}
		}
	}
	var match *glossary.Concept
	changed := false
	defer func() { m.t.merged(match, changed) }()
	switch {
	case len(cands) == 1:
		match = cands[0]
	case len(cands) > 1:
		for _, c := range cands {
			if c.ID == in.ID {
				match = c
			}
		}
		if match == nil {
			names := make([]string, len(cands))
			for i, c := range cands {
				names[i] = c.ID
			}
			res.Conflicts = append(res.Conflicts, Conflict{Concept: strings.Join(names, ", "),
				Field: "concept", Have: "several concepts share its terms", Got: describe(in)})
			return false
		}
	}
	if match == nil {
		in.ID = freeID(in, m.taken)
		if m.exact != nil {
			m.exact[in.ID] = true
		} else {
			m.added.Add(in.ID)
		}
		if in.Status == "" {
			in.Status = glossary.Proposed
		}
		res.Added = append(res.Added, in.ID)
		return true
	}
	if changed = MergeConcept(match, in, res); changed {
		m.addUpdated(match.ID)
	} else {
		res.Unchanged++
	}
	return false
}

// addUpdated adds id to the ids of the concepts updated, once: a hash met is checked
// against the list, so a hash shared by two ids loses neither.
func (m *Merger) addUpdated(id string) {
	if m.updated.Add(id) || !slices.Contains(m.res.Updated, id) {
		m.res.Updated = append(m.res.Updated, id)
	}
}

func (m *Merger) taken(id string) bool {
	if m.exact != nil {
		return m.exact[id] || m.t.hasID(id)
	}
	return m.added.Has(id) || m.t.hasID(id)
}

// TakeAdded returns the ids of the concepts added since it was last called, which
// [Merger.Result] then leaves out: a caller merging a file of a million rows keeps them more
// compactly than as a million strings.
func (m *Merger) TakeAdded() []string {
	ids := m.res.Added
	m.res.Added = nil
	return ids
}

// Result returns what the merge did so far.
func (m *Merger) Result() MergeResult { return m.res }

// Adder gives the concepts added one at a time to a new glossary the id and status that
// [Merge] into an empty glossary gives them, so that a large file can be imported as it is
// read. It keeps the ids given in an [IDSet], with its small chance of a suffix that Merge
// would not give. The zero Adder is ready to use.
type Adder struct {
	ids IDSet
}

// Add sets in's id (its own when free and well formed, else one made from it) and, when it
// has none, its status to proposed.
func (a *Adder) Add(in *glossary.Concept) {
	in.ID = freeID(in, a.ids.Has)
	a.ids.Add(in.ID)
	if in.Status == "" {
		in.Status = glossary.Proposed
	}
}

func describe(c *glossary.Concept) string {
	for _, l := range c.LangOrder {
		if len(c.Terms[l]) > 0 {
			return c.Terms[l][0].Text
		}
	}
	return c.ID
}

func appendOnce(list []string, s string) []string {
	if len(list) > 0 && list[len(list)-1] == s {
		return list
	}
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// freeID returns in.ID if it is well formed and unused, else an id made from a term.
func freeID(in *glossary.Concept, taken func(id string) bool) string {
	if in.ID != "" && idPattern.MatchString(in.ID) && !taken(in.ID) {
		return in.ID
	}
	base := ""
	if in.ID != "" {
		base = slug(in.ID)
	}
	if base == "" {
		for _, l := range append([]string{"en"}, in.LangOrder...) {
			for _, t := range in.Terms[l] {
				if s := slug(t.Text); s != "" {
					base = s
					break
				}
			}
			if base != "" {
				break
			}
		}
	}
	if base == "" {
		base = "term"
	}
	if !taken(base) {
		return base
	}
	for n := 2; ; n++ {
		id := base + "-" + strconv.Itoa(n)
		if !taken(id) {
			return id
		}
	}
}

// slug turns text into an id: lowercase ASCII letters and digits joined by hyphens; "" when
// the text has none.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			if b.Len() >= 60 {
				break
			}
		} else {
			dash = true
		}
	}
	return b.String()
}

// MergeConcept merges in into c by the rules of [Merge] (fill, append, replace in a
// proposed concept, report a conflict in a reviewed one), adding its conflicts to res;
// it reports whether c changed. Readers use it for rows that repeat a concept id.
func MergeConcept(c, in *glossary.Concept, res *MergeResult) bool {
	reviewed := c.Status == glossary.Approved || c.Status == glossary.Retired
	changed := false
	field := func(name string, have *string, got string) {
		switch {
		case got == "" || *have == got:
		case *have == "":
			*have = got
			changed = true
		case reviewed:
			res.Conflicts = append(res.Conflicts, Conflict{c.ID, name, *have, got})
		default:
			*have = got
			changed = true
		}
	}
	field("subject", &c.Subject, in.Subject)
	field("note", &c.Note, in.Note)
	if in.Status != "" && in.Status != c.Status {
		st := string(c.Status)
		field("status", &st, string(in.Status))
		c.Status = glossary.ConceptStatus(st)
	}
	for _, lang := range sortedKeys(in.Definition) {
		if c.Definition == nil {
			c.Definition = map[string]string{}
		}
		d := c.Definition[lang]
		field("definition."+lang, &d, in.Definition[lang])
		if d != "" {
			c.Definition[lang] = d
		}
	}
	for _, lang := range in.LangOrder {
		for _, t := range in.Terms[lang] {
			key := textnorm.Key(t.Text)
			var have *glossary.Term
			for _, h := range c.Terms[lang] {
				if textnorm.Key(h.Text) == key {
					have = h
					break
				}
			}
			name := fmt.Sprintf("%s term %q", lang, t.Text)
			if have == nil {
				if t.Status == glossary.Preferred || t.Status == "" {
					if p := c.Preferred(lang); p != nil {
						if reviewed {
							res.Conflicts = append(res.Conflicts, Conflict{c.ID, "preferred " + lang + " term", p.Text, t.Text})
							continue
						}
						t.Status = glossary.Admitted // one preferred term stays preferred
					}
				}
				c.AddTerm(lang, t)
				changed = true
				continue
			}
			st := string(have.Status)
			field("status of "+name, &st, string(t.Status))
			have.Status = glossary.TermStatus(st)
			field("part of speech of "+name, &have.PartOfSpeech, t.PartOfSpeech)
			field("note of "+name, &have.Note, t.Note)
		}
	}
	for _, s := range in.Sources {
		dup := false
		for _, h := range c.Sources {
			if h.Doc == s.Doc && h.Quote == s.Quote && h.Lang == s.Lang {
				dup = true
				if h.Loc == "" && s.Loc != "" {
					h.Loc = s.Loc
					changed = true
				}
				if h.URL == "" && s.URL != "" {
					h.URL = s.URL
					changed = true
				}
				break
			}
		}
		if !dup {
			c.Sources = append(c.Sources, s)
			changed = true
		}
	}
	return changed
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

// termLangs lists the languages of c's terms in a fixed order, so that the candidates of a
// merge, and the conflict naming them, come in the same order on every run: c.LangOrder,
// then any other language sorted.
func termLangs(c *glossary.Concept) []string {
	out := make([]string, 0, len(c.Terms))
	var rest []string
	for _, l := range c.LangOrder {
		if _, ok := c.Terms[l]; ok && !contains(out, l) {
			out = append(out, l)
		}
	}
	for l := range c.Terms {
		if !contains(out, l) {
			rest = append(rest, l)
		}
	}
	if len(rest) > 0 {
		slices.Sort(rest)
	}
	return append(out, rest...)
}
