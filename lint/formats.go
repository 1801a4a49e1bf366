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

// readTMX reads a TMX file: each <tu> is a segment, its source the tuv in the source
// language and its target the tuv in the target language.
//
// Real files carry wrong labels (translate-toolkit's po2tmx writes srclang="en" whatever
// the source), so the header does not decide alone. The source language is o.Source;
// else the one most of three witnesses name: the glossary's first language (o.Langs),
// the language of the tuv that leads most units, and the header's srclang; on a tie, the
// first of them in that order. The target is o.Target, else the glossary's other
// language, else the commonest other language. Doc.Direction says which was chosen and
// why. A tuv labelled with a language that is not written in CJK characters but holding
// Japanese text, or a unit with two tuvs of one language, is an error: a file whose
// labels cannot be trusted would otherwise pass unchecked.
func readTMX(file string, content []byte, o ReadOptions) (*Doc, error) {
	rd, err := tmx.NewReader(bytes.NewReader(content), file)
	if err != nil {
		return nil, xmlErr(file, err)
	}
	header := ""
	if h := rd.Header(); h.SrcLang != "" && h.SrcLang != "*all*" {
		header = baseLang(h.SrcLang)
	}
	var units []*tmx.TU
	leads := map[string]int{} // units each language leads
	count := map[string]int{} // units each language is in
	for {
		tu, err := rd.Next()
		if errors.Is(err, io.EOF) || (err == nil && tu == nil) {
			break
		}
		if err != nil {
			return nil, xmlErr(file, err)
		}
		seen := map[string]bool{}
		for _, v := range tu.TUVs {
			l := baseLang(v.Lang)
			if l != "ja" && l != "zh" && japaneseScript(v.Text) {
				return nil, inputErr(file, v.Line, v.Col, "the <tuv xml:lang=%q> holds Japanese text: fix its xml:lang (the file's language labels cannot be trusted)", v.Lang)
			}
			if seen[l] {
				return nil, inputErr(file, v.Line, v.Col, "the unit has two <tuv>s in %q: one of them is mislabelled; fix its xml:lang", v.Lang)
			}
			seen[l] = true
			count[l]++
		}
		if len(tu.TUVs) < 2 {
			continue
		}
		leads[baseLang(tu.TUVs[0].Lang)]++
		units = append(units, tu)
	}
	if len(units) == 0 {
		return nil, inputErr(file, 0, 0, "no translation unit with two languages: nothing to check")
	}
	src, tgt, why := tmxDirection(o, header, leads, count)
	doc := &Doc{File: file, Content: content, SourceLang: src, TargetLang: tgt, Direction: why}
	for _, tu := range units {
		seg := Segment{ID: tu.ID}
		if seg.ID == "" {
			seg.ID = fmt.Sprint("line ", tu.Line)
		}
		var hasS, hasT bool
		for _, v := range tu.TUVs {
			switch baseLang(v.Lang) {
			case src:
				seg.Source, hasS = v.Seg, true
			case tgt:
				seg.Target, hasT = v.Seg, true
			}
			for _, n := range v.Notes {
				seg.Ignore = append(seg.Ignore, parseIgnoreNote(n)...)
			}
		}
		for _, n := range tu.Notes {
			seg.Ignore = append(seg.Ignore, parseIgnoreNote(n)...)
		}
		if hasS && hasT {
			doc.Segments = append(doc.Segments, seg)
		}
	}
	return doc, nil
}

