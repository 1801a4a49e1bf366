package align

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/exports/tmx"
	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/textnorm"
)

// WriteTSV writes the pairs as ja<TAB>en<TAB>score<TAB>status<TAB>evidence, best first. The
// evidence column lists "type doc:line" items separated by "; "; known pairs end it with
// "known CONCEPT", loose glosses with "related".
func WriteTSV(w io.Writer, pairs []Pair) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "ja\ten\tscore\tstatus\tevidence")
	for _, p := range pairs {
		fmt.Fprintf(bw, "%s\t%s\t%.2f\t%s\t%s\n", cell(p.JA), cell(p.EN), p.Score, p.Status, cell(evidenceText(p)))
	}
	return bw.Flush()
}

// WriteMissingTSV writes the missing terms as ja<TAB>freq<TAB>flr<TAB>where.
func WriteMissingTSV(w io.Writer, ms []Missing) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "ja\tfreq\tflr\twhere")
	for _, m := range ms {
		fmt.Fprintf(bw, "%s\t%d\t%.2f\t%s:%d\n", cell(m.JA), m.Freq, m.FLR, m.Doc, m.Line)
	}
	return bw.Flush()
}

func evidenceText(p Pair) string {
	var parts []string
	for _, e := range p.Evidence {
		s := e.Type
		if e.Doc != "" {
			s += " " + e.Doc
			if e.Line > 0 {
				s += ":" + strconv.Itoa(e.Line)
			}
		}
		if e.More > 0 {
			s += fmt.Sprintf(" (+%d more)", e.More)
		}
		if e.Detail != "" {
			s += " (" + e.Detail + ")"
		}
		parts = append(parts, s)
	}
	if p.Related {
		parts = append(parts, "related")
	}
	if p.Known {
		parts = append(parts, "known "+p.ConceptID)
	}
	return strings.Join(parts, "; ")
}

func cell(s string) string {
	return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
}

// WriteJSON writes the pairs and the missing terms as one JSON document.
func WriteJSON(w io.Writer, res *Result) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	pairs, missing := res.Pairs, res.Missing
	if pairs == nil {
		pairs = []Pair{}
	}
	if missing == nil {
		missing = []Missing{}
	}
	return enc.Encode(struct {
		Pairs   []Pair    `json:"pairs"`
		Missing []Missing `json:"missing"`
	}{pairs, missing})
}

var idUnsafe = regexp.MustCompile(`[^a-z0-9]+`)

// Proposals returns the pairs that are not yet in the glossary as proposed concepts, in
// the glossary format, ready for review. Pairs that share a Japanese or an English term
// are one concept (相互確証破壊 = MAD = mutual assured destruction): its best-scored terms
// are preferred, the others admitted. The evidence becomes the sources, the scores the note.
func Proposals(pairs []Pair) *glossary.Glossary {
	g := &glossary.Glossary{Version: glossary.FormatVersion, Languages: []string{"ja", "en"},
		Comment: "Proposed by gloss align: review each concept, then set its status to approved."}
	// union-find over the pairs, joined by shared terms
	parent := make([]int, len(pairs))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	owner := map[string]int{}
	for i, p := range pairs {
		if p.Known {
			continue
		}
		for _, k := range []string{"ja\x00" + textnorm.Key(p.JA), "en\x00" + enKey(p.EN)} {
			if j, ok := owner[k]; ok {
				parent[find(i)] = find(j)
			} else {
				owner[k] = i
			}
		}
	}
	groups := map[int][]int{}
	var order []int
	for i, p := range pairs {
		if p.Known {
			continue
		}
		r := find(i)
		if _, ok := groups[r]; !ok {
			order = append(order, r)
		}
		groups[r] = append(groups[r], i)
	}
	ids := map[string]int{}
	for _, r := range order {
		members := groups[r] // in the order of pairs: best score first
		best := pairs[members[0]]
		id := strings.Trim(idUnsafe.ReplaceAllString(strings.ToLower(best.EN), "-"), "-")
		if id == "" {
			id = "term"
		}
		ids[id]++
		if n := ids[id]; n > 1 {
			id = fmt.Sprintf("%s-%d", id, n)
		}
		c := &glossary.Concept{ID: id, Status: glossary.Proposed}
		var notes []string
		seen := map[string]bool{}
		for _, i := range members {
			p := pairs[i]
			for _, t := range []struct{ lang, text, key string }{{"ja", p.JA, textnorm.Key(p.JA)}, {"en", p.EN, enKey(p.EN)}} {
				if seen[t.lang+t.key] {
					continue
				}
				seen[t.lang+t.key] = true
				st := glossary.Admitted
				if len(c.Terms[t.lang]) == 0 {
					st = glossary.Preferred
				}
				c.AddTerm(t.lang, &glossary.Term{Text: t.text, Status: st})
			}
			note := fmt.Sprintf("%s = %s: score %.2f (%s)", p.JA, p.EN, p.Score, p.Status)
			if p.Related {
				note += ", a loose gloss: related, not equivalent"
			}
			notes = append(notes, note)
			for _, e := range p.Evidence {
				if e.Quote == "" || len(c.Sources) == 3 {
					continue
				}
				lang := "en"
				if hasJapanese(e.Quote) {
					lang = "ja"
				}
				src := &glossary.Source{Lang: lang, Doc: e.Doc, Quote: e.Quote}
				if e.Line > 0 {
					src.Loc = "line " + strconv.Itoa(e.Line)
				}
				c.Sources = append(c.Sources, src)
			}
		}
		// an acronym is not the preferred English when a full form is there
		if en := c.Terms["en"]; len(en) > 1 && isAcronym(en[0].Text) {
			for i := 1; i < len(en); i++ {
				if !isAcronym(en[i].Text) {
					en[0].Status, en[i].Status = glossary.Admitted, glossary.Preferred
					en[0], en[i] = en[i], en[0]
					break
				}
			}
		}
		c.Note = "gloss align: " + strings.Join(notes, "; ")
		g.Concepts = append(g.Concepts, c)
	}
	return g
}

func enKey(s string) string { return enterm.Key(s) }

func isAcronym(s string) bool { return enterm.IsAcronym(s) }

func hasJapanese(s string) bool {
	for _, r := range s {
		if r >= 0x3040 && r <= 0x9FFF {
			return true
		}
	}
	return false
}

// WriteTMX writes aligned segments as TMX 1.4 (segtype sentence), Japanese as the source.
func WriteTMX(w io.Writer, segs []Segment, version string, now time.Time) error {
	tw := tmx.NewWriter(w, tmx.Header{CreationTool: "gloss align", CreationToolVersion: version, SegType: "sentence",
		OTMF: "gloss", AdminLang: "en-US", SrcLang: "ja-JP", DataType: "plaintext", CreationDate: now.UTC().Format(tmx.DateLayout)})
	for _, s := range segs {
		tu := &tmx.TU{TUVs: []tmx.TUV{{Lang: "ja-JP", Text: s.JA}, {Lang: "en-US", Text: s.EN}}}
		if s.Doc != "" {
			tu.Props = append(tu.Props, tmx.Prop{Type: "x-source", Value: fmt.Sprintf("%s:%d", s.Doc, s.Line)})
		}
		if s.Origin != "" {
			tu.Props = append(tu.Props, tmx.Prop{Type: "x-origin", Value: s.Origin})
		}
		tw.Write(tu)
	}
	return tw.Close()
}
