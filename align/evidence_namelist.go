package align

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/textnorm"
)

// nameLists pairs the members of a list of names by their place in it. An official
// statement enumerates bodies, commands or agreements in one list (自衛隊、米戦略軍、米イン
// ド太平洋軍および在日米軍), and its translation enumerates the same names in the same
// order ("JSDF, USSTRATCOM, USINDOPACOM, and U.S. Forces Japan"), where a command or a body
// is often written by an acronym that no word-by-word evidence reaches. On the Japanese
// side a list is three candidate terms or more written without kana (names of nouns
// alone), joined by 、 and a last 及び, および, 並びに or と; on the English side three names
// or more, each a run of capitalized words or an acronym, joined by commas and a last
// "and". When the two lists of an aligned segment are as long, and the members the
// aligner already renders (a proposal at review or better, or a gloss) stand at the same
// place on both sides, at least as many as those it does not, and none stands at another
// place, each member left is paired with the name at its place. Review tier: the pairing
// is by place, not a translation of each word.
func (r *run) nameLists() {
	for _, b := range r.bitext {
		enLists := enNameLists(b.EN)
		if len(enLists) == 0 {
			continue
		}
		for _, jl := range r.jaNameLists(b.JA) {
			for _, el := range enLists {
				if len(el) != len(jl) {
					continue
				}
				anchored, ok := r.listAnchors(jl, el)
				if !ok {
					continue
				}
				for k := range jl {
					if !anchored[k] {
						r.add(jl[k], el[k], Evidence{Type: EvListItem, Doc: b.Doc, Line: b.Line, Quote: quote(b.JA),
							Detail: "name " + itoa(k+1) + " of " + itoa(len(jl)) + " of a list on each side of the aligned segment"})
					}
				}
			}
		}
	}
}

// listAnchors reports which members of the Japanese list jl the aligner renders by the
// English name at the same place of el, and whether the two lists agree: some members
// anchored, at least as many as those left, and no member rendered by a name at another
// place.
func (r *run) listAnchors(jl, el []string) ([]bool, bool) {
	anchored := make([]bool, len(jl))
	n := 0
	for k, ja := range jl {
		for m, en := range el {
			if !r.renders(ja, en) {
				continue
			}
			if m != k {
				return nil, false
			}
			anchored[k] = true
			n++
		}
	}
	return anchored, n > 0 && n < len(jl) && 2*n >= len(jl)
}

// listJoiners are the Japanese coordinators that join the last member of a list.
var listJoiners = []string{"および", "及び", "並びに", "と"}

// jaNameLists returns the lists of names of a Japanese segment: candidate terms written
// without kana (but the long vowel mark and the middle dot of katakana names), three or
// more, joined by 、 and before the last by a coordinator.
func (r *run) jaNameLists(text string) [][]string {
	var out [][]string
	for _, j := range listJoiners {
		for from := 0; ; {
			c := strings.Index(text[from:], j)
			if c < 0 {
				break
			}
			c += from
			from = c + len(j)
			last := r.nameAt(text[from:])
			if last == "" {
				continue
			}
			members := []string{last}
			end := c
			for {
				start := strings.LastIndex(text[:end], "、")
				m := text[:end]
				if start >= 0 {
					m = text[start+len("、") : end]
				}
				if !r.listName(m) {
					break
				}
				members = append([]string{m}, members...)
				if start < 0 {
					break
				}
				end = start
			}
			if len(members) >= 3 {
				out = append(out, members)
			}
		}
	}
	return out
}

// nameAt returns the longest candidate name, at most maxTitleRunes long, that opens s,
// or "".
func (r *run) nameAt(s string) string {
	best, n := "", 0
	for i, c := range s {
		if c >= 'ぁ' && c <= 'ゖ' || n == maxTitleRunes {
			break // a name holds no kana
		}
		n++
		if end := i + utf8.RuneLen(c); r.listName(s[:end]) {
			best = s[:end]
		}
	}
	return best
}

// listName reports whether s is a candidate term written without kana.
func (r *run) listName(s string) bool {
	if s == "" || r.ja[textnorm.Key(s)] == nil {
		return false
	}
	for _, c := range s {
		if c >= 'ぁ' && c <= 'ゖ' || unicode.IsPunct(c) && c != '・' && c != '.' {
			return false
		}
	}
	return true
}

// enNameLists returns the lists of names of an English sentence: three names or more,
// each a run of capitalized words (function words inside) or an acronym, joined by
// commas and a last "and".
func enNameLists(text string) [][]string {
	var out [][]string
	for from := 0; ; {
		c := strings.Index(text[from:], " and ")
		if c < 0 {
			break
		}
		c += from
		from = c + len(" and ")
		last := leadingName(text[from:])
		if last == "" {
			continue
		}
		members := []string{last}
		head := strings.TrimSuffix(text[:c], ",")
		for {
			k := strings.LastIndex(head, ", ")
			if k < 0 {
				if m := trailingName(head); m != "" {
					members = append([]string{m}, members...)
				}
				break
			}
			m := head[k+2:]
			if !wholeName(m) {
				if m := trailingName(m); m != "" {
					members = append([]string{m}, members...)
				}
				break
			}
			members = append([]string{m}, members...)
			head = head[:k]
		}
		if len(members) >= 3 {
			out = append(out, members)
		}
	}
	return out
}

// leadingName returns the capitalized name that opens s, function words inside it, up to
// punctuation or a word in lower case, or "".
func leadingName(s string) string {
	ws := strings.Fields(s)
	var out []string
	for i, w := range ws {
		t := strings.TrimRight(w, ",;:)")
		stop := t != w
		if strings.HasSuffix(t, ".") && !abbreviation(t) {
			t, stop = strings.TrimSuffix(t, "."), true
		}
		if t == "" {
			break
		}
		if listNameWord(t) {
			out = append(out, t)
		} else if i > 0 && !stop && i+1 < len(ws) && lexicon.IsStop(strings.ToLower(t)) && listNameWord(ws[i+1]) {
			out = append(out, t)
		} else {
			break
		}
		if stop {
			break
		}
	}
	return strings.Join(out, " ")
}

// trailingName returns the capitalized name that ends s, after a word in lower case, or "".
func trailingName(s string) string {
	ws := strings.Fields(s)
	k := len(ws)
	for k > 0 && (listNameWord(ws[k-1]) || k < len(ws) && lexicon.IsStop(strings.ToLower(ws[k-1])) && k-1 > 0 && listNameWord(ws[k-2])) {
		k--
	}
	if k == len(ws) || strings.ContainsAny(strings.Join(ws[k:], " "), `,;:()"“”`) {
		return ""
	}
	return strings.Join(ws[k:], " ")
}

// wholeName reports whether s is a name and nothing else.
func wholeName(s string) bool {
	return s != "" && trailingName(s) == strings.TrimSpace(s)
}

// listNameWord reports whether w is a word of a name: capitalized, or an acronym.
func listNameWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// abbreviation reports whether w ends in the period of an abbreviation (U.S.), not a stop.
func abbreviation(w string) bool {
	return strings.Count(w, ".") >= 2 && len(w) <= 6
}
