package xliff

import (
	"encoding/xml"
	"io"
	"strings"

	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/exports/internal/xmlx"
)

// Unit is one segment: a 1.2 trans-unit (or one SDLXLIFF mrk segment), or a 2.x segment.
type Unit struct {
	ID             string
	Source, Target exports.Text
	HasTarget      bool
	State          string // the state as written: 1.2 target state, 2.x segment state, or the vendor status
	Locked         bool   // translate="no", sdl locked, mq:locked, m:locked
	Translated     bool   // the state says translated, reviewed, final or signed off (or a target with no state)
	Notes          []string
	Line, Col      int
	// SourceXML and TargetXML are where the source's and the target's content is in the
	// file, as byte offsets [start, end): their inner XML, inline codes included, for a
	// reader that keeps the codes (gloss tm add). {0, 0} when there is none.
	SourceXML, TargetXML [2]int
}

// Checked reports whether lint checks the unit by default: translated or later, and not locked.
func (u *Unit) Checked() bool { return u.HasTarget && u.Translated && !u.Locked }

// File is a parsed XLIFF document.
type File struct {
	Version                string // "1.2", "2.0", "2.1"
	SourceLang, TargetLang string
	Units                  []Unit
}

type parser struct {
	// raw returns the file's bytes [off, end) as read, or nil when they are not at hand.
	raw  func(off, end int) []byte
	d    *xmlx.Decoder
	f    *File
	file string
	// SDLXLIFF segment definitions of the current trans-unit: mid → status.
	sdl map[string]sdlSeg
	// each takes the units one at a time instead of File.Units (ParseEach); its first
	// error stops the parse.
	each func(f *File, u *Unit) error
	err  error
}

// add hands a unit to each, or appends it to the file's units.
func (p *parser) add(u Unit) {
	if p.each == nil {
		p.f.Units = append(p.f.Units, u)
		return
	}
	if p.err == nil {
		p.err = p.each(p.f, &u)
	}
}

type sdlSeg struct {
	conf   string
	locked bool
}

// Parse reads an XLIFF document. Errors carry the file, line and column.
func Parse(data []byte, file string) (*File, error) {
	return parse(data, file, nil)
}

// ParseEach reads an XLIFF document like Parse, but hands each unit to each as soon as it
// is read, with the file's version and languages as known by then (those of the <xliff>
// element and the first <file>, which come before any unit), and leaves File.Units empty:
// a reader that needs one unit at a time does not hold them all. The unit is each's to
// keep. An error from each stops the parse and is returned.
func ParseEach(data []byte, file string, each func(f *File, u *Unit) error) (*File, error) {
	return parse(data, file, each)
}

// ParseReader is ParseEach for a file read from r as it is parsed: it holds one unit's
// bytes at a time, not the file, so that a reader of a large file that keeps what each
// hands it in a bounded form reads it in bounded memory. Units, errors and their
// positions are those of ParseEach on the same bytes.
//
// raw returns the file's bytes [off, end) as r returned them, nil when they are gone: a
// reader that keeps what it has read, from the line where the unit being read starts
// on, saves the parser a copy of every byte (r is read a byte at a time when it is an
// io.ByteReader). With raw nil, the parser keeps the bytes of the token being read
// itself, and more than exports.MaxInput bytes is an error.
func ParseReader(r io.Reader, raw func(off, end int) []byte, file string, each func(f *File, u *Unit) error) (*File, error) {
	if raw != nil {
		return parseWith(xmlx.NewDecoderReader(r, file), raw, file, each)
	}
	d := xmlx.NewRecordingDecoder(r, file)
	raw = func(off, end int) []byte { return d.Raw(int64(off), int64(end)) }
	return parseWith(d, raw, file, each)
}

func parse(data []byte, file string, each func(f *File, u *Unit) error) (*File, error) {
	raw := func(off, end int) []byte {
		if end > len(data) || off > end {
			end = off
		}
		return data[off:end]
	}
	return parseWith(xmlx.NewDecoderBytes(data, file), raw, file, each)
}

