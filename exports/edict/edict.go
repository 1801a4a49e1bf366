// Package edict reads the EDICT Japanese-English dictionary (the Debian package edict
// installs it as /usr/share/edict/edict, EUC-JP) into a glossary, for use as a large
// background dictionary.
//
// A line is
//
//	回縁 [まわりえん] /(n) cornice/
//	ＤＯＳ [ドス] /(n) (comp) disk operating system/DOS/(P)/
//
// Each line becomes a proposed concept with the id edict-LINE: the headword is the
// preferred Japanese term, the reading (when it differs) an admitted one — consecutive
// lines with the same headword and glosses are one concept with several readings —, the first
// gloss the preferred English term and the other glosses admitted. Leading tags in
// parentheses ((n), (v5r,vi), (1), (comp), (P)) are removed from the glosses; the part
// of speech of the first tag (n, v…, adj…, adv) becomes the Japanese term's. Full-width
// ASCII in headwords becomes ASCII, as gloss validate asks. Senses are not kept apart;
// the header line and headwords without an English gloss are skipped. A line without
// " /" is an error with its line number.
//
//	g, err := edict.Read(f, "/usr/share/edict/edict")
package edict

import (
	"bufio"
	"errors"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/transform"

	"github.com/glossterm/gloss"
	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/textfile"
	"github.com/glossterm/gloss/internal/textnorm"
)

var tag = regexp.MustCompile(`^\(([a-zA-Z0-9,\-]+)\)\s*`)

// Read reads EDICT text, EUC-JP or (when the input is valid UTF-8) UTF-8.
func Read(r io.Reader, file string) (*glossary.Glossary, error) {
	src := Scan(r, file)
	g := exports.NewGlossary(src.Languages...)
	for c, err := range src.Concepts {
		if err != nil {
			return nil, err
		}
		g.Concepts = append(g.Concepts, c)
	}
	if len(g.Concepts) == 0 {
		return nil, NoEntries(file)
	}
	return g, nil
}

// NoEntries is the error of a file with no dictionary entry, for a reader of [Scan].
func NoEntries(file string) error {
	return exports.Errorf(file, 1, 1, "is this the EDICT file?", "no dictionary entries")
}

// scanLimit bounds what Scan reads: the exchange files' limit (the EDICT file is about
// 10 MB).
var scanLimit = textfile.Exchange

// Scan returns the entries of EDICT text as a Source that decodes and yields one concept
// at a time, so that writing a dictionary out never holds it whole in memory.
func Scan(r io.Reader, file string) exports.Source {
	return exports.Source{Languages: []string{"ja", "en"}, Concepts: func(yield func(*glossary.Concept, error) bool) {
		// past the limit the read fails: a dictionary cut off silently would lose entries
		var in io.Reader = bufio.NewReaderSize(textfile.Limit(r, file, scanLimit), 1<<20)
		head, _ := in.(*bufio.Reader).Peek(4096)
		if !utf8.Valid(trimPartial(head)) {
			in = transform.NewReader(in, japanese.EUCJP.NewDecoder())
		}
		sc := bufio.NewScanner(in)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		n := 0
		var pending *glossary.Concept
		for sc.Scan() {
			n++
			line := strings.TrimRight(sc.Text(), "\r")
			if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "　？？？") {
				continue
			}
			if err := textfile.CheckControls(file, []byte(line)); err != nil {
				var ge *gloss.Error
				if errors.As(err, &ge) {
					ge.Line = n // the line's own position, in the file
				}
				yield(nil, err)
				return
			}
			c, msg := parseLine(line)
			if c == nil && msg == "" {
				continue // a headword without an English gloss, as the real file has a few
			}
			if msg != "" {
				yield(nil, exports.Errorf(file, n, 1, "an EDICT line is: HEADWORD [READING] /gloss/gloss/", "%s", msg))
				return
			}
			if pending != nil && sameEntry(pending, c) {
				// the same word and glosses with another reading: one concept
				for _, t := range c.Terms["ja"][1:] {
					pending.AddTerm("ja", t)
				}
				continue
			}
			if pending != nil && !yield(pending, nil) {
				return
			}
			c.ID = "edict-" + strconv.Itoa(n)
			c.Status = glossary.Proposed
			pending = c
		}
		if err := sc.Err(); err != nil {
			if errors.Is(err, gloss.ErrTooLarge) {
				yield(nil, err)
				return
			}
			yield(nil, exports.Errorf(file, n+1, 1, "EDICT is EUC-JP or UTF-8, one entry per line", "%v", err))
			return
		}
		if pending != nil {
			yield(pending, nil)
		}
	}}
}

