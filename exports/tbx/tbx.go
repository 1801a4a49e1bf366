package tbx

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/exports/internal/columns"
	"github.com/glossterm/gloss/exports/internal/xmlx"
	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/textfile"
)

// Version is a TBX generation.
type Version int

// TBX generations.
const (
	V2 Version = 2 // TBX v2 TBX-Basic: martif, termEntry, langSet, tig
	V3 Version = 3 // ISO 30042:2019 TBX-Basic, DCA style: tbx, conceptEntry, langSec, termSec
)

// Namespace is the default TBX v3 namespace.
const Namespace = "urn:iso:std:iso:30042:ed-2"

type names struct {
	root, header, entry, lang, term string
}

var v2Names = names{"martif", "martifHeader", "termEntry", "langSet", "tig"}
var v3Names = names{"tbx", "tbxHeader", "conceptEntry", "langSec", "termSec"}

// adminStatus maps gloss term statuses onto TBX administrativeStatus values.
var adminStatus = map[glossary.TermStatus]string{
	glossary.Preferred:  "preferredTerm-admn-sts",
	glossary.Admitted:   "admittedTerm-admn-sts",
	glossary.Deprecated: "supersededTerm-admn-sts",
	glossary.Forbidden:  "deprecatedTerm-admn-sts",
}

// workingStatus maps concept statuses onto TBX elementWorkingStatus values.
var workingStatus = map[glossary.ConceptStatus]string{
	glossary.Proposed: "workingElement",
	glossary.Approved: "finalizedElement",
	glossary.Retired:  "archiveElement",
}

// Write writes the selected concepts of g as TBX of the given version and reports what the
// format dropped.
func Write(w io.Writer, g *glossary.Glossary, v Version, opt exports.Options) (*exports.Report, error) {
	return WriteSource(w, exports.FromGlossary(g), v, opt)
}

