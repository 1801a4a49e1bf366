package lint

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/match"
)

// A term that coordinates its members ("peace and stability") names them; a translation
// that lists more things than the source names each member as an item of one longer list:
// "peace, stability, and prosperity", "peace, stability and prosperity", "prosperity,
// stability and peace". English writes a list A, B, and C with commas between its items and
// "and" before the last, so the term's "and" moves to the list's end; the members need not
// be next to each other nor in the term's order, but they are items of one list, which
// "and" closes ("peace, stability, or prosperity" offers a choice instead).

// maxListItem is the most words an item of a list that lint reads between or after the
// term's members may have: a list of short noun phrases, not clauses.
const maxListItem = 4

// listedConjuncts reports whether the English target key names the members of an allowed
// term of the group that coordinates them with "and" ("peace and stability", "rules,
// norms and standards") as items of one coordination list closed by "and".
func listedConjuncts(tgtKey string, group []match.Occurrence, lang string) bool {
	if isJapanese(lang) || !strings.Contains(tgtKey, ",") {
		return false
	}
	toks := listTokens(tgtKey)
	return termWords(group, lang, func(tw []string) bool {
		members := termMembers(tw)
		return len(members) >= 2 && membersListed(toks, members)
	})
}

// termMembers splits a term's words into its coordinated members: at "and" and after a word
// with a comma. A term with no "and", an empty member or another conjunction has none.
func termMembers(tw []string) [][]string {
	var members [][]string
	var cur []string
	and := false
	for _, w := range tw {
		switch {
		case w == "and":
			if len(cur) == 0 {
				return nil
			}
			members, cur, and = append(members, cur), nil, true
		case w == "or" || w == "nor":
			return nil
		case strings.HasSuffix(w, ","):
			if w = strings.TrimSuffix(w, ","); w == "" {
				return nil
			}
			members, cur = append(members, append(cur, w)), nil
		default:
			cur = append(cur, w)
		}
	}
	if !and || len(cur) == 0 {
		return nil
	}
	return append(members, cur)
}

// listTokens splits a key into words, a comma and a clause's end (. ; :) each a token of
// its own: "prosperity." is the word and the period, "U.S." one word.
func listTokens(key string) []string {
	var toks []string
	for _, w := range strings.Fields(key) {
		var end string
		switch {
		case strings.HasSuffix(w, ","), strings.HasSuffix(w, ";"), strings.HasSuffix(w, ":"):
			w, end = w[:len(w)-1], w[len(w)-1:]
		case strings.HasSuffix(w, ".") && strings.Count(w, ".") == 1:
			w, end = w[:len(w)-1], "."
		}
		if w != "" {
			toks = append(toks, w)
		}
		if end != "" {
			toks = append(toks, end)
		}
	}
	return toks
}

// membersListed reports whether each member occurs in toks as an item of one list (see
// listFrom), read from a member.
func membersListed(toks []string, members [][]string) bool {
	for i := range toks {
		if listFrom(toks, i, members) {
			return true
		}
	}
	return false
}

// listFrom reads the list whose first item is a member starting at toks[i] and reports
// whether it has every member as an item and "and" before its last item. The items are
// separated by ",", "and" or ", and"; an item that is no member has at most maxListItem
// words, and a clause's end (. ; :) ends the list.
func listFrom(toks []string, i int, members [][]string) bool {
	seen := make([]bool, len(members))
	closed := false
	for at := i; ; {
		end := at
		for end < len(toks) && !separator(toks[end]) {
			end++
		}
		member := false
		for k, m := range members {
			if itemIs(toks, at, end, m) {
				seen[k], member = true, true
			}
		}
		if end == at || !member && (at == i || end-at > maxListItem) {
			return false // the list is read from a member
		}
		if closed || end >= len(toks) || toks[end] != "," && toks[end] != "and" {
			break // the item after "and" is the last
		}
		next := end + 1
		if toks[end] == "and" {
			closed = true
		} else if next < len(toks) && toks[next] == "and" {
			closed, next = true, next+1
		}
		if next >= len(toks) {
			break
		}
		at = next
	}
	if !closed {
		return false
	}
	for _, s := range seen {
		if !s {
			return false
		}
	}
	return true
}

// separator reports whether a token separates the items of a list or ends it.
func separator(t string) bool {
	return t == "," || t == "and" || t == "." || t == ";" || t == ":"
}

