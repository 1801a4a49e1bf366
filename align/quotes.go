package align

import (
	"strings"
	"unicode/utf8"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/internal/segment"
	"github.com/glossterm/gloss/internal/textnorm"
)

// Quoted passages.

// minQuote is the least length in bytes of a Japanese sentence looked for in the English
// sources (about 30 characters).
const minQuote = 90

// quotes locates Japanese sentences that translate a sentence of the English sources:
// each term of the sentence with a proposed English rendering, and each Latin word, votes
// for the English sentences holding that rendering; the best sentence is kept when at
// least three anchors agree, they are most of the sentence's anchors, and the lengths fit
// (English characters 1 to 4.5 times the Japanese). Words found in more than a few English
// sentences do not vote, which keeps the search linear.
func (r *run) quotes(en []Doc, pairs []Pair) []Segment {
	const maxPostings = 8
	type enSent struct {
		doc  string
		line int
		text string
	}
	var sents []enSent
	post := map[string][]int{}
	for _, d := range en {
		for _, s := range segment.English(d.Text) {
			id := len(sents)
			sents = append(sents, enSent{d.Name, s.Line, s.Text})
			for _, k := range clausesNGrams(s.Text) {
				if p := post[k]; len(p) <= maxPostings && (len(p) == 0 || p[len(p)-1] != id) {
					post[k] = append(p, id)
				}
			}
		}
	}
	render := map[string][]string{}
	for _, p := range pairs {
		k := textnorm.Key(p.JA)
		render[k] = append(render[k], p.enKey)
	}
	var out []Segment
	for _, s := range r.sents {
		if len(s.keys) == 0 {
			continue
		}
		votes := map[int]int{}
		anchors := 0
		used := map[string]bool{}
		vote := func(keys []string) {
			for _, k := range keys {
				if used[k] {
					return // the same English counted once: 国家安全保障戦略（National Security Strategy）
				}
			}
			for _, k := range keys {
				used[k] = true
			}
			hit := false
			seen := map[int]bool{}
			for _, k := range keys {
				p := post[k]
				if len(p) == 0 || len(p) > maxPostings {
					continue
				}
				hit = true
				for _, id := range p {
					if !seen[id] {
						seen[id] = true
						votes[id]++
					}
				}
			}
			if hit {
				anchors++
			}
		}
		for _, k := range s.keys {
			if ens := render[k]; len(ens) > 0 {
				vote(ens)
			}
		}
		for _, w := range latinWords(s.text) {
			vote([]string{enterm.Key(w)})
		}
		best, bestVotes := -1, 0
		for id, v := range votes {
			if v > bestVotes || v == bestVotes && id < best {
				best, bestVotes = id, v
			}
		}
		if best < 0 || bestVotes < 3 || bestVotes*2 <= anchors { // most: more than half
			continue
		}
		ratio := float64(utf8.RuneCountInString(sents[best].text)) / float64(utf8.RuneCountInString(s.text))
		if ratio < 1 || ratio > 4.5 {
			continue
		}
		out = append(out, Segment{JA: s.text, EN: sents[best].text, Doc: s.doc, Line: s.line, Origin: "quote"})
	}
	return out
}

// latinWords returns the runs of Latin words of a Japanese sentence, each run one phrase
// (National Defense Strategy, NATO).
func latinWords(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool {
		return !(r < utf8.RuneSelf && (r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == ' ' || r == '-'))
	}) {
		f = strings.TrimSpace(f)
		if len(f) >= 2 && strings.IndexFunc(f, func(r rune) bool { return r >= 'A' && r <= 'z' }) >= 0 {
			out = append(out, f)
		}
	}
	return out
}
