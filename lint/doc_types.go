package lint

import (
	"fmt"

	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/textpos"
)

// Severity orders findings; --fail-level compares against it.
type Severity int

// Severities, lowest first.
const (
	Info Severity = iota
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	}
	return "info"
}

// ParseSeverity reads "error", "warning" or "info".
func ParseSeverity(s string) (Severity, bool) {
	switch s {
	case "error":
		return Error, true
	case "warning":
		return Warning, true
	case "info", "note":
		return Info, true
	}
	return 0, false
}

// MarshalText writes the severity's name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a severity's name, so that JSON reports read back.
func (s *Severity) UnmarshalText(b []byte) error {
	v, ok := ParseSeverity(string(b))
	if !ok {
		return fmt.Errorf("unknown severity %q (want error, warning or info)", b)
	}
	*s = v
	return nil
}

// Rule ids. They are stable: suppressions, baselines and SARIF rule ids use them.
const (
	RuleMissing      = "missing-term"      // the source has concept C, the translation none of C's approved terms
	RuleForbidden    = "forbidden-term"    // a forbidden term (error)
	RuleDeprecated   = "deprecated-term"   // a deprecated term (warning)
	RuleInconsistent = "inconsistent-term" // one concept rendered with two approved terms in one document
	RuleKeep         = "do-not-translate"  // a term of a concept with translate: false was not kept verbatim
	RuleShortForm    = "short-form"        // a note: a document renders a concept only by short forms, never naming it in full
	RuleParaphrased  = "paraphrased-term"  // an accepted rendering (a note with Options.NoteParaphrases): the translation renders each part of a term, not one of its terms
)

// Reasons a paraphrase satisfies a term (Finding.Reason): lint has found a rendering of
// every part of it.
const (
	ReasonParts      = "parts-rendered" // each content part within a few words ("cooperation in defense" for 防衛協力)
	ReasonElidedHead = "elided-head"    // the modifier rendered, the head understood from the noun before it
	ReasonClause     = "clause"         // a verbal-noun compound written as a clause (現状を変更しようとする試み, "fundamentally reinforce")
)

// RuleInfo describes a rule for reports (SARIF's rule table, which GitHub code scanning
// shows beside each alert).
type RuleInfo struct {
	ID       string // stable: suppressions, baselines and fingerprints use it
	Name     string // the rule's name in UpperCamelCase, as SARIF wants one distinct from the id
	Summary  string // one sentence
	Help     string // what the finding means and how to resolve or suppress it
	Severity Severity
}

// Rules lists every rule.
var Rules = []RuleInfo{
	{RuleMissing, "MissingTerm", "The source has a glossary term and the translation none of its approved renderings.",
		"The source segment contains a term of a glossary concept, but the translation contains none of the concept's preferred or admitted terms. " +
			"Use the preferred term the message names; if the rendering used is right, add it to the glossary as an admitted term. " +
			"To accept one case, add a `gloss-disable-next-line missing-term` comment or a segment note.", Error},
	{RuleForbidden, "ForbiddenTerm", "The text uses a term the glossary forbids.",
		"The glossary marks this rendering forbidden for the concept (often with a note saying why). " +
			"Replace it with the preferred term the message names; SARIF viewers offer the replacement as a fix.", Error},
	{RuleDeprecated, "DeprecatedTerm", "The text uses a term the glossary deprecates.",
		"The glossary marks this rendering deprecated: it is understood but no longer used. " +
			"Replace it with the preferred term the message names.", Warning},
	{RuleInconsistent, "InconsistentTerm", "One concept is rendered with two different approved terms in one file.",
		"Both renderings are approved, but one file (or, with --consistency run, one run) should use one of them throughout. " +
			"The message names the rendering used most often; use it here too.", Warning},
	{RuleKeep, "DoNotTranslate", "A term that must be kept verbatim (translate: false) is missing from the translation.",
		"The glossary says this term (typically an acronym or a name) is kept as written. " +
			"Copy it into the translation unchanged, even if a translated form is given beside it.", Error},
	{RuleShortForm, "ShortFormOnly", "A document renders a term only by its short form and never names it in full.",
		"A short form the glossary lists (\"the Alliance\" for \"Japan-U.S. Alliance\") renders the term, but a reader needs the full form once. " +
			"Write the full form at its first mention, or ignore this note where the context names it.", Info},
	{RuleParaphrased, "ParaphrasedTerm", "The translation renders each part of a glossary term, but none of its approved terms.",
		"The source has a term of several parts (\"defense cooperation\", 防衛協力) and the translation renders every part within a few words, by the glossary, " +
			"the dictionary, a loanword's sound or another form of the word (\"cooperation in defense\"), as official translations vary word order, number and modifiers. " +
			"The paraphrase renders the term: by default it is accepted, no finding (JSON lists it under \"accepted\"), and reported as this note only with --note-paraphrases. " +
			"The note's span is the paraphrase: keep it where the sentence needs it, or use the approved term the message names. " +
			"A part left out is still a missing-term error.", Info},
}