// WriteSource is Write for a Source, which may stream its concepts.
func WriteSource(w io.Writer, src exports.Source, v Version, opt exports.Options) (*exports.Report, error) {
	n := v2Names
	format := "tbx"
	if v == V3 {
		n = v3Names
		format = "tbx3"
	}
	rep := &exports.Report{Format: format}
	langs := opt.Order(src.Languages)
	srcLang, _ := opt.Pair(src.Languages)
	bw := bufio.NewWriterSize(w, 64<<10)
	e := &emitter{w: bw, rep: rep}
	e.raw(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	if v == V3 {
		ns := opt.Namespace
		if ns == "" {
			ns = Namespace
		}
		e.raw(fmt.Sprintf(`<tbx type="TBX-Basic" style="dca" xml:lang="%s" xmlns="%s">`+"\n", xmlx.EscapeAttr(opt.Tag(srcLang)), xmlx.EscapeAttr(ns)))
	} else {
		e.raw(fmt.Sprintf(`<martif type="TBX-Basic" xml:lang="%s">`+"\n", xmlx.EscapeAttr(opt.Tag(srcLang))))
	}
	e.raw("  <" + n.header + ">\n    <fileDesc>\n")
	desc := "gloss export"
	if opt.Version != "" {
		desc += " " + opt.Version
	}
	e.raw("      <sourceDesc><p>" + e.text(desc) + "</p></sourceDesc>\n    </fileDesc>\n")
	if v == V2 {
		e.raw("    <encodingDesc><p type=\"XCSURI\">TBXBasicXCSV02.xcs</p></encodingDesc>\n")
	}
	e.raw("  </" + n.header + ">\n  <text>\n    <body>\n")
	for c, err := range src.Concepts {
		if err != nil {
			return rep, err
		}
		if !opt.Selected(c) {
			continue
		}
		var present []string
		for _, l := range langs {
			if len(c.Terms[l]) > 0 {
				present = append(present, l)
			}
		}
		for _, l := range c.LangOrder {
			if len(c.Terms[l]) > 0 && !slices.Contains(present, l) {
				present = append(present, l)
			}
		}
		if len(present) == 0 {
			rep.Drop("concepts without terms", 1)
			continue
		}
		rep.Written++
		rep.DropConceptFields(c, "short")
		for l := range c.Definition {
			if len(c.Terms[l]) == 0 {
				rep.Drop("definitions in a language without terms", 1)
			}
		}
		e.raw(fmt.Sprintf("      <%s id=\"%s\">\n", n.entry, xmlx.EscapeAttr(c.ID)))
		if c.Subject != "" {
			e.raw("        <descrip type=\"subjectField\">" + e.text(c.Subject) + "</descrip>\n")
		}
		st := c.Status
		if st == "" {
			st = glossary.Proposed
		}
		e.raw("        <admin type=\"elementWorkingStatus\">" + workingStatus[st] + "</admin>\n")
		if c.Note != "" {
			e.raw("        <note>" + e.text(c.Note) + "</note>\n")
		}
		for _, s := range c.Sources {
			e.raw("        <descripGrp>\n")
			lang := ""
			if s.Lang != "" {
				lang = fmt.Sprintf(` xml:lang="%s"`, xmlx.EscapeAttr(opt.Tag(s.Lang)))
			}
			e.raw(fmt.Sprintf("          <descrip type=\"context\"%s>%s</descrip>\n", lang, e.text(s.Quote)))
			e.raw("          <admin type=\"source\">" + e.text(s.Doc) + "</admin>\n")
			if s.Loc != "" {
				e.raw("          <admin type=\"sourceIdentifier\">" + e.text(s.Loc) + "</admin>\n")
			}
			if s.URL != "" {
				e.raw(fmt.Sprintf("          <xref type=\"externalCrossReference\" target=\"%s\">%s</xref>\n", xmlx.EscapeAttr(s.URL), e.text(s.URL)))
			}
			e.raw("        </descripGrp>\n")
		}
		for _, l := range present {
			e.raw(fmt.Sprintf("        <%s xml:lang=\"%s\">\n", n.lang, xmlx.EscapeAttr(opt.Tag(l))))
			if d := c.Definition[l]; d != "" {
				e.raw("          <descrip type=\"definition\">" + e.text(d) + "</descrip>\n")
			}
			for _, t := range c.Terms[l] {
				e.raw("          <" + n.term + ">\n            <term>" + e.text(t.Text) + "</term>\n")
				if t.PartOfSpeech != "" {
					e.raw("            <termNote type=\"partOfSpeech\">" + e.text(t.PartOfSpeech) + "</termNote>\n")
				}
				ts := t.Status
				if ts == "" {
					ts = glossary.Preferred
				}
				if a, ok := adminStatus[ts]; ok {
					e.raw("            <termNote type=\"administrativeStatus\">" + a + "</termNote>\n")
				}
				if t.Note != "" {
					e.raw("            <note>" + e.text(t.Note) + "</note>\n")
				}
				e.raw("          </" + n.term + ">\n")
				// Short forms are terms of their own in TBX, typed shortForm, with the
				// status of the term they stand for; the reader attaches them back to it.
				for _, sf := range t.Short {
					e.raw("          <" + n.term + ">\n            <term>" + e.text(sf) + "</term>\n")
					e.raw("            <termNote type=\"termType\">shortForm</termNote>\n")
					if a, ok := adminStatus[ts]; ok {
						e.raw("            <termNote type=\"administrativeStatus\">" + a + "</termNote>\n")
					}
					e.raw("          </" + n.term + ">\n")
				}
			}
			e.raw("        </" + n.lang + ">\n")
		}
		e.raw("      </" + n.entry + ">\n")
	}
	e.raw("    </body>\n  </text>\n</" + n.root + ">\n")
	if e.err == nil {
		e.err = bw.Flush()
	}
	return rep, e.err
}

type emitter struct {
	w   *bufio.Writer
	rep *exports.Report
	err error
}

func (e *emitter) raw(s string) {
	if e.err == nil {
		_, e.err = e.w.WriteString(s)
	}
}

func (e *emitter) text(s string) string {
	out, ok := xmlx.EscapeText(s)
	if !ok {
		e.rep.Drop("characters XML cannot carry", 1)
	}
	return out
}

// Read reads TBX v2 (martif) or v3 (tbx) into a glossary. Languages found in the file are
// mapped onto known (for example ja-JP onto ja when known holds ja); the glossary's
// languages are known, then the others in file order.
func Read(r io.Reader, file string, known []string) (*glossary.Glossary, error) {
	g, _, err := ReadWarn(r, file, known)
	return g, err
}

// ReadWarn is Read, and also returns what the file does that a TBX file should not but
// which does not stop reading it: a root element in a namespace other than TBX's.
func ReadWarn(r io.Reader, file string, known []string) (*glossary.Glossary, []error, error) {
	d, err := xmlx.NewDecoder(r, file)
	if err != nil {
		return nil, nil, err
	}
	rd := &reader{d: d, lm: columns.Mapper{Known: known}, g: exports.NewGlossary()}
	if err := rd.read(); err != nil {
		return nil, rd.warnings, err
	}
	if err := rd.body(); err != nil {
		return nil, rd.warnings, err
	}
	return rd.g, rd.warnings, nil
}

// Scan is [ReadWarn] for a file of any size up to the exchange files' limit: it reads
// the root element at once (the warnings are about it), and returns the concepts as a
// Source whose Concepts reads the entries as it yields them, one concept at a time, and
// can be ranged over once. Its languages are the root's and those of every language
// section's tag in data, found by a look at the bytes before reading; a file whose
// sections turn out to have others yields [exports.ErrNotStreamed]: such a file is read
// with Read.
func Scan(data []byte, file string, known []string) (exports.Source, []error, error) {
	if int64(len(data)) > textfile.Exchange.Limit {
		return exports.Source{}, nil, textfile.Exchange.TooLarge(file)
	}
	d, err := xmlx.NewDecoder(bytes.NewReader(data), file)
	if err != nil {
		return exports.Source{}, nil, err
	}
	rd := &reader{d: d, lm: columns.Mapper{Known: known}, g: exports.NewGlossary()}
	if err := rd.read(); err != nil {
		return exports.Source{}, rd.warnings, err
	}
	want := slices.Clone(rd.g.Languages)
	for _, l := range xmlx.TagLangs(data, "langSet", "langSec") {
		if l = rd.lm.Map(l); l != "" && !slices.Contains(want, l) {
			want = append(want, l)
		}
	}
	concepts := func(yield func(*glossary.Concept, error) bool) {
		stopped := false
		rd.emit = func(c *glossary.Concept) error {
			have := rd.g.Languages
			if len(have) > len(want) || !slices.Equal(have, want[:len(have)]) {
				return exports.ErrNotStreamed
			}
			if !yield(c, nil) {
				stopped = true
				return exports.ErrNotStreamed
			}
			return nil
		}
		err := rd.body()
		switch {
		case stopped:
		case err != nil:
			yield(nil, err)
		case !slices.Equal(rd.g.Languages, want):
			yield(nil, exports.ErrNotStreamed)
		}
	}
	return exports.Source{Languages: want, Concepts: concepts}, rd.warnings, nil
}

type reader struct {
	d        *xmlx.Decoder
	lm       columns.Mapper
	g        *glossary.Glossary
	rootLang string
	warnings []error
	emit     func(*glossary.Concept) error // an entry read; nil appends it to g
}

// checkNamespace warns about a root element in another vocabulary's namespace: TBX v2
// (martif) has none, TBX v3 (tbx) has urn:iso:std:iso:30042 (edition 2 in ISO 30042:2019).
func (rd *reader) checkNamespace(se xml.StartElement, line, col int) {
	ns := se.Name.Space
	switch {
	case se.Name.Local == "martif" && ns == "":
	case se.Name.Local == "tbx" && strings.HasPrefix(ns, "urn:iso:std:iso:30042"):
	default:
		want := "TBX's " + Namespace
		if se.Name.Local == "martif" {
			want = "none, as TBX v2 has"
		}
		got := "no namespace"
		if ns != "" {
			got = "the namespace " + ns
		}
		rd.warnings = append(rd.warnings, exports.Errorf(rd.d.File, line, col, "check that the file is TBX; a tool that wrote it may need fixing",
			"<%s> is in %s, not %s; read as TBX anyway", se.Name.Local, got, want))
	}
}

func (rd *reader) errAt(line, col int, hint, format string, args ...any) error {
	return exports.Errorf(rd.d.File, line, col, hint, format, args...)
}

func (rd *reader) addLang(l string) {
	for _, x := range rd.g.Languages {
		if x == l {
			return
		}
	}
	rd.g.Languages = append(rd.g.Languages, l)
}

// read reads up to the root element and takes its language.
func (rd *reader) read() error {
	for {
		line, col := rd.d.Pos()
		tok, err := rd.d.Token()
		if err == io.EOF {
			return rd.errAt(line, col, "is this a TBX file?", "no <martif> or <tbx> root element")
		}
		if err != nil {
			return err
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "martif", "tbx":
			rd.checkNamespace(se, line, col)
		default:
			return rd.errAt(line, col, "a TBX file starts with <martif> (TBX v2) or <tbx> (TBX v3)", "root element <%s> is not TBX", se.Name.Local)
		}
		if l, ok := xmlx.Lang(se); ok {
			rd.rootLang = rd.lm.Map(l)
			if rd.rootLang != "" {
				rd.addLang(rd.rootLang)
			}
		}
		return nil
	}
}

// body reads up to the end of the root, picking up every entry.
func (rd *reader) body() error {
	for {
		tok, line, col, err := rd.d.Next("the TBX root")
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "termEntry", "conceptEntry":
				if err := rd.entry(t, line, col); err != nil {
					return err
				}
			case "martifHeader", "tbxHeader", "back", "refObjectSec":
				if err := rd.d.Skip(); err != nil {
					return err
				}
			}
		case xml.EndElement:
			if t.Name.Local == "martif" || t.Name.Local == "tbx" {
				return nil
			}
		}
	}
}

