package align

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/morph"
	"github.com/glossterm/gloss/internal/textnorm"
)

// EvHeading is the evidence of a numbered item of a Japanese list and the English heading
// numbered alike.
const EvHeading = "numbered-heading" // item n of a Japanese list and heading n of an English series as long

func init() { weights[EvHeading] = 0.6 }

// A commentary that sums up a document lists its parts by number in the document's order
// (…では、①アメリカ本土及び西半球の防衛、②…、③…、④…の4つを柱とする), and the document
// numbers the same parts in a series of headings ("Line of Effort 1: Defend the American
// Homeland" … "Line of Effort 4: …"). Item n of the list names what heading n names: the
// commentary's Japanese for the heading, whatever it adds or leaves out (the heading's
// "U.S." of "U.S. Allies and Partners" goes without saying in Japanese). The numbering is
// the anchor, the words only confirm it: a list pairs with a series of headings as long,
// and only when every item but one at most shares a word with its heading through the
// lexicon (同盟国 "ally" in "Allies and Partners"), two items at least, so that a
// commentary's own numbered points never meet a document's headings by their count and a
// word of the domain alone. Review tier: a summary's wording is no translation.
func (r *run) numberedHeadings(ja, en []Doc) {
	var series [][]heading
	for _, d := range en {
		series = append(series, headingSeries(d)...)
	}
	if len(series) == 0 {
		return
	}
	for _, d := range ja {
		for _, list := range jaNumberedLists(d.Text) {
			best, bestAgree, tie := -1, 0, false
			agreeing := r.itemsAgreeing(list, len(series), func(si, i int) (string, bool) {
				if len(series[si]) != len(list) {
					return "", false
				}
				return series[si][i].text, true
			})
			for si, n := range agreeing {
				switch {
				case n > bestAgree:
					best, bestAgree, tie = si, n, false
				case n == bestAgree && n > 0:
					tie = true
				}
			}
			if best < 0 || tie || bestAgree < max(2, len(list)-1) {
				continue
			}
			for i, it := range list {
				term := r.itemTerm(it.text)
				if term == "" {
					continue
				}
				h := series[best][i]
				r.add(term, h.text, Evidence{Type: EvHeading, Doc: d.Name, Line: it.line, Quote: quote(it.text),
					Detail: "item " + itoa(i+1) + " of " + itoa(len(list)) + ", heading " + h.label + " " + itoa(i+1) + " (" + h.doc + ":" + itoa(h.line) + ")"})
			}
		}
	}
}

// heading is one heading of a numbered series of an English document.
type heading struct {
	doc, label, text string
	line             int
}

// headingRE matches a numbered heading line: a label of up to four words (Line of
// Effort, Pillar, Goal, Part) or none, a number, a colon or a period, and the heading.
var headingRE = regexp.MustCompile(`^\s*([A-Z][A-Za-z]*(?:\s+[A-Za-z]+){0,3})?\s*([0-9]{1,2})\s*[:.)]\s+(\S.*?)\s*$`)

// headingSeries returns the series of numbered headings of an English document: lines of
// the same label numbered 1, 2, … in order, two or more, each heading a title (every
// content word capitalized, no final stop). A line numbered otherwise ends the series.
func headingSeries(d Doc) [][]heading {
	var out [][]heading
	open := map[string][]heading{}
	for i, line := range strings.Split(d.Text, "\n") {
		m := headingRE.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		label, text := strings.TrimSpace(m[1]), m[3]
		n := int(m[2][0] - '0')
		if len(m[2]) == 2 {
			n = n*10 + int(m[2][1]-'0')
		}
		if strings.ContainsAny(text[len(text)-1:], ".!?;,") || !titleCase(text) || len(strings.Fields(text)) > maxQuotedTitle {
			continue
		}
		cur := open[label]
		switch {
		case n == 1:
			if len(cur) >= 2 {
				out = append(out, cur)
			}
			cur = nil
		case n != len(cur)+1:
			if len(cur) >= 2 {
				out = append(out, cur)
			}
			delete(open, label)
			continue
		}
		open[label] = append(cur, heading{doc: d.Name, label: label, text: text, line: i + 1})
	}
	for _, cur := range open {
		if len(cur) >= 2 {
			out = append(out, cur)
		}
	}
	return out
}

// jaItem is one item of a numbered Japanese list.
type jaItem struct {
	text string
	line int
}

// circled are the circled digits ① to ⑳ that number the items of a Japanese list.
const circledFirst, circledLast = '①', '⑳'

// parenNumberRE matches the other numbering of Japanese list items: a number in
// parentheses of either width, (1) or （１）, not right after a Latin letter or a digit
// (Article 5(1) is a paragraph of a citation).
var parenNumberRE = regexp.MustCompile(`(?:^|[^A-Za-z0-9])([(（]([0-9０-９]{1,2})[)）])`)

// listMark is the number of a list item in a Japanese text.
type listMark struct {
	n, at, end, line int
}