func parseWith(d *xmlx.Decoder, raw func(off, end int) []byte, file string, each func(f *File, u *Unit) error) (*File, error) {
	p := &parser{raw: raw, d: d, f: &File{}, file: file, each: each}
	for {
		tok, err := p.d.Token()
		if err == io.EOF {
			return nil, exports.Errorf(file, 1, 1, "export the file again as XLIFF", "no <xliff> element")
		}
		if err != nil {
			return nil, err
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if se.Name.Local != "xliff" {
			line, col := p.d.Pos()
			return nil, exports.Errorf(file, line, col, "lint reads XLIFF 1.2 and 2.x files", "the root element is <%s>, not <xliff>", se.Name.Local)
		}
		p.f.Version = xmlx.Attr(se, "version")
		p.f.SourceLang = xmlx.Attr(se, "srcLang")
		p.f.TargetLang = xmlx.Attr(se, "trgLang")
		if err := p.body(); err != nil {
			return nil, err
		}
		if p.err != nil {
			return nil, p.err
		}
		return p.f, nil
	}
}

// body walks the document under <xliff> until its end.
func (p *parser) body() error {
	depth := 0
	for {
		p.d.Forget(p.d.InputOffset()) // what a recording decoder holds: one unit at a time
		tok, line, col, err := p.d.Next("<xliff>")
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "file":
				if v := xmlx.Attr(t, "source-language"); v != "" && p.f.SourceLang == "" {
					p.f.SourceLang = v
				}
				if v := xmlx.Attr(t, "target-language"); v != "" && p.f.TargetLang == "" {
					p.f.TargetLang = v
				}
				depth++
			case "trans-unit":
				if err := p.transUnit(t, line, col); err != nil {
					return err
				}
			case "unit":
				if err := p.unit2(t, line, col); err != nil {
					return err
				}
			default:
				depth++
			}
		case xml.EndElement:
			if depth == 0 {
				return nil
			}
			depth--
		}
	}
}

// textReader collects the text of a source or target element, skipping inline codes, and
// splitting SDLXLIFF mrk segments when asked.
type textReader struct {
	whole exports.Text
	mids  map[string]*exports.Text
	order []string
	span  [2]int             // the element's content in the file
	spans map[string]*[2]int // each mrk segment's
}

// readText reads up to the end of the element just opened.
func (p *parser) readText(splitMrk bool) (*textReader, error) {
	tr := &textReader{}
	tr.span[0] = int(p.d.InputOffset())
	depth, skip := 0, 0
	var midStack []string // mid per depth ("" when not a seg mrk)
	cur := ""
	for {
		off := int(p.d.InputOffset())
		p.d.Forget(int64(off)) // a recording decoder needs only this token's bytes
		tok, _, _, err := p.d.Next("a segment")
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.CharData:
			if skip > 0 {
				continue
			}
			anchors := xmlx.CharDataAnchors(p.raw(off, int(p.d.InputOffset())), string(t))
			add := func(dst *exports.Text) {
				for _, a := range anchors {
					dst.Anchors = append(dst.Anchors, exports.Anchor{Text: len(dst.Value) + a.Text, File: off + a.File})
				}
				dst.Value += string(t)
			}
			add(&tr.whole)
			if cur != "" {
				add(tr.mids[cur])
			}
		case xml.StartElement:
			depth++
			mid := ""
			switch t.Name.Local {
			case "ph", "bpt", "ept", "it", "x", "bx", "ex", "sc", "ec":
				skip++
			case "mrk":
				if splitMrk && xmlx.Attr(t, "mtype") == "seg" {
					mid = xmlx.Attr(t, "mid")
					if tr.mids == nil {
						tr.mids = map[string]*exports.Text{}
					}
					if tr.mids[mid] == nil {
						tr.mids[mid] = &exports.Text{}
						tr.order = append(tr.order, mid)
						if tr.spans == nil {
							tr.spans = map[string]*[2]int{}
						}
						tr.spans[mid] = &[2]int{int(p.d.InputOffset()), 0}
					}
					cur = mid
				}
			}
			midStack = append(midStack, mid)
		case xml.EndElement:
			if depth == 0 {
				tr.span[1] = off
				return tr, nil
			}
			depth--
			switch t.Name.Local {
			case "ph", "bpt", "ept", "it", "x", "bx", "ex", "sc", "ec":
				skip--
			}
			if m := midStack[len(midStack)-1]; m != "" {
				cur = ""
				tr.spans[m][1] = off
			}
			midStack = midStack[:len(midStack)-1]
		}
	}
}