func (rd *reader) entry(se xml.StartElement, line, col int) error {
	c := &glossary.Concept{ID: xmlx.Attr(se, "id")}
	for {
		tok, l, cl, err := rd.d.Next("<" + se.Name.Local + ">")
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "langSet", "langSec":
				if err := rd.langSet(c, t, l, cl); err != nil {
					return err
				}
			case "descrip":
				typ := xmlx.Attr(t, "type")
				text, err := rd.d.Text()
				if err != nil {
					return err
				}
				switch typ {
				case "subjectField":
					c.Subject = clean(text)
				case "definition":
					if rd.rootLang != "" {
						setDef(c, rd.rootLang, text)
					}
				}
			case "admin":
				typ := xmlx.Attr(t, "type")
				text, err := rd.d.Text()
				if err != nil {
					return err
				}
				if typ == "elementWorkingStatus" {
					for st, v := range workingStatus {
						if strings.TrimSpace(text) == v {
							c.Status = st
						}
					}
				}
			case "note":
				text, err := rd.d.Text()
				if err != nil {
					return err
				}
				c.Note = joinNote(c.Note, text)
			case "descripGrp":
				if err := rd.source(c, t); err != nil {
					return err
				}
			default:
				if err := rd.d.Skip(); err != nil {
					return err
				}
			}
		case xml.EndElement:
			if len(c.Terms) == 0 {
				return rd.errAt(line, col, "every entry needs a language section with a term", "<%s id=%q> has no terms", se.Name.Local, c.ID)
			}
			if rd.emit != nil {
				return rd.emit(c)
			}
			rd.g.Concepts = append(rd.g.Concepts, c)
			return nil
		}
	}
}