// jaNumberedLists returns the lists of a Japanese text numbered by circled digits (①, ②)
// or by numbers in parentheses ((1), (2)), one kind a list, 1 first and each next number
// after the one before: the text of each item runs from its number to the next number, or
// to the end of its line for the last, without the comma or the coordinator that links
// it to the next.
func jaNumberedLists(text string) [][]jaItem {
	var breaks []int // the offsets of the line breaks
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			breaks = append(breaks, i)
		}
	}
	lineAt := func(i int) int { return sort.SearchInts(breaks, i) + 1 }
	var circled, parens []listMark
	for i, c := range text {
		if c >= circledFirst && c <= circledLast {
			circled = append(circled, listMark{n: int(c-circledFirst) + 1, at: i, end: i + utf8.RuneLen(c), line: lineAt(i)})
		}
	}
	for _, m := range parenNumberRE.FindAllStringSubmatchIndex(text, -1) {
		n := 0
		for _, c := range width.Narrow.String(text[m[4]:m[5]]) {
			n = n*10 + int(c-'0')
		}
		parens = append(parens, listMark{n: n, at: m[2], end: m[3], line: lineAt(m[2])})
	}
	return append(listsOf(text, circled), listsOf(text, parens)...)
}

// listsOf groups the marks of one kind into lists: runs numbered 1, 2, … of two or more.
func listsOf(text string, marks []listMark) [][]jaItem {
	var out [][]jaItem
	for i := 0; i < len(marks); {
		if marks[i].n != 1 {
			i++
			continue
		}
		j := i + 1
		for j < len(marks) && marks[j].n == marks[j-1].n+1 {
			j++
		}
		if j-i >= 2 {
			var list []jaItem
			for k := i; k < j; k++ {
				end := len(text)
				if k+1 < j {
					end = marks[k+1].at
				}
				body := text[marks[k].end:end]
				if nl := strings.IndexByte(body, '\n'); nl >= 0 {
					body = body[:nl]
				}
				body = strings.TrimSpace(body)
				for _, tail := range []string{"、", "，", ",", "及び", "および", "並びに", "ならびに", "と", "や"} {
					body = strings.TrimSuffix(body, tail)
				}
				list = append(list, jaItem{text: body, line: marks[k].line})
			}
			out = append(out, list)
		}
		i = j
	}
	return out
}

// itemTerm returns the Japanese term an item names: the item itself when it is a
// candidate, else its longest candidate from its start (the last item of a list runs on
// into the sentence: アメリカの防衛産業基盤の拡充の4つを柱とする), "" when none spans
// two or more units.
func (r *run) itemTerm(item string) string {
	rs := []rune(item)
	for n := len(rs); n >= 2; n-- {
		if jc := r.ja[textnorm.Key(string(rs[:n]))]; jc != nil && len(jc.units) >= 2 {
			return string(rs[:n])
		}
	}
	return ""
}

// itemGlossWords returns the content words of the glosses of the nouns of a list item, and
// of two nouns written together, each once.
func (r *run) itemGlossWords(item string) []string {
	var out []string
	seen := map[string]bool{}
	toks := morph.Tokenize(item)
	for i, t := range toks {
		if t.POSAt(0) != "名詞" {
			continue
		}
		words := []string{t.Surface}
		if i+1 < len(toks) && toks[i+1].POSAt(0) == "名詞" && toks[i+1].Start == t.End {
			words = append(words, t.Surface+toks[i+1].Surface)
		}
		for _, w := range words {
			for _, e := range r.lx.Lookup(w) {
				for _, g := range e.Words {
					if !seen[g] {
						seen[g] = true
						out = append(out, g)
					}
				}
			}
		}
	}
	return out
}

// agrees reports whether a gloss word of an item (see itemGlossWords) shares a content word
// with the heading, up to a derivational ending (defense and "Defend", America and
// "American").
func agrees(glosses []string, head string) bool {
	hw, _ := lexicon.Split(head)
	for _, g := range glosses {
		for _, h := range hw {
			if sameStem(g, h) {
				return true
			}
		}
	}
	return false
}

// sameStem reports whether two normalized English words are one word or share a stem of
// five letters or more that leaves at most two letters of the shorter over (defens and
// defend, america and american).
func sameStem(a, b string) bool {
	if a == b {
		return true
	}
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n >= 5 && n >= min(len(a), len(b))-2
}

// itemsAgreeing counts, for each of n English lists, the items of the Japanese list that
// share a word with the English item at their place through the lexicon; item(k, i) gives
// the English list k's item i, or false when list k is not as long (its count is then -1).
// Each Japanese item's gloss words are read once, when a list as long first asks.
func (r *run) itemsAgreeing(list []jaItem, n int, item func(k, i int) (string, bool)) []int {
	out := make([]int, n)
	var glosses [][]string
	for k := range out {
		out[k] = -1
		if _, ok := item(k, 0); !ok {
			continue
		}
		if glosses == nil {
			glosses = make([][]string, len(list))
			for i, it := range list {
				glosses[i] = r.itemGlossWords(it.text)
			}
		}
		out[k] = 0
		for i := range list {
			if en, _ := item(k, i); agrees(glosses[i], en) {
				out[k]++
			}
		}
	}
	return out
}
