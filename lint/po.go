package lint

import (
	"fmt"
	"strings"
)

// readPODoc reads a gettext PO file: msgid is the source, msgstr (or msgstr[0]) the target.
// The target language comes from the header's Language field (or --target, or the
// script), the source from --source or the script of the msgids. Fuzzy and untranslated
// entries are skipped unless o.AllSegments. A translator comment "# gloss-ignore: …"
// suppresses rules or concepts for its entry.
func readPODoc(file string, content []byte, o ReadOptions) (*Doc, error) {
	if err := checkUTF8(file, content); err != nil {
		return nil, err
	}
	type entry struct {
		line          int
		ctx, id, str  Text
		fuzzy, obsol  bool
		ignore        []string
		field         string // the field continuation lines add to
		hasID, hasStr bool
	}
	var entries []*entry
	cur := &entry{}
	flush := func() {
		if cur.hasID {
			entries = append(entries, cur)
		}
		cur = &entry{}
	}
	off := 0
	ln := newLines(content)
	for _, raw := range strings.SplitAfter(string(content), "\n") {
		start := off
		off += len(raw)
		line := strings.TrimRight(raw, "\r\n")
		t := strings.TrimSpace(line)
		lead := start + len(line) - len(strings.TrimLeft(line, " \t"))
		switch {
		case t == "":
			flush()
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
			flush()
		}
		if len(rest) < 2 || rest[0] != '"' || rest[len(rest)-1] != '"' {
			l, c, _ := ln.pos(lead)
			return nil, inputErr(file, l, c, "expected a quoted string after %s: PO strings are written \"…\"", keyword)
		}
		s, ok := unquotePO(rest[1 : len(rest)-1])
		if !ok {
			l, c, _ := ln.pos(qoff)
			return nil, inputErr(file, l, c, "bad escape in a PO string: use \\\" \\\\ \\n \\t")
		}
		var dst *Text
		switch {
		case keyword == "msgctxt":
			dst = &cur.ctx
		case keyword == "msgid":
			dst, cur.hasID = &cur.id, true
			if cur.line == 0 {
				cur.line, _, _ = ln.pos(start)
			}
		case keyword == "msgid_plural":
			dst = nil
		case keyword == "msgstr" || keyword == "msgstr[0]":
			dst, cur.hasStr = &cur.str, true
		case strings.HasPrefix(keyword, "msgstr["):
			dst = nil
		default:
			l, c, _ := ln.pos(lead)
			return nil, inputErr(file, l, c, "unknown PO keyword %q", keyword)
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
	flush()
	doc := &Doc{File: file, Content: content, SourceLang: baseLang(o.Source), TargetLang: baseLang(o.Target)}
	srcFrom, tgtFrom := flagOr(o.Source, "the script of the msgids"), flagOr(o.Target, "the script of the msgstrs")
	var ids strings.Builder
	for _, e := range entries {
		if e.id.Value == "" {
			if doc.TargetLang == "" {
				for _, h := range strings.Split(e.str.Value, "\n") {
					if v, ok := strings.CutPrefix(h, "Language:"); ok {
						doc.TargetLang, tgtFrom = baseLang(v), "the header's Language"
					}
				}
			}
			continue
		}
		if ids.Len() < 4096 {
			ids.WriteString(e.id.Value)
		}
		if e.obsol || e.str.Value == "" || (e.fuzzy && !o.AllSegments) {
			continue
		}
		id := fmt.Sprint("line ", e.line)
		doc.Segments = append(doc.Segments, Segment{ID: id, Source: e.id, Target: e.str, Ignore: e.ignore})
	}
	if doc.SourceLang == "" {
		doc.SourceLang = detectLang([]byte(ids.String()))
	}
	if doc.TargetLang == "" {
		var b strings.Builder
		for _, s := range doc.Segments {
			b.WriteString(s.Target.Value)
		}
		doc.TargetLang = detectLang([]byte(b.String()))
	}
	doc.Direction = direction(doc.SourceLang, doc.TargetLang, srcFrom, tgtFrom)
	return doc, nil
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
