package glossary

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/internal/atomicfile"
)

// Write prints g in the canonical form (see the package doc).
func Write(w io.Writer, g *Glossary) error {
	return WriteEach(w, g, func(yield func(*Concept, error) bool) {
		for _, c := range g.Concepts {
			if !yield(c, nil) {
				return
			}
		}
	})
}

// WriteEach is [Write] for the glossary whose head (version, languages, comment) is g and
// whose concepts come from concepts one at a time, so that a large glossary is written
// without holding it whole; it stops at the first error concepts yields and returns it.
func WriteEach(w io.Writer, g *Glossary, concepts iter.Seq2[*Concept, error]) error {
	bw := bufio.NewWriter(w)
	e := emitter{w: bw}
	e.comment("", g.Comment)
	version := g.Version
	if version == 0 {
		version = FormatVersion
	}
	e.line("", "gloss: "+strconv.Itoa(version))
	e.line("", "languages: "+flowList(g.Languages))
	n := 0
	for c, err := range concepts {
		if err != nil {
			return err
		}
		if n == 0 {
			e.line("", "concepts:")
		}
		n++
		e.concept(c, g.Languages)
	}
	if n == 0 {
		e.line("", "concepts: []")
	}
	return bw.Flush()
}

// WriteFileFunc is [WriteFile] for a glossary written by write as it goes (with
// [WriteEach]): under the glossary's write lock, through a temporary file renamed over
// path only when write succeeds.
func WriteFileFunc(path string, write func(io.Writer) error) error {
	return underLock(path, func(real string) error { return atomicfile.WriteFunc(real, write) })
}

// Format returns the canonical form of g.
func Format(g *Glossary) []byte {
	var b bytes.Buffer
	Write(&b, g) // a bytes.Buffer does not fail
	return b.Bytes()
}

// WriteFile writes g to path atomically, under the glossary's write lock (see
// [UpdateFile]): to a temporary file in the same directory, then renamed over path, so that
// a failure never leaves a half-written glossary.
func WriteFile(path string, g *Glossary) error {
	return UpdateFile(path, func([]byte, bool) ([]byte, error) { return Format(g), nil })
}

// UpdateFile rewrites the glossary file at path under an exclusive advisory lock, so that
// concurrent writers (two `gloss import --merge`, a `gloss fmt -w`) serialize and none
// loses the other's changes. Under the lock it removes the temporary files a killed writer
// left behind, reads the file (exists is false when it does not exist yet) and calls edit
// with its bytes; edit returns the new content, or nil to leave the file as it is. The new
// content is written through a temporary file and a rename, as the package doc says.
//
// The lock is a file beside the glossary, named "." + its name + ".lock" (.gloss.yaml.lock),
// which stays after the write; a symbolic link is followed first, so that writers through
// different links to one file share a lock.
func UpdateFile(path string, edit func(current []byte, exists bool) ([]byte, error)) error {
	return UpdateFileFunc(path, func(cur []byte, exists bool) (func(io.Writer) error, error) {
		out, err := edit(cur, exists)
		if err != nil || out == nil {
			return nil, err
		}
		return func(w io.Writer) error { _, err := w.Write(out); return err }, nil
	})
}

// UpdateFileFunc is [UpdateFile] for new content written as it goes (with [WriteEach]):
// edit returns the function that writes it, or nil to leave the file as it is; the file
// is replaced only when that function succeeds.
//
// A pipe or a character device (/dev/stdout, /dev/null) is written directly, as a new
// file: it is not read, and there is nothing to lock.
func UpdateFileFunc(path string, edit func(current []byte, exists bool) (func(io.Writer) error, error)) error {
	if atomicfile.Stream(path) {
		write, err := edit(nil, false)
		if err != nil || write == nil {
			return err
		}
		return atomicfile.WriteFunc(path, write)
	}
	return underLock(path, func(real string) error {
		cur, err := ReadFile(real)
		exists := err == nil
		if errors.Is(err, fs.ErrNotExist) {
			err = nil
		}
		if err != nil {
			return err
		}
		write, err := edit(cur, exists)
		if err != nil || write == nil {
			return err
		}
		return atomicfile.WriteFunc(real, write)
	})
}

