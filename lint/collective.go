package lint

import (
	"strings"
	"unicode/utf8"

	"github.com/glossterm/gloss/internal/textnorm"
	"github.com/glossterm/gloss/match"
)

// Posts held together by several countries. The holders of one post in several countries
// carry different titles: Japan's Minister of Defense meets the U.S. Secretary of Defense
// and Australia's Minister for Defence. Japanese names them together by its own title
// after the countries' initials (日米豪防衛大臣), or by a collective noun (両首脳, "both
// leaders"; 閣僚, "the ministers"); English, which has no one title for them, names them
// by their field and a collective noun ("the defense leaders of the three nations"), or by
// the plural of the title ("the Prime Ministers of Japan and Australia"). Both render the
// post term: neither is a missing term.

// postNouns are the English head nouns of a post's title, with the Japanese collective
// nouns that name several holders together: heads of government and state are 首脳
// ("leaders"), ministers 閣僚 or 大臣.
var postNouns = []struct {
	en string
	ja []string
}{
	{"prime minister", []string{"首脳"}},
	{"president", []string{"首脳"}},
	{"minister", []string{"閣僚", "大臣"}},
	{"secretary", []string{"閣僚", "大臣"}},
}

// collectiveNouns are the English nouns that name the holders of one post in several
// countries by their field ("defense leaders", "defense ministers", "defense chiefs").
var collectiveNouns = []string{"leaders", "ministers", "chiefs"}

// postNoun returns the post noun an English term (lowercase) has, and the term's other
// content words: its field ("minister of defense": minister, [defense]).
func postNoun(term string) (noun string, ja []string, field []string) {
	for _, p := range postNouns {
		i := strings.Index(term, p.en)
		if e := i + len(p.en); i < 0 || i > 0 && term[i-1] != ' ' || e < len(term) && term[e] != ' ' {
			continue
		}
		for _, w := range strings.Fields(term[:i] + " " + term[i+len(p.en):]) {
			switch w {
			case "of", "for", "the", "and":
			default:
				field = append(field, w)
			}
		}
		return p.en, p.ja, field
	}
	return "", nil, nil
}

// countryInitialsBefore reports whether two or more country initials stand right before byte
// offset i of a Japanese text (日米豪 in 日米豪防衛大臣).
func countryInitialsBefore(src string, i int) bool {
	n := 0
	for i > 0 {
		r, w := utf8.DecodeLastRuneInString(src[:i])
		if _, ok := countryNames[r]; !ok {
			break
		}
		n++
		i -= w
	}
	return n >= 2
}

// collectivePost reports whether a post term of the group, which the Japanese source
// writes after two or more country initials (日米豪防衛大臣), is rendered in the English
// target by its field and a collective noun ("the defense leaders of the three
// nations"). tgtKey is the target's textnorm key.
func collectivePost(src string, o match.Occurrence, group []match.Occurrence, tgtKey, tgtLang string) bool {
	if !countryInitialsBefore(src, o.Start) {
		return false
	}
	for _, g := range group {
		for _, t := range g.Concept.Terms[tgtLang] {
			if !t.Status.Allowed() {
				continue
			}
			_, _, field := postNoun(textnorm.Key(t.Text))
			if len(field) != 1 {
				continue
			}
			for _, c := range collectiveNouns {
				if hasWords(tgtKey, field[0]+" "+c) {
					return true
				}
			}
		}
	}
	return false
}

// collectiveJapanese reports whether an English source term of the group in the plural
// ("Prime Ministers") names several holders of a post whom the Japanese target names by
// its collective noun (両首脳, 閣僚): a plural title of several countries' holders.
func collectiveJapanese(found, tgt string, group []match.Occurrence, srcLang string) bool {
	if !strings.HasSuffix(found, "s") {
		return false
	}
	for _, g := range group {
		for _, t := range g.Concept.Terms[srcLang] {
			if !t.Status.Allowed() || strings.HasSuffix(t.Text, "s") {
				continue
			}
			_, ja, _ := postNoun(textnorm.Key(t.Text))
			for _, j := range ja {
				if strings.Contains(tgt, j) {
					return true
				}
			}
		}
	}
	return false
}

// hasWords reports whether key has phrase as whole words.
func hasWords(key, phrase string) bool {
	for rest, at := key, 0; ; {
		i := strings.Index(rest, phrase)
		if i < 0 {
			return false
		}
		at += i
		end := at + len(phrase)
		if (at == 0 || !isWordByte(key[at-1])) && (end == len(key) || !isWordByte(key[end])) {
			return true
		}
		rest = key[at+1:]
		at++
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-'
}
