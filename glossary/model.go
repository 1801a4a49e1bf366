package glossary

import "github.com/glossterm/gloss/internal/textpos"

// Glossary is a loaded glossary file. Concepts keep the order of the file.
type Glossary struct {
	Version   int      // the value of the top-level "gloss" key; FormatVersion today
	Languages []string // BCP 47 tags, in the order the file declares them
	Comment   string   // comment lines at the top of the file, without "# "
	Concepts  []*Concept

	File string // the file it was read from, for positions; "" for an embedded or built glossary
}

// FormatVersion is the only glossary format version this package reads and writes.
const FormatVersion = 1

// Concept is one entry: a meaning, with its terms in every language.
type Concept struct {
	ID         string
	Subject    string
	Status     ConceptStatus
	Definition map[string]string // language tag → text
	Note       string
	Translate  *bool    // false: terms are kept verbatim in translation (acronyms, names); nil: not said
	Homonyms   []string // ids of concepts allowed to share a term with this one
	Related    []string // ids of related concepts (a looser gloss, a broader term)
	Terms      map[string][]*Term
	Sources    []*Source
	Comment    string // comments found inside the entry, kept by fmt above it

	Pos       Pos            // where the entry starts
	FieldPos  map[string]Pos // where each key's value starts ("status", "definition.en", ...)
	LangOrder []string       // the languages of Terms in file order
}

// Term is one written form of a concept in one language.
type Term struct {
	Text         string
	Status       TermStatus // preferred, admitted, deprecated or forbidden
	PartOfSpeech string     // TBX partOfSpeech: noun, verb, adjective, adverb, properNoun, other
	Note         string
	Case         string   // "", "sensitive" or "insensitive": how matchers treat letter case
	Boundary     string   // "", "none", "script", "morpheme" or "word": how matchers check edges
	Except       []string // longer phrases inside which this term must not match (中国国防省 for 国防省)
	Forms        []string // extra written forms matched as this term (defence, 抑止する)
	Short        []string // short forms that stand for the term once a text has named it (the Alliance, the Treaty); TBX termType shortForm
	Verb         string   // the verb of the concept in this language (deter for deterrence), inflected by matchers
	Adjective    string   // the adjective of the concept in this language (North Korean for North Korea)

	Pos      Pos
	FieldPos map[string]Pos
}

// Source is the evidence for a concept: the document and the words quoted from it.
type Source struct {
	Lang  string
	Doc   string
	Quote string
	Loc   string // page, section or line in Doc
	URL   string

	Pos Pos
}

// ConceptStatus is the review state of a concept.
type ConceptStatus string

// Concept statuses.
const (
	Proposed ConceptStatus = "proposed"
	Approved ConceptStatus = "approved"
	Retired  ConceptStatus = "retired"
)

// TermStatus is the TBX administrative status of a term.
type TermStatus string

// Term statuses, as in TBX-Basic (preferredTerm-admn-sts, …).
const (
	Preferred  TermStatus = "preferred"
	Admitted   TermStatus = "admitted"
	Deprecated TermStatus = "deprecated"
	Forbidden  TermStatus = "forbidden"
)

// Valid reports whether s is one of the four statuses.
func (s TermStatus) Valid() bool {
	switch s {
	case Preferred, Admitted, Deprecated, Forbidden:
		return true
	}
	return false
}

// Allowed reports whether a translation may use a term of this status.
func (s TermStatus) Allowed() bool { return s == Preferred || s == Admitted }

// Valid reports whether s is one of the three statuses.
func (s ConceptStatus) Valid() bool {
	switch s {
	case Proposed, Approved, Retired:
		return true
	}
	return false
}

// Pos is a position in a glossary file. Line and Col are 1-based; Col counts runes.
// The zero Pos means "unknown".
type Pos = textpos.Pos

// TermsIn returns the concept's terms in lang, in file order.
func (c *Concept) TermsIn(lang string) []*Term { return c.Terms[lang] }

// Preferred returns the first preferred term in lang, or nil.
func (c *Concept) Preferred(lang string) *Term {
	for _, t := range c.Terms[lang] {
		if t.Status == Preferred {
			return t
		}
	}
	return nil
}

// Langs returns the languages the concept has terms in: the glossary's languages
// first, in their declared order, then any others in file order.
func (c *Concept) Langs(declared []string) []string {
	out := make([]string, 0, len(c.Terms))
	seen := map[string]bool{}
	for _, l := range declared {
		if _, ok := c.Terms[l]; ok && !seen[l] {
			out = append(out, l)
			seen[l] = true
		}
	}
	for _, l := range c.LangOrder {
		if !seen[l] {
			out = append(out, l)
			seen[l] = true
		}
	}
	return out
}

// Concept returns the concept with the given id, or nil.
func (g *Glossary) Concept(id string) *Concept {
	for _, c := range g.Concepts {
		if c.ID == id {
			return c
		}
	}
	return nil
}

// AddTerm appends a term in lang, keeping LangOrder in step. Importers and
// aligners build concepts with it.
func (c *Concept) AddTerm(lang string, t *Term) {
	if c.Terms == nil {
		c.Terms = map[string][]*Term{}
	}
	if _, ok := c.Terms[lang]; !ok {
		c.LangOrder = append(c.LangOrder, lang)
	}
	c.Terms[lang] = append(c.Terms[lang], t)
}