func setDef(c *glossary.Concept, lang, text string) {
	if c.Definition == nil {
		c.Definition = map[string]string{}
	}
	c.Definition[lang] = clean(text)
}

func joinNote(have, text string) string {
	text = clean(text)
	if have == "" {
		return text
	}
	if text == "" {
		return have
	}
	return have + "\n" + text
}

// clean trims a text read from XML.
func clean(s string) string { return strings.TrimSpace(s) }

func (rd *reader) source(c *glossary.Concept, se xml.StartElement) error {
	s := &glossary.Source{}
	for {
		tok, err := rd.d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			typ := xmlx.Attr(t, "type")
			lang, hasLang := xmlx.Lang(t)
			target := xmlx.Attr(t, "target")
			text, err := rd.d.Text()
			if err != nil {
				return err
			}
			switch {
			case t.Name.Local == "descrip":
				s.Quote = clean(text)
				if hasLang {
					s.Lang = rd.lm.Map(lang)
				}
				if typ == "definition" {
					// a definition group at concept level: a definition in the root language
					s.Quote = ""
					if rd.rootLang != "" {
						setDef(c, rd.rootLang, text)
					}
				}
			case t.Name.Local == "admin" && typ == "source":
				s.Doc = clean(text)
			case t.Name.Local == "admin" && typ == "sourceIdentifier":
				s.Loc = clean(text)
			case t.Name.Local == "xref":
				s.URL = target
			}
		case xml.EndElement:
			if s.Doc != "" {
				c.Sources = append(c.Sources, s)
			}
			return nil
		}
	}
}

