package align

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/glossterm/gloss/internal/morph"
	"github.com/glossterm/gloss/internal/textnorm"
)

// EvListItem is the evidence of item n of a lettered or numbered list written inside an
// aligned Japanese segment and item n of the list of its English translation.
const EvListItem = "list-item" // item n of a list in an aligned segment and item n of its translation's list

func init() { weights[EvListItem] = 0.6 }

// An official statement lists the topics, areas or pillars of a meeting inside one
// sentence, each under a label: the Japanese letters them in the order of the syllabary
// (ア 政治的リーダーシップと地域主義、 イ 人を中心に据えた開発、 ウ …) or numbers them (①,
// (1)), the translation letters or numbers the same items (A Political Leadership and
// Regionalism, B People-Centered Development, C …). The labels are the anchor: item n of
// the Japanese is what item n of the English names, a title that no word-by-word
// evidence finds when its Japanese is a clause (人を中心に据えた開発, People-Centered
// Development). Both lists must be as long, three items at least, and every item but one
// at most must share a word with its English through the lexicon, so that a label
// read in running text (the article "A", a stray katakana letter) pairs nothing. Review
// tier: the pairing of labels is structural, not a translation of each word.
func (r *run) listItems() {
	for _, b := range r.bitext {
		enLists := enLabelledLists(b.EN)
		if len(enLists) == 0 {
			continue
		}
		for _, list := range jaLabelledLists(b.JA) {
			var match []string
			agreeing := r.itemsAgreeing(list, len(enLists), func(k, i int) (string, bool) {
				if len(enLists[k]) != len(list) {
					return "", false
				}
				return enLists[k][i], true
			})
			for k, n := range agreeing {
				if n >= len(list)-1 {
					if match != nil {
						match = nil // two English lists fit: no anchor
						break
					}
					match = enLists[k]
				}
			}
			if match == nil {
				continue
			}
			for i, it := range list {
				term := r.listTerm(it.text, i == len(list)-1)
				if term == "" {
					continue
				}
				r.add(term, match[i], Evidence{Type: EvListItem, Doc: b.Doc, Line: b.Line, Quote: quote(it.text),
					Detail: "item " + itoa(i+1) + " of " + itoa(len(list)) + " in the aligned segment"})
			}
		}
	}
}

// kanaLabels are the katakana letters that label list items in the order of the
// syllabary.
const kanaLabels = "アイウエオカキクケコサシスセソタチツテト"

// kanaLabelRE matches a katakana letter written as a label: in parentheses of either
// width, or alone between the start, a space or a comma and a space.
var kanaLabelRE = regexp.MustCompile(`[(（]([` + kanaLabels + `])[)）]|(?:^|[\s　、，,：:])([` + kanaLabels + `])[\s　]`)

// jaLabelledLists returns the lists of an aligned Japanese segment labelled by katakana
// letters in the order of the syllabary (ア, イ, ウ or (ア), (イ)), by circled digits or
// by numbers in parentheses, three items or more; the last item ends at the first comma
// or full stop after its label.
func jaLabelledLists(text string) [][]jaItem {
	var marks []listMark
	for _, m := range kanaLabelRE.FindAllStringSubmatchIndex(text, -1) {
		g := 2
		if m[2] < 0 {
			g = 4
		}
		c, _ := utf8.DecodeRuneInString(text[m[g]:])
		n := strings.IndexRune(kanaLabels, c)/len("ア") + 1
		end := m[1]
		if g == 4 {
			end = m[5]
		}
		marks = append(marks, listMark{n: n, at: m[0], end: end, line: 1})
	}
	var out [][]jaItem
	for _, list := range append(listsOf(text, marks), jaNumberedLists(text)...) {
		if len(list) < 3 {
			continue
		}
		last := &list[len(list)-1]
		if i := strings.IndexAny(last.text, "、，,。"); i >= 0 {
			last.text = strings.TrimSpace(last.text[:i])
		}
		out = append(out, list)
	}
	return out
}

