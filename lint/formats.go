package lint

import (
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
func readTMXTo(file string, content []byte, o ReadOptions, s sink) error {
	return readTMXFrom(file, contentOpener(content), o, &Doc{File: file, Content: content}, s)
}

// readTMXFrom reads a TMX file as readTMXTo, from the input open returns (and the
// function that closes it), twice: the first pass checks the labels and counts the
// languages the direction is chosen from, the second hands the segments over one at a
// time, so that no more than one unit is held at once. doc is the document's file and
// content, or how it is streamed.
func readTMXFrom(file string, open opener, o ReadOptions, doc *Doc, s sink) error {
	in, closeIn, err := open()
	if err != nil {
		return err
	}
	header, leads, count, units, err := tmxLanguages(file, in)
	closeIn()
	if err != nil {
		return err
	}
	if units == 0 {
		return inputErr(file, 0, 0, "no translation unit with two languages: nothing to check")
	}
	doc.SourceLang, doc.TargetLang, doc.Direction = tmxDirection(o, header, leads, count)
	src, tgt := doc.SourceLang, doc.TargetLang
	if in, closeIn, err = open.begin(doc, s); err != nil {
		return err
	}
	defer closeIn()
	rd, err := tmx.NewReader(in.stream(), file)
	if err != nil {
		return xmlErr(file, err)
	}
	return tmxUnits(file, in, rd, func(tu *tmx.TU) error {
		if len(tu.TUVs) < 2 {
			return nil
		}
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
		if !hasS || !hasT {
			return nil
		}
		return s.segment(seg)
	})
}

// tmxUnits hands the units rd reads from in over to f, one at a time, each once in may
// let the lines before it go.
func tmxUnits(file string, in rowInput, rd *tmx.Reader, f func(tu *tmx.TU) error) error {
	for {
		tu, err := rd.Next()
		if errors.Is(err, io.EOF) || (err == nil && tu == nil) {
			return nil
		}
		if err != nil {
			return xmlErr(file, err)
		}
		handedOver(in, tu.Line)
		if err := f(tu); err != nil {
			return err
		}
	}
}

// tmxLanguages reads a TMX file for its header's srclang, the units each language leads
// and is in, and the number of units with two languages or more; a mislabelled tuv is an
// error (see readTMX).
func tmxLanguages(file string, in rowInput) (header string, leads, count map[string]int, units int, err error) {
	rd, err := tmx.NewReader(in.stream(), file)
	if err != nil {
		return "", nil, nil, 0, xmlErr(file, err)
	}
	if h := rd.Header(); h.SrcLang != "" && h.SrcLang != "*all*" {
		header = baseLang(h.SrcLang)
	}
	leads = map[string]int{} // units each language leads
	count = map[string]int{} // units each language is in
	seen := map[string]bool{}
	err = tmxUnits(file, in, rd, func(tu *tmx.TU) error {
		clear(seen)
		for _, v := range tu.TUVs {
			l := baseLang(v.Lang)
			if l != "ja" && l != "zh" && japaneseScript(v.Text) {
				return inputErr(file, v.Line, v.Col, "the <tuv xml:lang=%q> holds Japanese text: fix its xml:lang (the file's language labels cannot be trusted)", v.Lang)
			}
			if seen[l] {
				return inputErr(file, v.Line, v.Col, "the unit has two <tuv>s in %q: one of them is mislabelled; fix its xml:lang", v.Lang)
			}
			seen[l] = true
			count[l]++
		}
		if len(tu.TUVs) < 2 {
			return nil
		}
		leads[baseLang(tu.TUVs[0].Lang)]++
		units++
		return nil
	})
	if err != nil {
		return "", nil, nil, 0, err
	}
	return header, leads, count, units, nil
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

// oneLanguage refuses a document whose source and target are in one language: its labels
// are wrong (a PO file whose Language names the source), and checking it would report
// every term missing, or nothing.
func oneLanguage(file string, doc *Doc) error {
	if doc.SourceLang != doc.TargetLang {
		return nil
	}
	return inputErr(file, 0, 0, "the source and the target are both in %q (read as %s): one label is wrong; fix it, or pass --source and --target", doc.SourceLang, doc.Direction)
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
// gloss-ignore suppresses rules or concepts for its unit. The units are handed over one at
// a time as the parser reads them.
func readXLIFFTo(file string, content []byte, o ReadOptions, s sink) error {
	return readXLIFFFrom(file, contentOpener(content), o, &Doc{File: file, Content: content}, s)
}

// errDecided stops the first pass over an XLIFF or PO file once its languages are known.
var errDecided = errors.New("languages decided")

// parseXLIFF parses the XLIFF file in as xliff.ParseEach does: whole when it is, as it is
// read when it streams.
func parseXLIFF(file string, in rowInput, each func(f *xliff.File, u *xliff.Unit) error) (*xliff.File, error) {
	if c, ok := in.(*contentInput); ok {
		return xliff.ParseEach(c.content, file, each)
	}
	w := in.(*window) // which holds the bytes from the current unit's line on
	return xliff.ParseReader(w.stream(), w.raw, file, func(f *xliff.File, u *xliff.Unit) error {
		handedOver(in, u.Line)
		return each(f, u)
	})
}

// readXLIFFFrom reads an XLIFF file as readXLIFFTo, from the input open returns: a first
// pass reads as far as the languages are decided (in a well-formed file, its first unit),
// a second hands the segments over; doc is the document's file and content, or how it
// is streamed.
func readXLIFFFrom(file string, open opener, o ReadOptions, doc *Doc, s sink) error {
	var sources strings.Builder
	// The source language, when neither the file nor o says it, is detected from the
	// script of the first 4 KB of sources, and a source language the file names is checked
	// against it (Japanese sources labelled "en" would have the file checked backwards, and
	// pass); the target language comes from the file (its first <file> that names one) or
	// o. The segments are handed over once both are known, which in a well-formed file is
	// after 4 KB of sources, or its end.
	needSources := func(f *xliff.File) bool {
		return o.Source == "" && sources.Len() <= 4096
	}
	known := func(f *xliff.File) bool {
		return !needSources(f) && (o.Target != "" || f.TargetLang != "")
	}
	in, closeIn, err := open()
	if err != nil {
		return err
	}
	var at *xliff.File // the file as it was when the languages were known
	units := 0
	f, err := parseXLIFF(file, in, func(f *xliff.File, u *xliff.Unit) error {
		units++
		if needSources(f) {
			sources.WriteString(u.Source.Value)
		}
		if known(f) {
			at = f
			return errDecided
		}
		return nil
	})
	closeIn()
	if err != nil && err != errDecided {
		return err
	}
	if units == 0 {
		// as for TMX: a file with nothing to check is not a clean one
		return inputErr(file, 0, 0, "no translation unit: nothing to check")
	}
	if at != nil {
		f = at
	}
	doc.SourceLang, doc.TargetLang = baseLang(f.SourceLang), baseLang(f.TargetLang)
	srcFrom, tgtFrom := "the file's languages", "the file's languages"
	if o.Source != "" {
		doc.SourceLang, srcFrom = baseLang(o.Source), "the command line"
	}
	if o.Target != "" {
		doc.TargetLang, tgtFrom = baseLang(o.Target), "the command line"
	}
	if doc.SourceLang == "" {
		doc.SourceLang, srcFrom = detectLang([]byte(sources.String())), "the script of the sources"
	} else if l := doc.SourceLang; o.Source == "" && l != "ja" && l != "zh" && japaneseScript(sources.String()) {
		return inputErr(file, 0, 0, "the file says its source language is %q, but its sources are Japanese text: fix the file's source language, or pass --source ja (the file's language labels cannot be trusted)", f.SourceLang)
	}
	if doc.TargetLang == "" {
		return inputErr(file, 0, 0, "the file declares no target language: pass --target")
	}
	doc.Direction = direction(doc.SourceLang, doc.TargetLang, srcFrom, tgtFrom)
	if err := oneLanguage(file, doc); err != nil {
		return err
	}
	if in, closeIn, err = open.begin(doc, s); err != nil {
		return err
	}
	defer closeIn()
	_, err = parseXLIFF(file, in, func(f *xliff.File, u *xliff.Unit) error {
		if !u.HasTarget || !(o.AllSegments || u.Checked()) {
			return nil
		}
		seg := Segment{ID: u.ID, Source: u.Source, Target: u.Target}
		for _, n := range u.Notes {
			seg.Ignore = append(seg.Ignore, parseIgnoreNote(n)...)
		}
		return s.segment(seg)
	})
	return err
}
