// Package synth generates synthetic translation memories for benchmarks from real
// sentence pairs: every unit is a corpus pair varied so that a large memory does not
// collapse to a few thousand distinct units, yet stays realistic for fuzzy matching (many
// near neighbours that differ in a term, a year, a number or an opening phrase).
package synth

import (
	"fmt"
	"io"
	"math/rand/v2"
	"regexp"
	"strings"
)

// Pair is a Japanese sentence and its English translation.
type Pair struct{ JA, EN string }

// Generator varies base pairs.
type Generator struct {
	base  []Pair
	terms []Pair // term pairs that substitute for each other
	rng   *rand.Rand
}

// New returns a generator over base sentence pairs and term pairs (a glossary's), seeded
// for reproducible output.
func New(base, terms []Pair, seed uint64) *Generator {
	var ts []Pair
	for _, t := range terms {
		if len([]rune(t.JA)) >= 2 && len(t.EN) >= 4 {
			ts = append(ts, t)
		}
	}
	return &Generator{base: base, terms: ts, rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

var year = regexp.MustCompile(`(19|20)[0-9]{2}`)

var openers = []Pair{
	{"", ""},
	{"さらに、", "Furthermore, "},
	{"また、", "In addition, "},
	{"一方で、", "At the same time, "},
	{"このため、", "For this reason, "},
	{"両国は、", "Both countries noted that "},
	{"閣僚は、", "The Ministers stated that "},
}

// Next returns the next pair: a base pair with, each at random, a glossary term swapped
// for another on both sides, its years moved, an opening phrase, and a numbered meeting
// phrase that makes most pairs distinct.
func (g *Generator) Next() Pair {
	r := g.rng
	p := g.base[r.IntN(len(g.base))]
	ja, en := p.JA, p.EN
	// swap a term that occurs on both sides for another term pair
	for try := 0; try < 4 && len(g.terms) > 1; try++ {
		t := g.terms[r.IntN(len(g.terms))]
		if strings.Contains(ja, t.JA) && strings.Contains(strings.ToLower(en), strings.ToLower(t.EN)) {
			u := g.terms[r.IntN(len(g.terms))]
			ja = strings.Replace(ja, t.JA, u.JA, 1)
			if i := strings.Index(strings.ToLower(en), strings.ToLower(t.EN)); i >= 0 {
				en = en[:i] + u.EN + en[i+len(t.EN):]
			}
			break
		}
	}
	if r.IntN(2) == 0 {
		shift := r.IntN(30) - 15
		move := func(s string) string {
			return year.ReplaceAllStringFunc(s, func(y string) string {
				var n int
				fmt.Sscan(y, &n)
				return fmt.Sprint(n + shift)
			})
		}
		ja, en = move(ja), move(en)
	}
	o := openers[r.IntN(len(openers))]
	ja = o.JA + ja
	if o.EN != "" && en != "" {
		en = o.EN + strings.ToLower(en[:1]) + en[1:]
	}
	if r.IntN(4) != 0 {
		n := r.IntN(1_000_000) + 1
		ja = fmt.Sprintf("第%d回会合において、", n) + ja
		en = fmt.Sprintf("At meeting No. %d, ", n) + en
	}
	return Pair{ja, en}
}

// WriteTSV writes n generated pairs as an id/ja/en bitext.
func (g *Generator) WriteTSV(w io.Writer, n int) error {
	if _, err := fmt.Fprintln(w, "id\tja\ten"); err != nil {
		return err
	}
	for i := 0; i < n; i++ {
		p := g.Next()
		if _, err := fmt.Fprintf(w, "s%d\t%s\t%s\n", i+1, clean(p.JA), clean(p.EN)); err != nil {
			return err
		}
	}
	return nil
}

func clean(s string) string { return strings.NewReplacer("\t", " ", "\n", " ", "\"", "'").Replace(s) }
