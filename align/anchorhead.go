package align

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/internal/lexicon"
)

// headFirstConnectors are the lower-case function words a head-first name holds between
// its head and a complement: a preposition (on, of, for, concerning, regarding, between),
// an article, a conjunction.
var headFirstConnectors = map[string]bool{"on": true, "the": true, "of": true, "for": true, "and": true,
	"concerning": true, "regarding": true, "between": true}

// headFirstName widens an English name that ends at end of s and opens at start, found
// before a parenthetical, to the left over the function words a name holds and the
// capitalized words before them, as long as it goes on so: English puts a name's head
// first and its complements after a preposition, and the name before an acronym is cut
// where the first of them stops a run of capitals ("Treaty on the Non-Proliferation of
// Nuclear Weapons (NPT)" for 核兵器不拡散条約(NPT), where the run is "Non-Proliferation of
// Nuclear Weapons"). The widest span whose first word renders the head of the Japanese
// term jc is returned, "" when none does: the Japanese puts its head last, so the head
// decides which capitalized words open the name.
func (r *run) headFirstName(s string, start, end int, jc *jaCand) string {
	var head *constituent // the Japanese head, asked only once the English has a function word to cross
	looked := false
	best := ""
	for pos := start; ; {
		ws := headFirstWords(s[:pos])
		k := len(ws) - 1
		for k >= 0 && headFirstConnectors[ws[k].text] {
			k--
		}
		if k == len(ws)-1 {
			break // no function word: the name's left edge is a capital run's own
		}
		m := k
		for m >= 0 && capitalized(ws[m].text) && !ws[m].closed {
			m--
		}
		if m == k {
			break
		}
		first := m + 1
		if first < k && ws[first].text == "The" {
			first++ // the article that opens a sentence
		}
		if !looked {
			looked = true
			cs, _, _ := r.parts(jc)
			for i := range cs {
				if cs[i].head {
					head = &cs[i]
				}
			}
		}
		if head == nil {
			break
		}
		w := strings.ToLower(strings.Trim(ws[first].text, "'’"))
		if covers(*head, lexicon.Norm(w), w) {
			best = s[ws[first].start:end]
		}
		pos = ws[first].start
	}
	return best
}

// spanWord is a word of an English text and where it starts; closed says a punctuation
// mark follows it (a comma, a period), which no name crosses.
type spanWord struct {
	text   string
	start  int
	closed bool
}

// headFirstWords returns the space-separated words of s, trimmed of the punctuation after
// them.
func headFirstWords(s string) []spanWord {
	var out []spanWord
	for i := 0; i < len(s); {
		c, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(c) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			d, m := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(d) {
				break
			}
			j += m
		}
		t := strings.TrimRight(s[i:j], ",.;:()\"“”")
		out = append(out, spanWord{text: t, start: i, closed: len(t) < j-i || t == ""})
		i = j
	}
	return out
}
