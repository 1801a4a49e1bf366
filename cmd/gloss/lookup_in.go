package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"unicode/utf8"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/textfile"
	"github.com/glossterm/gloss/internal/textpos"
	"github.com/glossterm/gloss/match"
)

// lookupPart is the size of the parts a document is matched in (match.ReadParts): a
// paragraph of many megabytes on one line is matched a part at a time, and what a match
// holds (the normalized text, the candidates, the occurrences) grows with its text.
var lookupPart = 1 << 20 // a variable for the tests, which cut small parts

// lookupIn lists every glossary term found in a text file, with its position and the
// concept's preferred terms: a translator's view of which terms a document uses, and
// which of them are to be avoided. The file is read twice as a stream, first to check
// that it is text and then a part at a time to match it, and each part's terms are
// written before the next is read: it is never held whole. Standard input, or a pipe, is
// spooled to a temporary file first.
func lookupIn(e *env, g *glossary.Glossary, path string, asJSON bool) int {
	src, err := openLookupInput(e, path)
	if err != nil {
		return errorf(e, "%v", err)
	}
	defer src.close()
	if err := src.checkText(); err != nil {
		return errorf(e, "%v", err)
	}
	m, err := match.Compile(g, match.Options{})
	if err != nil {
		return errorf(e, "%v", err)
	}
	r, err := src.open()
	if err != nil {
		return errorf(e, "%v", err)
	}
	type hit struct {
		File      string `json:"file"`
		Line      int    `json:"line"`
		Col       int    `json:"col"`
		Offset    int    `json:"offset"`
		Text      string `json:"text"`
		Lang      string `json:"lang"`
		Concept   string `json:"concept"`
		Term      string `json:"term"`
		Status    string `json:"status"`
		Preferred string `json:"preferred,omitempty"`
	}
	out := bufio.NewWriterSize(e.stdout, 64<<10)
	// Each hit is encoded as an element of the array json.Encoder writes with an indent
	// of two spaces, one part's at a time.
	var elem bytes.Buffer
	enc := json.NewEncoder(&elem)
	enc.SetEscapeHTML(false)
	enc.SetIndent("  ", "  ")
	n := 0
	var at textpos.Counter // the position of the part's start, then of the last hit
	err = m.ReadParts(r, lookupPart, func(text string, base int) error {
		from := 0 // at is the position of text[from:]
		for _, o := range distinctOccurrences(m.Find(text), g.Languages) {
			at.Advance(text[from:o.Start])
			from = o.Start
			h := hit{File: path, Line: at.Line(), Col: at.Col(), Offset: base + o.Start, Text: text[o.Start:o.End], Lang: o.Lang,
				Concept: o.Concept.ID, Term: o.Term.Text, Status: string(o.Term.Status)}
			if p := o.Concept.Preferred(o.Lang); p != nil {
				h.Preferred = p.Text
			}
			n++
			if asJSON {
				elem.Reset()
				enc.Encode(h)
				if n == 1 {
					out.WriteString("[\n  ")
				} else {
					out.WriteString(",\n  ")
				}
				out.Write(bytes.TrimSuffix(elem.Bytes(), []byte("\n")))
				continue
			}
			advice := ""
			if h.Status == string(glossary.Deprecated) || h.Status == string(glossary.Forbidden) {
				advice = fmt.Sprintf("  ! %s: use %q", h.Status, h.Preferred)
			}
			fmt.Fprintf(out, "%s:%d:%d: %s  [%s] %s%s\n", h.File, h.Line, h.Col, h.Text, h.Concept,
				summaryLine(g.Concept(h.Concept), g.Languages), advice)
		}
		at.Advance(text[from:])
		return nil
	})
	if err != nil {
		out.Flush()
		return errorf(e, "%v", err) // textfile's and os's errors name the file
	}
	if asJSON {
		if n == 0 {
			out.WriteString("[]\n")
		} else {
			out.WriteString("\n]\n")
		}
	}
	if err := out.Flush(); err != nil {
		return errorf(e, "%v", err)
	}
	if !asJSON {
		fmt.Fprintf(e.stderr, "%s: %s\n", path, plural(n, "term occurrence", "term occurrences"))
	}
	if n == 0 {
		return exitFindings
	}
	return exitOK
}

