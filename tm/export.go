package tm

import (
	"context"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/glossterm/gloss/exports/tmx"
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
	if version == "" {
		version = "devel"
	}
	tw := tmx.NewWriter(w, tmx.Header{CreationTool: "gloss", CreationToolVersion: version, SegType: "sentence", OTMF: "gloss",
		AdminLang: "en-US", SrcLang: "ja-JP", DataType: "plaintext", CreationDate: now.UTC().Format(DateLayout)})
	n := 0
	err := m.Store.Scan(ctx, func(u *Unit) bool {
		if f.Match(u) {
			n++
			tw.Write(tmxUnit(u))
		}
		return true
	})
	if cerr := tw.Close(); err == nil {
		err = cerr
	}
	return n, err
}

func validDate(s string) bool {
	_, err := time.Parse(DateLayout, s)
	return err == nil
}

// tmxUnit is u as a TMX unit: its dates and creators as attributes, its origin as
// x-origin, x-origin-id and x-line props, and each side's inline codes when it had them.
func tmxUnit(u *Unit) *tmx.TU {
	tu := &tmx.TU{ID: strconv.FormatInt(u.ID, 10)}
	for _, a := range []tmx.Prop{
		{Type: "creationdate", Value: u.Created}, {Type: "creationid", Value: u.Creator},
		{Type: "changedate", Value: u.Changed}, {Type: "changeid", Value: u.Changer},
	} {
		if a.Value == "" || strings.HasSuffix(a.Type, "date") && !validDate(a.Value) {
			continue
		}
		tu.Attrs = append(tu.Attrs, a)
	}
	if u.Origin != "" {
		tu.Props = append(tu.Props, tmx.Prop{Type: "x-origin", Value: u.Origin})
	}
	if u.OriginID != "" {
		tu.Props = append(tu.Props, tmx.Prop{Type: "x-origin-id", Value: u.OriginID})
	}
	if u.Line > 0 {
		tu.Props = append(tu.Props, tmx.Prop{Type: "x-line", Value: strconv.Itoa(u.Line)})
	}
	for _, v := range []struct{ lang, def, plain, markup string }{{u.JALang, "ja-JP", u.JA, u.JAMarkup}, {u.ENLang, "en-US", u.EN, u.ENMarkup}} {
		lang := v.lang
		if lang == "" {
			lang = v.def
		}
		tu.TUVs = append(tu.TUVs, tmx.TUV{Lang: lang, Text: v.plain, Markup: v.markup})
	}
	return tu
}
