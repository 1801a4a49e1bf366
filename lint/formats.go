package lint

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/exports/tmx"
	"github.com/glossterm/gloss/exports/xliff"
)

// ReadTMX reads a TMX file: each <tu> is a segment, its source the tuv in the source
// language (--source, else the header's srclang, else the first tuv) and its target the
// tuv in the target language (--target, else the first other tuv).
func ReadTMX(file string, content []byte, o ReadOptions) (*Doc, error) {
	rd, err := tmx.NewReader(bytes.NewReader(content), file)
	if err != nil {
		return nil, xmlErr(file, err)
	}
	src := baseLang(o.Source)
	if src == "" {
		if h := rd.Header(); h.SrcLang != "" && h.SrcLang != "*all*" {
			src = baseLang(h.SrcLang)
		}
	}
	tgt := baseLang(o.Target)
	doc := &Doc{File: file, Content: content}
	for {
		tu, err := rd.Next()
		if errors.Is(err, io.EOF) || (err == nil && tu == nil) {
			break
		}
		if err != nil {
			return nil, xmlErr(file, err)
		}
		if len(tu.TUVs) < 2 {
			continue
		}
		s := src
		if s == "" {
			s = baseLang(tu.TUVs[0].Lang)
		}
		t := tgt
		if t == "" {
			for _, v := range tu.TUVs {
				if baseLang(v.Lang) != s {
					t = baseLang(v.Lang)
					break
				}
			}
		}
		if doc.SourceLang == "" {
			doc.SourceLang, doc.TargetLang = s, t
		}
		seg := Segment{ID: tu.ID}
		if seg.ID == "" {
			seg.ID = fmt.Sprint("line ", tu.Line)
		}
		var hasS, hasT bool
		for _, v := range tu.TUVs {
			switch baseLang(v.Lang) {
			case doc.SourceLang:
				if !hasS {
					seg.Source, hasS = v.Seg, true
				}
			case doc.TargetLang:
				if !hasT {
					seg.Target, hasT = v.Seg, true
				}
			}
			for _, n := range v.Notes {
				seg.Ignore = append(seg.Ignore, ParseIgnoreNote(n)...)
			}
		}
		for _, n := range tu.Notes {
			seg.Ignore = append(seg.Ignore, ParseIgnoreNote(n)...)
		}
		if hasS && hasT {
			doc.Segments = append(doc.Segments, seg)
		}
	}
	if doc.SourceLang == "" {
		return nil, inputErr(file, 0, 0, "no translation unit with two languages: nothing to check")
	}
	return doc, nil
}

// xmlErr turns the exports package's positioned errors into InputErrors.
func xmlErr(file string, err error) error {
	var e *exports.Error
	if errors.As(err, &e) {
		return err
	}
	return inputErr(file, 0, 0, "%v", err)
}

// ReadXLIFF reads XLIFF 1.2 or 2.x, including SDLXLIFF, MQXLIFF and MXLIFF segment status
// and locks. By default only segments that are translated or later and not locked are
// checked; o.AllSegments checks every segment with a target. A note containing
// gloss-ignore suppresses rules or concepts for its unit.
func ReadXLIFF(file string, content []byte, o ReadOptions) (*Doc, error) {
	f, err := xliff.Parse(content, file)
	if err != nil {
		return nil, err
	}
	doc := &Doc{File: file, Content: content, SourceLang: baseLang(f.SourceLang), TargetLang: baseLang(f.TargetLang)}
	if o.Source != "" {
		doc.SourceLang = baseLang(o.Source)
	}
	if o.Target != "" {
		doc.TargetLang = baseLang(o.Target)
	}
	if doc.SourceLang == "" {
		doc.SourceLang = DetectLang([]byte(firstSource(f)))
	}
	if doc.TargetLang == "" {
		return nil, inputErr(file, 0, 0, "the file declares no target language: pass --target")
	}
	for _, u := range f.Units {
		if !u.HasTarget || (!o.AllSegments && !u.Checked()) {
			continue
		}
		seg := Segment{ID: u.ID, Source: u.Source, Target: u.Target}
		for _, n := range u.Notes {
			seg.Ignore = append(seg.Ignore, ParseIgnoreNote(n)...)
		}
		doc.Segments = append(doc.Segments, seg)
	}
	return doc, nil
}

func firstSource(f *xliff.File) string {
	var b strings.Builder
	for _, u := range f.Units {
		b.WriteString(u.Source.Value)
		if b.Len() > 4096 {
			break
		}
	}
	return b.String()
}