// distinctOccurrences keeps one occurrence per span and concept (the glossary's own term
// over an inflection), and drops a deprecated or forbidden reading of a span that another
// concept allows: "burden-sharing" is a preferred term of one concept and a deprecated
// rendering of its homonym, and a text that uses it is not wrong. A term that the concept
// lists in two languages (NATO) is reported in the first of langs, so that the output does
// not depend on the order the matcher found them in.
func distinctOccurrences(occ []match.Occurrence, langs []string) []match.Occurrence {
	type span struct{ s, e int }
	allowed := map[span]bool{}
	for _, o := range occ {
		if o.Term.Status.Allowed() {
			allowed[span{o.Start, o.End}] = true
		}
	}
	type key struct {
		span
		concept *glossary.Concept
	}
	at := map[key]int{}
	var out []match.Occurrence
	for _, o := range occ {
		sp := span{o.Start, o.End}
		if !o.Term.Status.Allowed() && allowed[sp] {
			continue
		}
		k := key{sp, o.Concept}
		if i, dup := at[k]; dup {
			if out[i].Inflected && !o.Inflected ||
				out[i].Inflected == o.Inflected && langRank(langs, o.Lang) < langRank(langs, out[i].Lang) {
				out[i] = o
			}
			continue
		}
		at[k] = len(out)
		out = append(out, o)
	}
	return out
}

// langRank is lang's place in langs; a language not in it comes after them all.
func langRank(langs []string, lang string) int {
	if i := slices.Index(langs, lang); i >= 0 {
		return i
	}
	return len(langs)
}

// lookupInput is the document lookup --in reads: the file named, or standard input (or a
// pipe) spooled to a temporary file, read from its start for each pass.
type lookupInput struct {
	path    string
	f       *os.File
	spooled *textfile.Spooled
}

// openLookupInput opens path ("-": standard input), refusing what textfile.ReadFile and
// textfile.Read refuse with their errors: a directory, a file over the document limit,
// a NUL byte on standard input or in a pipe.
func openLookupInput(e *env, path string) (*lookupInput, error) {
	if path == "-" {
		sp, err := textfile.Spool(e.stdin, path, textfile.Document)
		if err != nil {
			return nil, err
		}
		return &lookupInput{path: path, f: sp.File, spooled: sp}, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err == nil && fi.Mode().IsRegular() && fi.Size() > textfile.Document.Limit {
		err = textfile.Document.TooLarge(path)
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	if fi.IsDir() {
		f.Close()
		_, err := textfile.ReadFile(path, textfile.Document) // its error for a directory
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		sp, err := textfile.Spool(f, path, textfile.Document)
		f.Close()
		if err != nil {
			return nil, err
		}
		return &lookupInput{path: path, f: sp.File, spooled: sp}, nil
	}
	return &lookupInput{path: path, f: f}, nil
}

func (in *lookupInput) close() {
	if in.spooled != nil {
		in.spooled.Close()
	} else {
		in.f.Close()
	}
}

// open returns the input read from its start, refusing more than the document limit (a
// file that grows while it is read).
func (in *lookupInput) open() (io.Reader, error) {
	if _, err := in.f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	return textfile.Limit(in.f, in.path, textfile.Document), nil
}

// checkText checks that the input is UTF-8 text without NUL bytes, reading it as a
// stream; where it is not, it reads it whole for textfile's error, which says where and
// what the file looks like.
func (in *lookupInput) checkText() error {
	r, err := in.open()
	if err != nil {
		return err
	}
	if ok, err := isText(r); err != nil || ok {
		return err
	}
	var data []byte
	if in.spooled != nil {
		if r, err = in.open(); err == nil {
			data, err = io.ReadAll(r)
		}
	} else {
		data, err = textfile.ReadFile(in.path, textfile.Document)
	}
	if err != nil {
		return err
	}
	if err := textfile.CheckText(in.path, data); err != nil {
		return err
	}
	return fmt.Errorf("%s: not UTF-8 text", in.path) // not reached: CheckText agrees
}

// isText reports whether r is UTF-8 without NUL bytes, reading it a buffer at a time.
func isText(r io.Reader) (bool, error) {
	buf := make([]byte, 0, 1<<20)
	for {
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		eof := err == io.EOF
		if err != nil && !eof {
			return false, err
		}
		// Check up to the start of a character the buffer may cut off.
		end := len(buf)
		if !eof {
			for i := len(buf) - 1; i >= 0 && i >= len(buf)-utf8.UTFMax; i-- {
				if utf8.RuneStart(buf[i]) {
					if !utf8.FullRune(buf[i:]) {
						end = i
					}
					break
				}
			}
		}
		if bytes.IndexByte(buf[:end], 0) >= 0 || !utf8.Valid(buf[:end]) {
			return false, nil
		}
		if eof {
			return true, nil
		}
		buf = buf[:copy(buf, buf[end:])]
	}
}