// underLock calls fn with the file path's links lead to, holding the glossary's write lock
// and with the temporary files a killed writer left beside it removed.
//
// A pipe or a character device (/dev/stdout) is no glossary file to lock: fn writes it
// directly.
func underLock(path string, fn func(real string) error) error {
	if atomicfile.Stream(path) {
		return fn(path)
	}
	real, err := atomicfile.ResolveLinks(path)
	if err != nil {
		return err
	}
	dir, base := filepath.Dir(real), filepath.Base(real)
	unlock, err := lockFile(filepath.Join(dir, "."+base+".lock"))
	if err != nil {
		return fmt.Errorf("cannot lock %s for writing: %w", path, err)
	}
	defer unlock()
	atomicfile.RemoveStaleTemps(dir, base)
	return fn(real)
}

type emitter struct {
	w *bufio.Writer
}

func (e *emitter) line(indent, s string) {
	e.w.WriteString(indent)
	e.w.WriteString(s)
	e.w.WriteByte('\n')
}

func (e *emitter) comment(indent, text string) {
	if text == "" {
		return
	}
	for _, l := range strings.Split(text, "\n") {
		if l == "" {
			e.line(indent, "#")
		} else {
			e.line(indent, "# "+l)
		}
	}
}

func (e *emitter) field(indent, key, value string) {
	if value != "" {
		e.line(indent, key+": "+scalar(value, false))
	}
}

func (e *emitter) concept(c *Concept, declared []string) {
	const in = "    "
	e.comment("  ", c.Comment)
	e.line("  ", "- id: "+scalar(c.ID, false))
	e.field(in, "subject", c.Subject)
	if c.Status != "" {
		e.line(in, "status: "+scalar(string(c.Status), false))
	}
	if len(c.Definition) > 0 {
		e.line(in, "definition:")
		for _, lang := range orderedKeys(c.Definition, declared) {
			e.line(in+"  ", scalar(lang, false)+": "+scalar(c.Definition[lang], false))
		}
	}
	e.field(in, "note", c.Note)
	if c.Translate != nil {
		e.line(in, "translate: "+strconv.FormatBool(*c.Translate))
	}
	if len(c.Homonyms) > 0 {
		e.line(in, "homonyms: "+flowList(c.Homonyms))
	}
	if len(c.Related) > 0 {
		e.line(in, "related: "+flowList(c.Related))
	}
	if len(c.Terms) > 0 {
		e.line(in, "terms:")
		for _, lang := range c.Langs(declared) {
			terms := c.Terms[lang]
			if len(terms) == 0 {
				e.line(in+"  ", scalar(lang, false)+": []")
				continue
			}
			e.line(in+"  ", scalar(lang, false)+":")
			for _, t := range terms {
				e.line(in+"    ", "- "+termText(t))
			}
		}
	}
	if len(c.Sources) > 0 {
		e.line(in, "sources:")
		for _, s := range c.Sources {
			first := true
			for _, kv := range [][2]string{{"lang", s.Lang}, {"doc", s.Doc}, {"quote", s.Quote}, {"loc", s.Loc}, {"url", s.URL}} {
				if kv[1] == "" {
					continue
				}
				prefix := in + "    "
				if first {
					prefix = in + "  - "
					first = false
				}
				e.line(prefix, kv[0]+": "+scalar(kv[1], false))
			}
			if first { // a source with no field at all
				e.line(in+"  ", "- {}")
			}
		}
	}
}