func (rd *reader) langSet(c *glossary.Concept, se xml.StartElement, line, col int) error {
	raw, ok := xmlx.Lang(se)
	if !ok || strings.TrimSpace(raw) == "" {
		return rd.errAt(line, col, `add xml:lang="ja" (or the section's language)`, "<%s> has no xml:lang attribute", se.Name.Local)
	}
	lang := rd.lm.Map(raw)
	if lang == "" {
		return rd.errAt(line, col, "use a BCP 47 tag such as ja, en or en-US", "xml:lang %q is not a language tag", raw)
	}
	rd.addLang(lang)
	for {
		l, cl := rd.d.Pos()
		tok, err := rd.d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "tig", "ntig", "termSec":
				term, typ, err := rd.term(t, l, cl)
				if err != nil {
					return err
				}
				if term == nil {
					break
				}
				// A short form or abbreviation after a term is one of that term's short
				// forms (a TBX file of another tool may also list it first: then it is a
				// term of its own).
				if ts := c.Terms[lang]; (typ == "shortForm" || typ == "abbreviation") && len(ts) > 0 {
					full := ts[len(ts)-1]
					full.Short = append(full.Short, term.Text)
					break
				}
				c.AddTerm(lang, term)
			case "descrip":
				typ := xmlx.Attr(t, "type")
				text, err := rd.d.Text()
				if err != nil {
					return err
				}
				if typ == "definition" {
					setDef(c, lang, text)
				}
			case "descripGrp":
				// <descripGrp><descrip type="definition">…</descrip><admin type="source">…</admin></descripGrp>
				tmp := &glossary.Concept{}
				save := rd.rootLang
				rd.rootLang = lang
				err := rd.source(tmp, t)
				rd.rootLang = save
				if err != nil {
					return err
				}
				if d := tmp.Definition[lang]; d != "" {
					setDef(c, lang, d)
				}
				for _, s := range tmp.Sources {
					if s.Lang == "" && s.Quote != "" {
						s.Lang = lang
					}
					c.Sources = append(c.Sources, s)
				}
			default:
				if err := rd.d.Skip(); err != nil {
					return err
				}
			}
		case xml.EndElement:
			return nil
		}
	}
}

// statusOf reads an administrativeStatus (or normativeAuthorization) value.
func statusOf(v string) (glossary.TermStatus, bool) {
	v = strings.TrimSpace(v)
	for st, a := range adminStatus {
		if v == a {
			return st, true
		}
	}
	switch strings.ToLower(strings.TrimSuffix(v, "-admn-sts")) {
	case "preferred", "preferredterm":
		return glossary.Preferred, true
	case "admitted", "admittedterm":
		return glossary.Admitted, true
	case "notrecommended", "notrecommendedterm", "not recommended", "obsolete", "obsoleteterm", "superseded", "supersededterm", "deprecated":
		return glossary.Deprecated, true
	case "deprecatedterm", "forbidden":
		return glossary.Forbidden, true
	}
	return "", false
}

func (rd *reader) term(se xml.StartElement, line, col int) (*glossary.Term, string, error) {
	t := &glossary.Term{Status: glossary.Preferred}
	found := false
	termType := ""
	for {
		l, cl := rd.d.Pos()
		tok, err := rd.d.Token()
		if err != nil {
			return nil, "", err
		}
		switch x := tok.(type) {
		case xml.StartElement:
			switch x.Name.Local {
			case "termGrp":
				// ntig: <termGrp><term/><termNote/></termGrp>; read its children in place
				continue
			case "term":
				text, err := rd.d.Text()
				if err != nil {
					return nil, "", err
				}
				t.Text = clean(text)
				found = true
			case "termNote":
				typ := xmlx.Attr(x, "type")
				text, err := rd.d.Text()
				if err != nil {
					return nil, "", err
				}
				switch typ {
				case "administrativeStatus", "normativeAuthorization":
					st, ok := statusOf(text)
					if !ok {
						return nil, "", rd.errAt(l, cl, "use preferredTerm-admn-sts, admittedTerm-admn-sts, supersededTerm-admn-sts or deprecatedTerm-admn-sts",
							"unknown %s %q", typ, clean(text))
					}
					t.Status = st
				case "partOfSpeech":
					t.PartOfSpeech = clean(text)
				case "termType":
					termType = clean(text)
				}
			case "note":
				text, err := rd.d.Text()
				if err != nil {
					return nil, "", err
				}
				t.Note = joinNote(t.Note, text)
			default:
				if err := rd.d.Skip(); err != nil {
					return nil, "", err
				}
			}
		case xml.EndElement:
			if x.Name.Local == "termGrp" {
				continue
			}
			if !found || t.Text == "" {
				return nil, "", rd.errAt(line, col, "every term section needs a non-empty <term>", "<%s> has no term", se.Name.Local)
			}
			return t, termType, nil
		}
	}
}
