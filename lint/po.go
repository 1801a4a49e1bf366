package lint

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// readPOTo reads a gettext PO file: msgid is the source, msgstr (or msgstr[0]) the target.
// The target language comes from the header's Language field (or --target, or the
// script), the source from --source or the script of the msgids. Fuzzy and untranslated
// entries are skipped unless o.AllSegments. A translator comment "# gloss-ignore: …"
// suppresses rules or concepts for its entry.
func readPOTo(file string, content []byte, o ReadOptions, s sink) error {
	if err := checkUTF8(file, content); err != nil {
		return err
	}
	return readPOFrom(file, contentOpener(content), o, &Doc{File: file, Content: content}, s)
}

// readPOFrom reads a PO file as readPOTo, from the input open returns, in two passes: the
// first reads entries until the languages are decided (a header with a Language field
// and 4 KB of msgids, or the whole file when it has none), the second hands the entries
// over one at a time; doc is the document's file and content, or how it is streamed.
func readPOFrom(file string, open opener, o ReadOptions, doc *Doc, s sink) error {
	in, closeIn, err := open()
	if err != nil {
		return err
	}
	langs := newPOLangs(o)
	err = poEntries(file, in, func(e *poEntry) error {
		langs.add(e)
		if langs.decided() {
			return errDecided
		}
		return nil
	})
	closeIn()
	if err != nil && err != errDecided {
		return err
	}
	doc.SourceLang, doc.TargetLang, doc.Direction = langs.decide()
	if err := oneLanguage(file, doc); err != nil {
		return err
	}
	if in, closeIn, err = open.begin(doc, s); err != nil {
		return err
	}
	defer closeIn()
	return poEntries(file, in, func(e *poEntry) error {
		if !poChecked(e, o) {
			return nil
		}
		return s.segment(Segment{ID: fmt.Sprint("line ", e.line), Source: e.id, Target: e.str, Ignore: e.ignore})
	})
}

// poEntry is one entry of a PO file.
type poEntry struct {
	line          int
	ctx, id, str  Text
	fuzzy, obsol  bool
	ignore        []string
	field         string // the field continuation lines add to
	hasID, hasStr bool
}

// poChecked reports whether the entry is a segment to check: not the header, obsolete,
// untranslated or (unless o.AllSegments) fuzzy.
func poChecked(e *poEntry, o ReadOptions) bool {
	return e.id.Value != "" && !e.obsol && e.str.Value != "" && (!e.fuzzy || o.AllSegments)
}

// poLangs decides a PO file's languages from its entries, in order.
type poLangs struct {
	o                ReadOptions
	src, tgt         string
	srcFrom, tgtFrom string
	ids              strings.Builder
	targets          []byte // the first of the targets checked, for detectLang
}

func newPOLangs(o ReadOptions) *poLangs {
	return &poLangs{o: o, src: baseLang(o.Source), tgt: baseLang(o.Target),
		srcFrom: flagOr(o.Source, "the script of the msgids"), tgtFrom: flagOr(o.Target, "the script of the msgstrs")}
}

// targetsSeen is how much of the targets detectLang looks at.
const targetsSeen = 64 << 10

func (p *poLangs) add(e *poEntry) {
	if e.id.Value == "" {
		if p.tgt == "" {
			for _, h := range strings.Split(e.str.Value, "\n") {
				if v, ok := strings.CutPrefix(h, "Language:"); ok {
					p.tgt, p.tgtFrom = baseLang(v), "the header's Language"
				}
			}
		}
		return
	}
	if p.ids.Len() < 4096 {
		p.ids.WriteString(e.id.Value)
	}
	if poChecked(e, p.o) && len(p.targets) < targetsSeen {
		p.targets = append(p.targets, e.str.Value...)
	}
}

// decided reports whether no later entry can change the languages.
func (p *poLangs) decided() bool {
	return (p.src != "" || p.ids.Len() >= 4096) && p.tgt != ""
}

