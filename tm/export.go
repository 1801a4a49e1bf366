package tm

import (
	"bufio"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"strings"
	"time"

	"github.com/glossterm/gloss/internal/textnorm"
)

// Filter selects units for export and cleaning. The zero Filter selects every unit.
type Filter struct {
	// Origin selects units whose origin matches: a path.Match pattern when it has * ? or [,
	// else a substring.
	Origin string
	// Query selects units whose text contains it on either side (compared under
	// textnorm.Key).
	Query string
	// Since and Until select units whose latest date (changed, created, else added) is in
	// [Since, Until); zero means unbounded.
	Since, Until time.Time
}

// Match reports whether f selects u.
func (f *Filter) Match(u *Unit) bool {
	if f.Origin != "" {
		if strings.ContainsAny(f.Origin, "*?[") {
			if ok, _ := path.Match(f.Origin, u.Origin); !ok {
				return false
			}
		} else if !strings.Contains(u.Origin, f.Origin) {
			return false
		}
	}
	if f.Query != "" {
		k := textnorm.Key(f.Query)
		if !strings.Contains(u.JAKey, k) && !strings.Contains(u.ENKey, k) {
			return false
		}
	}
	if !f.Since.IsZero() || !f.Until.IsZero() {
		d, err := time.Parse(DateLayout, date(u))
		if err != nil || !f.Since.IsZero() && d.Before(f.Since) || !f.Until.IsZero() && !d.Before(f.Until) {
			return false
		}
	}
	return true
}

// ParseDate reads a date for a Filter: 2006-01-02, 2006-01-02T15:04:05Z07:00 or the TMX form.
func ParseDate(s string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02", time.RFC3339, DateLayout} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("date %q: want YYYY-MM-DD", s)
}

// ExportTMX writes the units f selects as TMX 1.4b, Japanese as the source: every unit
// with its dates and creators, its origin as x-origin, x-origin-id and x-line props, and
// its inline codes when it had them. version is the creation tool's version. It returns the
// number of units written.
func (m *Memory) ExportTMX(ctx context.Context, w io.Writer, f Filter, version string, now time.Time) (int, error) {
	bw := bufio.NewWriterSize(w, 64<<10)
	if version == "" {
		version = "devel"
	}
	fmt.Fprintln(bw, `<?xml version="1.0" encoding="UTF-8"?>`)
	fmt.Fprintln(bw, `<tmx version="1.4">`)
	fmt.Fprintf(bw, `  <header creationtool="gloss" creationtoolversion="%s" segtype="sentence" o-tmf="gloss" adminlang="en-US" srclang="ja-JP" datatype="plaintext" creationdate="%s"/>`+"\n",
		xmlEscape(version), now.UTC().Format(DateLayout))
	fmt.Fprintln(bw, "  <body>")
	n := 0
	err := m.Store.Scan(ctx, func(u *Unit) bool {
		if f.Match(u) {
			n++
			writeTU(bw, u)
		}
		return true
	})
	if err != nil {
		return n, err
	}
	fmt.Fprintln(bw, "  </body>")
	fmt.Fprintln(bw, "</tmx>")
	return n, bw.Flush()
}

func validDate(s string) bool {
	_, err := time.Parse(DateLayout, s)
	return err == nil
}

func writeTU(bw *bufio.Writer, u *Unit) {
	fmt.Fprintf(bw, `    <tu tuid="%d"`, u.ID)
	for _, a := range []struct{ name, value string }{
		{"creationdate", u.Created}, {"creationid", u.Creator}, {"changedate", u.Changed}, {"changeid", u.Changer},
	} {
		if a.value == "" || strings.HasSuffix(a.name, "date") && !validDate(a.value) {
			continue
		}
		fmt.Fprintf(bw, ` %s="%s"`, a.name, xmlEscape(a.value))
	}
	bw.WriteString(">\n")
	text := xmlEscape
	if u.Origin != "" {
		fmt.Fprintf(bw, "      <prop type=\"x-origin\">%s</prop>\n", text(u.Origin))
	}
	if u.OriginID != "" {
		fmt.Fprintf(bw, "      <prop type=\"x-origin-id\">%s</prop>\n", text(u.OriginID))
	}
	if u.Line > 0 {
		fmt.Fprintf(bw, "      <prop type=\"x-line\">%d</prop>\n", u.Line)
	}
	for _, v := range []struct{ lang, def, plain, markup string }{{u.JALang, "ja-JP", u.JA, u.JAMarkup}, {u.ENLang, "en-US", u.EN, u.ENMarkup}} {
		lang := v.lang
		if lang == "" {
			lang = v.def
		}
		seg := v.markup
		if seg == "" {
			seg = text(v.plain)
		}
		fmt.Fprintf(bw, "      <tuv xml:lang=\"%s\"><seg>%s</seg></tuv>\n", xmlEscape(lang), seg)
	}
	bw.WriteString("    </tu>\n")
}

// xmlEscape escapes s for XML character data or an attribute value; encoding/xml replaces
// characters XML 1.0 cannot carry with U+FFFD.
func xmlEscape(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s)) // a strings.Builder never fails
	return b.String()
}