// enLabelRE matches the label of an English list item: a capital letter alone, or a
// letter or a number in parentheses, after the start, a space or a colon, a semicolon or
// a comma, and before a space.
var enLabelRE = regexp.MustCompile(`(?:^|[\s:;,])(?:([A-Z])|\(([A-Za-z]|[0-9]{1,2})\))\s`)

// enLabelledLists returns the items of the lists of an English segment labelled A, B, C
// or (a), (b), (c) or (1), (2), (3), three items or more, one kind a list: each item runs
// to the next label without the comma and the "and" that link it to the next; the last
// ends at the first comma, semicolon or full stop. An item longer than a title is none.
func enLabelledLists(text string) [][]string {
	type mark struct {
		n, at, end int
		kind       byte
	}
	var marks []mark
	for _, m := range enLabelRE.FindAllStringSubmatchIndex(text, -1) {
		var s string
		var kind byte
		if m[2] >= 0 {
			s, kind = text[m[2]:m[3]], 'A'
		} else {
			s = text[m[4]:m[5]]
			kind = '('
			if s[0] >= 'a' && s[0] <= 'z' {
				kind = 'a'
			} else if s[0] >= 'A' && s[0] <= 'Z' {
				kind = 'B'
			}
		}
		n := 0
		switch {
		case s[0] >= 'a' && s[0] <= 'z':
			n = int(s[0]-'a') + 1
		case s[0] >= 'A' && s[0] <= 'Z':
			n = int(s[0]-'A') + 1
		default:
			for _, c := range s {
				n = n*10 + int(c-'0')
			}
		}
		start := m[0]
		if start < len(text) && strings.ContainsRune(" \t\n:;,", rune(text[start])) {
			start++
		}
		marks = append(marks, mark{n: n, at: start, end: m[1], kind: kind})
	}
	var out [][]string
	for i := 0; i < len(marks); {
		if marks[i].n != 1 {
			i++
			continue
		}
		j := i + 1
		for j < len(marks) && marks[j].kind == marks[i].kind && marks[j].n == marks[j-1].n+1 {
			j++
		}
		if j-i >= 3 {
			var list []string
			for k := i; k < j; k++ {
				end := len(text)
				if k+1 < j {
					end = marks[k+1].at
				}
				item := text[marks[k].end:end]
				if k+1 == j {
					if c := strings.IndexAny(item, ",;.:"); c >= 0 {
						item = item[:c]
					}
				}
				item = strings.TrimSpace(item)
				for prev := ""; prev != item; {
					prev = item
					for _, tail := range []string{",", ";", " and", " or"} {
						item = strings.TrimSpace(strings.TrimSuffix(item, tail))
					}
				}
				if item == "" || strings.ContainsAny(item, ",;.:") || len(strings.Fields(item)) > maxQuotedTitle {
					list = nil
					break
				}
				list = append(list, item)
			}
			if list != nil {
				out = append(out, list)
			}
		}
		i = j
	}
	return out
}

// listTerm returns the Japanese term a list item names: the item itself when it is a
// candidate, or when it is a phrase that ends in a noun and is no longer than a title
// (人を中心に据えた開発: an item of a list is named by its whole label). The last item
// runs on into the sentence: it ends where the sentence counts the list (技術と連結性の7つ
// の分野を中心に: の before a number), else it is its longest candidate from its start.
func (r *run) listTerm(item string, last bool) string {
	if last {
		if i := countAt(item); i > 0 {
			item, last = item[:i], false
		}
	}
	if !last {
		if r.ja[textnorm.Key(item)] != nil {
			return item
		}
		toks := morph.Tokenize(item)
		if len(toks) >= 2 && utf8.RuneCountInString(item) <= 24 && toks[len(toks)-1].POSAt(0) == "名詞" {
			return item
		}
		return ""
	}
	return r.itemTerm(item)
}

// countAt returns the offset of the first の of s before a number, the count of the list
// that s ends (…の7つの分野), or -1.
func countAt(s string) int {
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], "の")
		if j < 0 {
			return -1
		}
		i += j + len("の")
		c, _ := utf8.DecodeRuneInString(s[i:])
		if jaNumber(string(c)) > 0 {
			return i - len("の")
		}
	}
	return -1
}