// vendor reports a memoQ (MQXliff) or Phrase (memsource) namespace.
func vendor(space string) bool {
	s := strings.ToLower(space)
	return strings.Contains(s, "mqxliff") || strings.Contains(s, "memoq") || strings.Contains(s, "memsource")
}

// translated12 maps XLIFF 1.2 target states.
func translated12(state string) bool {
	switch state {
	case "translated", "final", "signed-off", "needs-review-translation", "needs-review-adaptation", "needs-review-l10n":
		return true
	}
	return false
}

// transUnit reads a 1.2 trans-unit.
func (p *parser) transUnit(se xml.StartElement, line, col int) error {
	base := Unit{ID: xmlx.Attr(se, "id"), Line: line, Col: col}
	if xmlx.Attr(se, "translate") == "no" {
		base.Locked = true
	}
	// memoQ and Phrase (Memsource) keep status and lock on the trans-unit.
	mqStatus := ""
	for _, a := range se.Attr {
		switch {
		case a.Name.Local == "status" && vendor(a.Name.Space):
			mqStatus = a.Value
		case a.Name.Local == "locked" && vendor(a.Name.Space):
			if a.Value == "locked" || a.Value == "true" || a.Value == "1" {
				base.Locked = true
			}
		case a.Name.Local == "confirmed" && strings.Contains(a.Name.Space, "memsource"):
			mqStatus = map[bool]string{true: "confirmed", false: "unconfirmed"}[a.Value == "1" || a.Value == "true"]
		}
	}
	var src, segSrc, tgt *textReader
	state := ""
	p.sdl = nil
	for {
		tok, _, _, err := p.d.Next("<trans-unit>")
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "source":
				if src, err = p.readText(false); err != nil {
					return err
				}
			case "seg-source":
				if segSrc, err = p.readText(true); err != nil {
					return err
				}
			case "target":
				state = xmlx.Attr(t, "state")
				if tgt, err = p.readText(segSrc != nil); err != nil {
					return err
				}
			case "note":
				s, err := p.d.Text()
				if err != nil {
					return err
				}
				base.Notes = append(base.Notes, s)
			case "seg-defs":
				if err := p.segDefs(); err != nil {
					return err
				}
			default:
				if err := p.d.Skip(); err != nil {
					return err
				}
			}
		case xml.EndElement:
			approved := xmlx.Attr(se, "approved") == "yes"
			p.emit12(base, src, segSrc, tgt, state, mqStatus, approved)
			return p.err
		}
	}
}

func (p *parser) emit12(base Unit, src, segSrc, tgt *textReader, state, mqStatus string, approved bool) {
	if segSrc != nil && len(segSrc.order) > 0 {
		// SDLXLIFF (or any seg-source with mrk segments): one unit per segment.
		for _, mid := range segSrc.order {
			u := base
			u.ID = base.ID + "#" + mid
			u.Source, u.SourceXML = *segSrc.mids[mid], *segSrc.spans[mid]
			if tgt != nil && tgt.mids[mid] != nil {
				u.Target, u.HasTarget, u.TargetXML = *tgt.mids[mid], true, *tgt.spans[mid]
			}
			u.State = state
			u.Translated = translated12(state) || approved
			if s, ok := p.sdl[mid]; ok {
				u.State = s.conf
				u.Translated = sdlTranslated(s.conf)
				u.Locked = u.Locked || s.locked
			} else if state == "" && u.HasTarget && strings.TrimSpace(u.Target.Value) != "" {
				u.Translated = true
			}
			p.add(u)
		}
		return
	}
	u := base
	if src != nil {
		u.Source, u.SourceXML = src.whole, src.span
	}
	if tgt != nil {
		u.Target, u.HasTarget, u.TargetXML = tgt.whole, true, tgt.span
	}
	u.State = state
	switch {
	case mqStatus != "":
		u.State = mqStatus
		u.Translated = mqTranslated(mqStatus)
	case state != "":
		u.Translated = translated12(state) || approved
	default:
		u.Translated = u.HasTarget && strings.TrimSpace(u.Target.Value) != ""
	}
	p.add(u)
}

