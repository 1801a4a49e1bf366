package lint

import (
	"strings"
	"unicode/utf8"

	"github.com/glossterm/gloss/match"
)

// Coordinated modifiers sharing a head. Two terms with the same head are written once with
// the head: "national security and defense strategies" is the National Security Strategy
// and the National Defense Strategy, 安全保障及び防衛協力 is 安全保障協力 and 防衛協力, 日米及び
// 米韓同盟 is 日米同盟 and 米韓同盟. A translation that coordinates so renders each term.

// coordinated reports whether the target renders an allowed term of one of the group's
// concepts in a coordination that shares its head or its modifier: in English, the term's
// words in order with each gap between two of them (at most four words) holding "and",
// "or" or a comma, the last word in any number ("strategies" for "Strategy") and in any
// case; in Japanese, the term split into a modifier and a head of two characters or more
// each, with a short coordinated member between them (安全保障[及び防衛]協力,
// 国家[安全保障及び]防衛戦略).
func coordinated(target, tgtKey string, group []match.Occurrence, lang string) bool {
	if isJapanese(lang) {
		return coordinatedJapanese(target, group, lang)
	}
	words := strings.Fields(tgtKey)
	if len(words) < 3 || !strings.Contains(tgtKey, " and ") && !strings.Contains(tgtKey, " or ") && !strings.Contains(tgtKey, ",") {
		return false
	}
	return termWords(group, lang, func(tw []string) bool { return len(tw) >= 2 && coordinatedWords(words, tw) })
}

// coordinatedWords reports whether want occurs in words in order, where each gap between
// two of its words is empty or a coordinated member: at most four words, one of them "and"
// or "or" or ending in a comma, none ending a clause (. ; :). At least one gap is not
// empty, and the last word may be a plural of want's.
func coordinatedWords(words, want []string) bool {
	clean := func(w string) string { return strings.TrimRight(w, ",") }
	head := want[len(want)-1]
	for i := range words {
		if clean(words[i]) != want[0] {
			continue
		}
		at, gaps, ok := i, 0, true
		for k, w := range want[1:] {
			last := k == len(want)-2
			found := -1
			for j := at + 1; j < len(words) && j <= at+5; j++ {
				cw := strings.TrimRight(words[j], ",.;:")
				if cw == w || last && (cw == head+"s" || cw == head+"es" || strings.HasSuffix(head, "y") && cw == head[:len(head)-1]+"ies") {
					found = j
					break
				}
			}
			if found < 0 || !coordinationGap(words[at:found]) {
				ok = false
				break
			}
			if found > at+1 {
				gaps++
			}
			at = found
		}
		if ok && gaps > 0 {
			return true
		}
	}
	return false
}

// coordinationGap reports whether the words after gap[0] up to the next matched word are a
// coordinated member: nothing, or words with "and", "or" or a comma among them, no clause
// end. gap[0] is the matched word before the gap, which may end in a comma.
func coordinationGap(gap []string) bool {
	if len(gap) == 1 {
		return true
	}
	coord := strings.HasSuffix(gap[0], ",")
	for _, w := range gap[1:] {
		switch {
		case w == "and" || w == "or":
			coord = true
		case strings.HasSuffix(w, ","):
			coord = true
		case strings.ContainsAny(w, ";:") || strings.HasSuffix(w, ".") && strings.Count(w, ".") == 1:
			return false
		}
	}
	return coord
}

// jaCoordinators join the members of a Japanese coordination.
var jaCoordinators = []string{"及び", "並びに", "又は", "若しくは", "・", "、", "と", "や", "および", "ならびに", "または", "もしくは"}