// tmxDirection picks a TMX file's source and target languages (see readTMX) and says how.
func tmxDirection(o ReadOptions, header string, leads, count map[string]int) (src, tgt, why string) {
	// The glossary's languages that the file has, in the glossary's order.
	var gl []string
	for _, l := range o.Langs {
		if l = baseLang(l); count[l] > 0 {
			gl = append(gl, l)
		}
	}
	lead := ""
	for l, n := range leads {
		if lead == "" || n > leads[lead] || n == leads[lead] && l < lead {
			lead = l
		}
	}
	src = baseLang(o.Source)
	switch {
	case src != "":
		why = "from the command line"
	default:
		type witness struct{ lang, name string }
		var ws []witness
		if len(gl) > 0 {
			ws = append(ws, witness{gl[0], "the glossary's languages"})
		}
		ws = append(ws, witness{lead, "the order of the <tuv>s"})
		if count[header] > 0 {
			ws = append(ws, witness{header, "the header's srclang"})
		}
		votes := map[string]int{}
		for _, w := range ws {
			votes[w.lang]++
		}
		for _, w := range ws {
			if src == "" || votes[w.lang] > votes[src] {
				src = w.lang
			}
		}
		var agree []string
		for _, w := range ws {
			if w.lang == src {
				agree = append(agree, w.name)
			}
		}
		why = "from " + agree[0]
		if n := len(agree); n > 1 {
			why = "from " + strings.Join(agree[:n-1], ", ") + " and " + agree[n-1]
		}
		if header != "" && header != src {
			why += fmt.Sprintf(`; the header says srclang=%q`, header)
		}
	}
	tgt = baseLang(o.Target)
	if tgt == "" {
		for _, l := range gl {
			if l != src {
				tgt = l
				break
			}
		}
	}
	if tgt == "" {
		for l, n := range count {
			if l != src && (tgt == "" || n > count[tgt] || n == count[tgt] && l < tgt) {
				tgt = l
			}
		}
	}
	return src, tgt, fmt.Sprintf("%s → %s, %s", src, tgt, why)
}

// japaneseScript reports text mostly in kana and kanji: more of them than Latin letters.
// English that quotes a Japanese term (extended deterrence (拡大抑止)) is not.
func japaneseScript(s string) bool {
	cjk, latin := scripts(s)
	return cjk > latin
}

// xmlErr turns the exports package's positioned errors into lint's input errors.
func xmlErr(file string, err error) error {
	var e *exports.Error
	if errors.As(err, &e) {
		return err
	}
	return inputErr(file, 0, 0, "%v", err)
}

// readXLIFF reads XLIFF 1.2 or 2.x, including SDLXLIFF, MQXLIFF and MXLIFF segment status
// and locks. By default only segments that are translated or later and not locked are
// checked; o.AllSegments checks every segment with a target. A note containing
// gloss-ignore suppresses rules or concepts for its unit.
func readXLIFF(file string, content []byte, o ReadOptions) (*Doc, error) {
	f, err := xliff.Parse(content, file)
	if err != nil {
		return nil, err
	}
	doc := &Doc{File: file, Content: content, SourceLang: baseLang(f.SourceLang), TargetLang: baseLang(f.TargetLang)}
	srcFrom, tgtFrom := "the file's languages", "the file's languages"
	if o.Source != "" {
		doc.SourceLang, srcFrom = baseLang(o.Source), "the command line"
	}
	if o.Target != "" {
		doc.TargetLang, tgtFrom = baseLang(o.Target), "the command line"
	}
	if doc.SourceLang == "" {
		doc.SourceLang, srcFrom = detectLang([]byte(firstSource(f))), "the script of the sources"
	}
	if doc.TargetLang == "" {
		return nil, inputErr(file, 0, 0, "the file declares no target language: pass --target")
	}
	doc.Direction = direction(doc.SourceLang, doc.TargetLang, srcFrom, tgtFrom)
	check := func(u *xliff.Unit) bool { return u.HasTarget && (o.AllSegments || u.Checked()) }
	n := 0 // the segments, counted first: appending would leave up to a quarter unused
	for i := range f.Units {
		if check(&f.Units[i]) {
			n++
		}
	}
	doc.Segments = make([]Segment, 0, n)
	for i := range f.Units {
		u := &f.Units[i]
		if !check(u) {
			continue
		}
		seg := Segment{ID: u.ID, Source: u.Source, Target: u.Target}
		for _, n := range u.Notes {
			seg.Ignore = append(seg.Ignore, parseIgnoreNote(n)...)
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