// sdlTranslated maps SDLXLIFF confirmation levels.
func sdlTranslated(conf string) bool {
	switch conf {
	case "Translated", "ApprovedTranslation", "ApprovedSignOff", "RejectedSignOff":
		return true
	}
	return false
}

// mqTranslated maps memoQ and Phrase statuses.
func mqTranslated(s string) bool {
	switch s {
	case "ManuallyConfirmed", "Confirmed", "Reviewer1Confirmed", "Reviewer2Confirmed", "Proofread", "confirmed":
		return true
	}
	return false
}

// segDefs reads <sdl:seg-defs><sdl:seg id conf locked/></sdl:seg-defs>.
func (p *parser) segDefs() error {
	if p.sdl == nil {
		p.sdl = map[string]sdlSeg{}
	}
	depth := 0
	for {
		tok, _, _, err := p.d.Next("<seg-defs>")
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if t.Name.Local == "seg" {
				p.sdl[xmlx.Attr(t, "id")] = sdlSeg{conf: xmlx.Attr(t, "conf"), locked: xmlx.Attr(t, "locked") == "true"}
			}
		case xml.EndElement:
			if depth == 0 {
				return nil
			}
			depth--
		}
	}
}

// unit2 reads an XLIFF 2.x unit: one Unit per <segment>.
func (p *parser) unit2(se xml.StartElement, line, col int) error {
	id := xmlx.Attr(se, "id")
	locked := xmlx.Attr(se, "translate") == "no"
	var notes []string
	var segs []Unit
	for {
		tok, sl, sc, err := p.d.Next("<unit>")
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "notes":
				// descend: <note> children are read below
			case "note":
				s, err := p.d.Text()
				if err != nil {
					return err
				}
				notes = append(notes, s)
			case "segment":
				u := Unit{ID: id, Line: sl, Col: sc, Locked: locked, State: xmlx.Attr(t, "state")}
				if sid := xmlx.Attr(t, "id"); sid != "" {
					u.ID = id + "#" + sid
				}
				if err := p.segment2(&u); err != nil {
					return err
				}
				switch u.State {
				case "translated", "reviewed", "final":
					u.Translated = true
				case "":
					u.Translated = u.HasTarget && strings.TrimSpace(u.Target.Value) != ""
				}
				segs = append(segs, u)
			default:
				if err := p.d.Skip(); err != nil {
					return err
				}
			}
		case xml.EndElement:
			if t.Name.Local == "notes" {
				continue
			}
			for i := range segs {
				segs[i].Notes = notes
			}
			for _, u := range segs {
				p.add(u)
			}
			return p.err
		}
	}
}

func (p *parser) segment2(u *Unit) error {
	for {
		tok, _, _, err := p.d.Next("<segment>")
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "source":
				tr, err := p.readText(false)
				if err != nil {
					return err
				}
				u.Source, u.SourceXML = tr.whole, tr.span
			case "target":
				tr, err := p.readText(false)
				if err != nil {
					return err
				}
				u.Target, u.HasTarget, u.TargetXML = tr.whole, true, tr.span
			default:
				if err := p.d.Skip(); err != nil {
					return err
				}
			}
		case xml.EndElement:
			return nil
		}
	}
}