// itemIs reports whether the item toks[at:end] is the member m, its last word in either
// number ("norms" for "norm").
func itemIs(toks []string, at, end int, m []string) bool {
	if end-at != len(m) {
		return false
	}
	for k, w := range m {
		if t := toks[at+k]; t != w && !(k == len(m)-1 && sameNumber(t, w)) {
			return false
		}
	}
	return true
}

// Japanese lists its items with the comma 、 or the middle dot, and may join the last one
// by a coordinator (平和、安定及び繁栄; 平和、安定、繁栄). A term that coordinates two members
// (平和及び安定) is rendered by a list of three items or more that has each member as a
// whole item, in any order. A list with 又は or 若しくは offers a choice, and an item that a
// verb's or adjective's ending follows (平和、安定した) is no noun of a list.

// jaListSeparators separate the items of a Japanese list, longest first; jaChoice are the
// disjunctive ones.
var (
	jaListSeparators = []string{"ならびに", "および", "並びに", "及び", "または", "もしくは", "若しくは", "又は", "、", "，", "・", "と", "や"}
	jaChoice         = map[string]bool{"または": true, "もしくは": true, "若しくは": true, "又は": true}
)

// jaListEnd are the characters after a list's last item that end the noun phrase: a case
// particle, a parenthesis or a sentence's punctuation.
const jaListEnd = "のをがにはへでもかま。）)」』"

// listedConjunctsJapanese reports whether the Japanese text has, for an allowed term of the
// group that coordinates two members (splitCoordination), a list of three items or more
// with each member as an item.
func listedConjunctsJapanese(text string, group []match.Occurrence, lang string) bool {
	var lists [][]string
	parsed := false
	for _, g := range group {
		for _, t := range g.Concept.Terms[lang] {
			if !t.Status.Allowed() {
				continue
			}
			a, c, b := splitCoordination(t.Text)
			if c == "" {
				continue
			}
			if !parsed {
				lists, parsed = jaLists(text), true
			}
			for _, items := range lists {
				if len(items) >= 3 && slices.Contains(items, a) && slices.Contains(items, b) {
					return true
				}
			}
		}
	}
	return false
}

// jaLists returns the lists of text: runs of two items or more of kanji, katakana, Latin
// letters and digits (ten characters at most each) separated by jaListSeparators, whose
// last item ends the noun phrase (jaListEnd, or the end of the text). A list with a
// disjunctive separator is left out.
func jaLists(text string) [][]string {
	lists, _ := jaListsAt(text)
	return lists
}

// jaListsAt returns the lists of jaLists and, for each, the offset in text where its last
// item ends.
func jaListsAt(text string) (lists [][]string, ends []int) {
	var items []string
	choice, pendingSep := false, false
	flush := func(end bool, at int) {
		if end && !choice && !pendingSep && len(items) >= 2 {
			lists = append(lists, items)
			ends = append(ends, at)
		}
		items, choice, pendingSep = nil, false, false
	}
	for i := 0; i < len(text); {
		sep := ""
		for _, s := range jaListSeparators {
			if strings.HasPrefix(text[i:], s) {
				sep = s
				break
			}
		}
		if sep != "" && len(items) > 0 && !pendingSep {
			choice = choice || jaChoice[sep]
			pendingSep = true
			i += len(sep)
			continue
		}
		j, n := i, 0
		for j < len(text) {
			r, w := utf8.DecodeRuneInString(text[j:])
			if s := script(r); s != 1 && s != 3 && !(r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r))) {
				break
			}
			if strings.HasPrefix(text[j:], "及び") || strings.HasPrefix(text[j:], "並びに") || strings.HasPrefix(text[j:], "又は") || strings.HasPrefix(text[j:], "若しくは") || r == '・' {
				break
			}
			j += w
			n++
		}
		if j == i || n > 10 {
			// Not an item: the list, if any, ends here.
			r, w := utf8.DecodeRuneInString(text[i:])
			flush(j == i && strings.ContainsRune(jaListEnd, r), i)
			if j == i {
				i += w
			} else {
				i = j
			}
			continue
		}
		if len(items) > 0 && !pendingSep {
			flush(false, i)
		}
		items = append(items, text[i:j])
		pendingSep = false
		i = j
	}
	flush(true, len(text))
	return lists, ends
}