// Finding is one problem, with its position in the file. Line and Col are 1-based; Col
// counts Unicode code points, ByteCol UTF-8 bytes; Offset and EndOffset are byte offsets.
type Finding struct {
	File        string   `json:"file"`
	Line        int      `json:"line"`
	Col         int      `json:"col"`
	EndLine     int      `json:"endLine"`
	EndCol      int      `json:"endCol"`
	ByteCol     int      `json:"byteCol"`
	EndByteCol  int      `json:"endByteCol"`
	Offset      int      `json:"offset"`
	EndOffset   int      `json:"endOffset"`
	Rule        string   `json:"rule"`
	Severity    Severity `json:"severity"`
	Concept     string   `json:"concept"`
	Term        string   `json:"term,omitempty"` // the text found (or, for missing-term, the source term)
	Lang        string   `json:"lang,omitempty"`
	Message     string   `json:"message"`
	Suggestion  string   `json:"suggestion,omitempty"` // the replacement, when there is one
	Segment     string   `json:"segment,omitempty"`    // the segment id, when the format has one
	Fingerprint string   `json:"fingerprint"`          // stable across line moves, for baselines and SARIF
	// Reason says how a paraphrased-term rendering satisfies its term (ReasonParts,
	// ReasonElidedHead, ReasonClause); such a rendering is accepted, not a finding, unless
	// Options.NoteParaphrases asks for it ([Run.Accepted]).
	Reason string `json:"reason,omitempty"`
	// fingerprintContext is the text of the finding's segment until fingerprintBase, the
	// hash of everything but the counter of repeats, is computed from it; a finding keeps
	// neither once it is fingerprinted, nor its segment's text once the segment is done.
	fingerprintContext string
	fingerprintBase    string
	// unless, on a missing-term finding for a short wording of a concept (shortwording.go),
	// is that concept: the finding holds only where the document names it.
	unless *glossary.Concept
	// we, on a finding for a party of a joint statement that the translation says by
	// "we" (weparty.go), is that party: the finding is a note where the document's
	// translation names it elsewhere.
	we *glossary.Concept
	// weHow, with we, says how the translation refers to the concept it does not name.
	weHow reference
}

// reference is how a translation refers to a concept of its source without naming it:
// each lowers a missing term to a note where the document names the concept elsewhere.
type reference uint8

const (
	// byWe: the parties of a joint statement said by "we" (weparty.go).
	byWe reference = iota
	// byPronoun: a concept the source refers back to with a demonstrative (この国際秩序),
	// said by a pronoun (anaphor.go).
	byPronoun
	// byContext: the source's subject, left to the context in a passive with no agent
	// (zerosubject.go).
	byContext
	// byHead: the meeting the source names, referred to by its head noun, "the Meeting"
	// (eventhead.go).
	byHead
	// byTitle: the body or country of a post, left out where the translation refers to
	// the post by its title, "the Secretary General" (posttitle.go).
	byTitle
	// byCollective: one of two parties that the source names as a clause's subject, left
	// to the translation's collective noun for the two, 両大臣 (pairsubject.go).
	byCollective
	// byHeadRef: a thing named before, referred to by the head noun of its name after a
	// demonstrative or before its number, "this resolution", "Resolution 2321" (headref.go).
	byHeadRef
	// byZero: an English possessor or the object of an aiming preposition, left to the
	// context in Japanese once the text has named it (zeroarg.go).
	byZero
)