// termText writes a term as a plain string when it is preferred with no other field, and
// as a flow mapping otherwise.
func termText(t *Term) string {
	if t.Status == Preferred && t.PartOfSpeech == "" && t.Note == "" && t.Case == "" && t.Boundary == "" &&
		len(t.Except) == 0 && len(t.Forms) == 0 && len(t.Short) == 0 && t.Verb == "" && t.Adjective == "" {
		return scalar(t.Text, false)
	}
	parts := []string{"term: " + scalar(t.Text, true)}
	add := func(k, v string) {
		if v != "" {
			parts = append(parts, k+": "+scalar(v, true))
		}
	}
	// the status even when empty (a "status:" with no value): Load(Write(g)) must equal g,
	// and leaving it out would read back as preferred
	parts = append(parts, "status: "+scalar(string(t.Status), true))
	add("pos", t.PartOfSpeech)
	add("note", t.Note)
	add("case", t.Case)
	add("boundary", t.Boundary)
	if len(t.Except) > 0 {
		parts = append(parts, "except: "+flowList(t.Except))
	}
	if len(t.Forms) > 0 {
		parts = append(parts, "forms: "+flowList(t.Forms))
	}
	if len(t.Short) > 0 {
		parts = append(parts, "short: "+flowList(t.Short))
	}
	add("verb", t.Verb)
	add("adjective", t.Adjective)
	return "{" + strings.Join(parts, ", ") + "}"
}

func flowList(list []string) string {
	parts := make([]string, len(list))
	for i, s := range list {
		parts[i] = scalar(s, true)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// orderedKeys lists m's keys: declared languages first, in order, then the rest sorted.
func orderedKeys(m map[string]string, declared []string) []string {
	out := make([]string, 0, len(m))
	for _, l := range declared {
		if _, ok := m[l]; ok && !contains(out, l) {
			out = append(out, l)
		}
	}
	var rest []string
	for l := range m {
		if !contains(out, l) {
			rest = append(rest, l)
		}
	}
	sort.Strings(rest)
	return append(out, rest...)
}

// nonString matches plain scalars that YAML would read as something other than a string.
var nonString = regexp.MustCompile(`^(?i:~|null|true|false|yes|no|on|off|y|n|[-+]?\.?[0-9].*|\.inf|\.nan|<<)$`)

// scalar renders s as a plain scalar when YAML reads it back as the same string, and
// double-quoted otherwise. In flow context (inside [] or {}) more characters need quotes.
func scalar(s string, flow bool) string {
	if plainSafe(s, flow) {
		return s
	}
	return quote(s)
}

func plainSafe(s string, flow bool) bool {
	if s == "" || nonString.MatchString(s) {
		return false
	}
	if strings.ContainsAny(s[:1], "-?:,[]{}#&*!|>'\"%@` \t=") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if unicode.IsSpace(last) || last == ':' {
		return false
	}
	if strings.Contains(s, ": ") || strings.Contains(s, " #") || strings.Contains(s, ":\t") {
		return false
	}
	if flow && strings.ContainsAny(s, ",[]{}?:#") { // flow indicators, and what ends a flow scalar
		return false
	}
	for _, r := range s {
		if r == utf8.RuneError || r == '\uFEFF' || r == '\u0085' || r == '\u2028' || r == '\u2029' ||
			unicode.IsControl(r) || (unicode.IsSpace(r) && r != ' ' && r != '\u3000') {
			return false
		}
	}
	return true
}

// quote writes a YAML double-quoted scalar. Non-ASCII text stays as it is; control and
// line-break characters are escaped.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		case '\r':
			b.WriteString(`\r`)
		default:
			if r == '\uFEFF' || r == '\u0085' || r == '\u2028' || r == '\u2029' || unicode.IsControl(r) || r == utf8.RuneError {
				if r <= 0xFF {
					b.WriteString(`\x` + strconv.FormatInt(int64(r)|0x100, 16)[1:])
				} else {
					b.WriteString(`\u` + strconv.FormatInt(int64(r)|0x10000, 16)[1:])
				}
				continue
			}
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