// trimPartial drops an incomplete UTF-8 sequence at the end of a peeked prefix.
func trimPartial(b []byte) []byte {
	for i := 0; i < 3 && len(b) > 0; i++ {
		r, size := utf8.DecodeLastRune(b)
		if r != utf8.RuneError || size != 1 {
			break
		}
		b = b[:len(b)-1]
	}
	return b
}

func parseLine(line string) (*glossary.Concept, string) {
	head, rest, ok := strings.Cut(line, " /")
	if !ok {
		return nil, "no glosses (\" /\" missing)"
	}
	word, reading := head, ""
	if i := strings.Index(head, " ["); i >= 0 && strings.HasSuffix(head, "]") {
		word, reading = head[:i], head[i+2:len(head)-1]
	}
	word = narrow(strings.TrimSpace(word))
	if word == "" {
		return nil, "empty headword"
	}
	c := &glossary.Concept{}
	jt := &glossary.Term{Text: word, Status: glossary.Preferred}
	c.AddTerm("ja", jt)
	if reading = strings.TrimSpace(reading); reading != "" && reading != word {
		c.AddTerm("ja", &glossary.Term{Text: reading, Status: glossary.Admitted})
	}
	seen := map[string]bool{}
	for _, gl := range strings.Split(strings.TrimSuffix(rest, "/"), "/") {
		gl = strings.TrimSpace(gl)
		for {
			m := tag.FindStringSubmatch(gl)
			if m == nil {
				break
			}
			if jt.PartOfSpeech == "" && len(c.Terms["en"]) == 0 {
				jt.PartOfSpeech = pos(m[1])
			}
			gl = gl[len(m[0]):]
		}
		if gl == "" || strings.HasPrefix(gl, "EntL") {
			continue
		}
		k := textnorm.Key(gl)
		if seen[k] {
			continue
		}
		seen[k] = true
		st := glossary.Admitted
		if len(c.Terms["en"]) == 0 {
			st = glossary.Preferred
		}
		c.AddTerm("en", &glossary.Term{Text: gl, Status: st})
	}
	if len(c.Terms["en"]) == 0 {
		return nil, ""
	}
	return c, ""
}

func pos(t string) string {
	for _, p := range strings.Split(t, ",") {
		switch {
		case p == "n" || p == "n-adv" || p == "n-t" || p == "n-suf" || p == "n-pref":
			return "noun"
		case strings.HasPrefix(p, "v") && p != "vs" && len(p) > 1 || p == "vs-i":
			return "verb"
		case strings.HasPrefix(p, "adj"):
			return "adjective"
		case p == "adv" || p == "adv-to":
			return "adverb"
		}
	}
	return ""
}

// narrow turns full-width ASCII into ASCII.
func narrow(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '！' && r <= '～' {
			return r - '！' + '!'
		}
		return r
	}, s)
}

func sameEntry(a, b *glossary.Concept) bool {
	if a.Terms["ja"][0].Text != b.Terms["ja"][0].Text || len(a.Terms["en"]) != len(b.Terms["en"]) || len(b.Terms["ja"]) < 2 {
		return false
	}
	for i, t := range a.Terms["en"] {
		if b.Terms["en"][i].Text != t.Text {
			return false
		}
	}
	return true
}