// referenceNotes are the notes' reasons, by reference.
var referenceNotes = [...]string{
	byWe:         `; the translation says "we" for the statement's parties, which it names elsewhere`,
	byPronoun:    "; the source refers back to it with a demonstrative, which the translation may say by a pronoun: it names it elsewhere",
	byContext:    "; the translation leaves the source's subject to the context in a passive with no agent: it names it elsewhere",
	byHead:       "; the translation refers to the meeting by its head noun with the definite article: the document names it elsewhere",
	byTitle:      "; the translation refers to the post by its title with the definite article: the document names it elsewhere",
	byCollective: "; the translation leaves the two parties of the clause to its collective noun for them: the document names it elsewhere",
	byHeadRef:    "; the translation refers to it by its head noun after a demonstrative or before its number: the document names it only after",
	byZero:       "; the translation leaves the possessor or the aim to the context: it names it only after",
}

// Text is one piece of a file that lint reads: a cell, a paragraph, an XLIFF target, a
// TMX segment, with anchors mapping offsets in its Value to byte offsets in the file. It
// is the type the exports readers return, so their texts need no copying.
type Text = exports.Text

// Anchor says that byte Text of a Text's Value is byte File of its file; bytes after it
// follow one for one until the next anchor.
type Anchor = exports.Anchor

// Segment is one translation unit: a source text and its translation, or, in a
// monolingual document, the Target alone.
type Segment struct {
	ID string
	// Part names the document within the file that the segment belongs to, where a file
	// holds several (a TSV's doc column, or the document part of ids such as 01-05); ""
	// when the file is one document. The consistency check and the short-form note work
	// per part.
	Part   string
	Source Text
	Target Text
	// Ignore lists rules or concept ids a per-segment note suppresses; "*" suppresses all.
	Ignore []string
}

// Doc is one file to lint. Content is the file as read, for lines and columns and the
// inline gloss-disable comments; the readers keep it, and segments may share its memory,
// so it must not be modified after reading.
type Doc struct {
	File       string
	Content    []byte
	SourceLang string // "" in a monolingual document
	TargetLang string
	// Direction says in which direction a bilingual file is checked and what says so
	// ("ja → en, from the glossary's languages and the order of the <tuv>s").
	Direction string
	Segments  []Segment
	// Monolingual documents have targets only: the text checked in TargetLang. In a
	// bilingual document read from two files (ReadPaired), File and Content are the
	// translation's; source positions are never reported.
	Monolingual bool
	// stream says how a document linted from its file as a stream is read (Content is
	// nil); nil for one read whole.
	stream *streamed
}

// size is the number of bytes of the document's file.
func (d *Doc) size() int {
	if d.stream != nil {
		return d.stream.size
	}
	return len(d.Content)
}

// A positioner converts file offsets into 1-based lines, code-point columns and byte
// columns.
type positioner interface {
	pos(off int) (line, col, bcol int)
}

// lines indexes line starts for positions.
type lines struct{ *textpos.Lines[[]byte] }

func newLines(content []byte) *lines { return &lines{textpos.New(content)} }

// pos returns the 1-based line, code-point column and byte column of off.
func (l *lines) pos(off int) (line, col, bcol int) { return l.Locate(off) }

// parts reports whether the document's segments name parts (Segment.Part).
func (d *Doc) parts() bool {
	for i := range d.Segments {
		if d.Segments[i].Part != "" {
			return true
		}
	}
	return false
}