// coordinatedJapanese reports whether text has an allowed Japanese term of the group split
// into a modifier P and a head S (two characters or more each) with a coordinated member
// between them: P, then at most ten characters of kanji, katakana and Latin letters with
// one coordinator among them, then S; the member may open with の where P does not end
// with it (ASEAN[の一体性と]中心性).
func coordinatedJapanese(text string, group []match.Occurrence, lang string) bool {
	for _, g := range group {
		for _, t := range g.Concept.Terms[lang] {
			if !t.Status.Allowed() {
				continue
			}
			term := t.Text
			if utf8.RuneCountInString(term) < 4 {
				continue
			}
			for i := range term {
				p, s := term[:i], term[i:]
				if utf8.RuneCountInString(p) < 2 || utf8.RuneCountInString(s) < 2 {
					continue
				}
				for rest := text; ; {
					k := strings.Index(rest, p)
					if k < 0 {
						break
					}
					rest = rest[k+len(p):]
					// The modifier may be linked to the members by の, as to its head alone
					// (ASEANの一体性と中心性 for ASEAN中心性).
					if j := strings.Index(rest, s); j > 0 && (japaneseMember(rest[:j]) || !strings.HasSuffix(p, "の") && !strings.HasPrefix(s, "の") && japaneseMember(strings.TrimPrefix(rest[:j], "の"))) {
						return true
					}
				}
			}
		}
	}
	return false
}

// japaneseMember reports whether gap is a coordinated member: one coordinator and at most
// ten characters of kanji, katakana, Latin letters or digits besides.
func japaneseMember(gap string) bool {
	n, coords := 0, 0
	for gap != "" {
		hit := false
		for _, c := range jaCoordinators {
			if strings.HasPrefix(gap, c) {
				gap, hit = gap[len(c):], true
				coords++
				break
			}
		}
		if hit {
			continue
		}
		r, w := utf8.DecodeRuneInString(gap)
		if s := script(r); s != 1 && s != 3 && !(r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')) {
			return false
		}
		gap = gap[w:]
		n++
	}
	return coords == 1 && n >= 1 && n <= 10
}

// attributiveEndings are the endings with which a サ変 noun modifies the noun after it,
// longest first: 共有された価値, 共有する価値, 共有した価値, 共有の価値.
var attributiveEndings = []string{"されている", "している", "された", "される", "した", "する", "の"}

// modifierSynonyms are kanji nouns that modify a head with one meaning: 共通の価値 and
// 共有する価値 are both "shared values" and "common values", and an official translation
// writes either (共有するビジョン for "shared vision", 共通の価値 for "shared values").
var modifierSynonyms = map[string]string{"共通": "共有", "共有": "共通"}

// attributiveVariant reports whether the Japanese text has an allowed term of the group's
// concepts of the form N+E+H, a noun of two kanji or more with an attributive ending and
// a head (共有された価値, 共通の価値観), written with another of the endings (共有する価値,
// 共通する価値観), or with a synonym of the noun (modifierSynonyms: 共有する価値観): a サ変
// noun modifies a head as a verb in any voice and aspect or with の, and an official
// translation picks the form its sentence needs ("shared values" is 共有する価値 where
// the speakers share them now). A noun that is not a サ変 noun gives
// spellings nobody writes (日本する防衛), which cost nothing.
func attributiveVariant(text string, group []match.Occurrence, lang string) bool {
	for _, g := range group {
		for _, t := range g.Concept.Terms[lang] {
			if !t.Status.Allowed() {
				continue
			}
			n, e, h := attributiveSplit(t.Text)
			if n == "" {
				continue
			}
			for _, n2 := range [2]string{n, modifierSynonyms[n]} {
				if n2 == "" {
					continue
				}
				for _, e2 := range attributiveEndings {
					if (n2 != n || e2 != e) && strings.Contains(text, n2+e2+h) {
						return true
					}
				}
			}
		}
	}
	return false
}

// attributiveSplit splits a term into a leading run of two kanji or more, an attributive
// ending and a head, or returns "" when the term is not so written.
func attributiveSplit(term string) (noun, ending, head string) {
	i, n := 0, 0
	for i < len(term) {
		r, w := utf8.DecodeRuneInString(term[i:])
		if script(r) != 1 {
			break
		}
		i += w
		n++
	}
	if n < 2 {
		return "", "", ""
	}
	for _, e := range attributiveEndings {
		if rest, ok := strings.CutPrefix(term[i:], e); ok && rest != "" {
			return term[:i], e, rest
		}
	}
	return "", "", ""
}