// decide returns the languages and the direction, once the entries are read (or decided).
func (p *poLangs) decide() (src, tgt, why string) {
	src, tgt = p.src, p.tgt
	if src == "" {
		src = detectLang([]byte(p.ids.String()))
	}
	if tgt == "" {
		tgt = detectLang(p.targets)
	}
	return src, tgt, direction(src, tgt, p.srcFrom, p.tgtFrom)
}

// poEntries calls f with each entry of the PO file in, in order, and stops at f's first
// error. The entries' texts may share in's memory.
func poEntries(file string, in rowInput, f func(e *poEntry) error) error {
	cur := &poEntry{}
	flush := func() error {
		e := cur
		cur = &poEntry{}
		if e.hasID {
			return f(e)
		}
		return nil
	}
	for n := 1; ; n++ {
		start, raw, ok, err := in.nextLine()
		if err != nil {
			return err
		}
		if !ok {
			break
		}
		in.done(start)
		line := strings.TrimRight(raw, "\r\n")
		t := strings.TrimSpace(line)
		lead := start + len(line) - len(strings.TrimLeft(line, " \t"))
		// col is the 1-based column (in code points) of the file offset off on this line.
		col := func(off int) int { return utf8.RuneCountInString(raw[:off-start]) + 1 }
		switch {
		case t == "":
			if err := flush(); err != nil {
				return err
			}
			continue
		case strings.HasPrefix(t, "#~"):
			cur.obsol = true
			continue
		case strings.HasPrefix(t, "#,"):
			if strings.Contains(t, "fuzzy") {
				cur.fuzzy = true
			}
			continue
		case strings.HasPrefix(t, "#"):
			cur.ignore = append(cur.ignore, parseIgnoreNote(t)...)
			continue
		}
		keyword, rest := t, ""
		if i := strings.IndexAny(t, " \t"); i >= 0 {
			keyword, rest = t[:i], strings.TrimSpace(t[i:])
		}
		qoff := lead + strings.Index(t, rest)
		if strings.HasPrefix(t, `"`) {
			keyword, rest, qoff = cur.field, t, lead
		} else if cur.hasStr && (keyword == "msgid" || keyword == "msgctxt") {
			if err := flush(); err != nil {
				return err
			}
		}
		if len(rest) < 2 || rest[0] != '"' || rest[len(rest)-1] != '"' {
			return inputErr(file, n, col(lead), "expected a quoted string after %s: PO strings are written \"…\"", keyword)
		}
		s, ok := unquotePO(rest[1 : len(rest)-1])
		if !ok {
			return inputErr(file, n, col(qoff), "bad escape in a PO string: use \\\" \\\\ \\n \\t")
		}
		var dst *Text
		switch {
		case keyword == "msgctxt":
			dst = &cur.ctx
		case keyword == "msgid":
			dst, cur.hasID = &cur.id, true
			if cur.line == 0 {
				cur.line = n
			}
		case keyword == "msgid_plural":
			dst = nil
		case keyword == "msgstr" || keyword == "msgstr[0]":
			dst, cur.hasStr = &cur.str, true
		case strings.HasPrefix(keyword, "msgstr["):
			dst = nil
		default:
			return inputErr(file, n, col(lead), "unknown PO keyword %q", keyword)
		}
		cur.field = keyword
		if dst != nil {
			// An anchor at the string's start and after every escape.
			raw := rest[1 : len(rest)-1]
			dst.Anchors = append(dst.Anchors, Anchor{Text: len(dst.Value), File: qoff + 1})
			for r, t := 0, 0; r < len(raw); {
				if raw[r] == '\\' {
					r, t = r+2, t+1
					dst.Anchors = append(dst.Anchors, Anchor{Text: len(dst.Value) + t, File: qoff + 1 + r})
					continue
				}
				r, t = r+1, t+1
			}
			dst.Value += s
		}
	}
	return flush()
}

func unquotePO(s string) (string, bool) {
	if !strings.Contains(s, `\`) {
		return s, true
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		i++
		if i >= len(s) {
			return "", false
		}
		switch s[i] {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case '"', '\\':
			b.WriteByte(s[i])
		default:
			return "", false
		}
	}
	return b.String(), true
}
