package lint

import (
	"strings"
	"unicode"
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
// nouns that name several holders together (heads of government and state are 首脳,
// "leaders"; ministers 閣僚 or 大臣) and the English plural nouns of the post's kind, which
// name the holders of a post with no field in its title (see countedPost).
var postNouns = []struct {
	en     string
	ja     []string
	plural []string
}{
	{"prime minister", []string{"首脳"}, []string{"leaders", "heads"}},
	{"president", []string{"首脳"}, []string{"leaders", "heads"}},
	{"minister", []string{"閣僚", "大臣"}, []string{"ministers"}},
	{"secretary", []string{"閣僚", "大臣"}, []string{"ministers", "secretaries"}},
}

// postPlurals returns the English plural nouns of the kind of the post noun (postNouns).
func postPlurals(noun string) []string {
	for _, p := range postNouns {
		if p.en == noun {
			return p.plural
		}
	}
	return nil
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
	return utf8.RuneCountInString(trailingInitials(src[:i])) >= 2
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

// Institutions of several countries, named together. English gives each country's
// institution its own name ("the Government of Japan and the Government of the United
// States of America"); Japanese names them at once by the countries' initials and the
// institution's noun, with or without a word that counts them (日米両政府, 日米両国政府,
// 日米韓三か国政府): each initial stands for its country, so the compound names each
// country's institution, as 日米韓 names each country.

// bothCounts are the words other than partyCounts' that count the countries of an
// initials compound before a noun they share: 両 and 両国 ("both", "both countries": two)
// and 各国 ("each country": any number, 0).
var bothCounts = []partyCount{{"両国", 2}, {"両", 2}, {"各国", 0}}

// countWords are every word that counts the countries before a noun they share: bothCounts,
// then partyCounts.
var countWords = append(append([]partyCount(nil), bothCounts...), partyCounts...)

// institutionOf splits a Japanese term that is a country's name and a noun (米国政府,
// 日本国政府) into the country's initial and the noun: the longest name of countryInitials
// the term opens with, and a noun of its own after it. ok is false for any other term.
func institutionOf(term string) (initial rune, noun string, ok bool) {
	best := 0
	for k, names := range countryInitials {
		for _, n := range names {
			if len(n) > best && len(n) < len(term) && strings.HasPrefix(term, n) {
				best, initial = len(n), k
			}
		}
	}
	if best == 0 {
		return 0, "", false
	}
	noun = term[best:]
	for _, r := range noun {
		if !unicode.Is(unicode.Han, r) {
			return 0, "", false
		}
	}
	return initial, noun, true
}

// collectiveInstitution reports whether the Japanese text names the institution of a
// country that the group's concepts name (米国政府: the Government of the United States)
// together with other countries' by a compound of two or more country initials that has
// the country's initial, a counting word or none, and the institution's noun: 日米両政府
// for "the Government of the United States". A compound without the country's initial
// (日韓両政府), or without the noun (日米両国), names another institution or none.
func collectiveInstitution(text string, group []match.Occurrence, lang string) bool {
	for _, g := range group {
		for _, t := range g.Concept.Terms[lang] {
			if !t.Status.Allowed() {
				continue
			}
			k, noun, ok := institutionOf(t.Text)
			if !ok {
				continue
			}
			for rest := text; ; {
				i := strings.Index(rest, noun)
				if i < 0 {
					break
				}
				if initialsCounted(rest[:i], k) {
					return true
				}
				rest = rest[i+len(noun):]
			}
		}
	}
	return false
}

// initialsCounted reports whether before ends with a run of two or more country initials
// that has initial k, then a word that counts them (両, 両国, 各国, or one of partyCounts:
// 三か国, 三カ国, 3ヵ国…) and as many as it says, or none (日米政府間); then, optionally,
// の. A の needs the counting word: 日米両国の政府 names each country's government, the
// countries counted and their government named after them, but in 日米の政府 the
// の links the pair to one government, whose country it does not say.
func initialsCounted(before string, k rune) bool {
	s, cut := strings.CutSuffix(before, "の")
	counted := func(t string, n int) bool {
		run := trailingInitials(t)
		c := utf8.RuneCountInString(run)
		return c >= 2 && (n == 0 || c == n) && strings.ContainsRune(run, k)
	}
	for _, c := range countWords {
		if t, ok := strings.CutSuffix(s, c.word); ok && counted(t, c.n) {
			return true
		}
	}
	return !cut && counted(s, 0)
}

// trailingInitials returns the run of country initials (countryInitials) that s ends with:
// 日米韓 of 本日、日米韓, 日 of 本日, "" when s ends otherwise.
func trailingInitials(s string) string {
	i := len(s)
	for i > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:i])
		if _, ok := countryInitials[r]; !ok {
			break
		}
		i -= w
	}
	return s[i:]
}
