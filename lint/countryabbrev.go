package lint

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/glossterm/gloss/match"
)

// A country said in Japanese by its one-kanji initial, or by a count of countries. An
// English source names a country ("the ROK", "the United States"); a Japanese
// translation may say it by the country's initial inside a compound (韓 of 訪韓, "a visit
// to the ROK"; 在韓邦人, "Japanese nationals in the ROK"; 駐韓大使, 対韓政策), by a count
// of the countries an English list names (三か国 for "the ROK, Japan and the United
// States", 両国 for "Japan and the ROK"), and a relation between countries by their
// initials and a synonym of the relation noun (日韓国交 for "Japan-ROK relations":
// 国交, diplomatic relations). Each renders the country or the relation; a translation
// that says neither the country nor a count of the list has dropped it.

// initialPrefixes are the bound Sino-Japanese morphemes that make one word with a
// country's initial after them: a visit (訪韓), a stay or residence (在日, 滞米), a
// posting (駐韓), a stance toward it (対中, 親日, 反日), a coming or going (来日, 渡米,
// 離日). After one of them the kanji is the country, not its other senses.
const initialPrefixes = "訪在駐対来渡離滞親反知嫌排抗"

// wantedInitials returns the country initials whose country one of the group's concepts
// names in lang by an allowed term (韓 for a concept whose Japanese term is 韓国).
func wantedInitials(group []match.Occurrence, lang string) []rune {
	var want []rune
	for _, g := range group {
		for _, t := range g.Concept.Terms[lang] {
			if !t.Status.Allowed() {
				continue
			}
			for k, names := range countryInitials {
				if slices.Contains(names, t.Text) && !slices.Contains(want, k) {
					want = append(want, k)
				}
			}
		}
	}
	return want
}

// initialInCompound reports whether the Japanese text says a country of the
// group by its initial inside a compound, as kagome reads it: the initial after a bound
// prefix of initialPrefixes in one morpheme (訪韓, 駐韓, 在日), or the initial as a
// morpheme of its own that kagome reads as a country (固有名詞 地域 国) after a prefix (在韓,
// 対韓) or before a noun it modifies (韓政府, 米側). The initial before a particle (米の)
// or inside another word (参加, 中心, 毎日) is not the country.
func (l *Linter) initialInCompound(text string, group []match.Occurrence, lang string) bool {
	want := wantedInitials(group, lang)
	if len(want) == 0 || !strings.ContainsFunc(text, func(r rune) bool { return slices.Contains(want, r) }) {
		return false
	}
	toks := l.tokenize(text)
	for i, t := range toks {
		if t.POSAt(0) != "名詞" {
			continue
		}
		r, w := utf8.DecodeRuneInString(t.Surface)
		if w == len(t.Surface) {
			if !slices.Contains(want, r) || t.POSAt(1) != "固有名詞" || t.POSAt(3) != "国" {
				continue
			}
			if i > 0 && toks[i-1].End == t.Start && (toks[i-1].POSAt(0) == "接頭詞" || toks[i-1].POSAt(1) == "接続詞的") {
				return true
			}
			if i+1 < len(toks) && toks[i+1].Start == t.End && toks[i+1].POSAt(0) == "名詞" {
				switch toks[i+1].POSAt(1) {
				case "非自立", "数", "代名詞":
				default:
					return true
				}
			}
			continue
		}
		if utf8.RuneCountInString(t.Surface) != 2 || !strings.ContainsRune(initialPrefixes, r) {
			continue
		}
		if k, _ := utf8.DecodeRuneInString(t.Surface[w:]); slices.Contains(want, k) {
			return true
		}
	}
	return false
}

// listSeparators join the items of an English list, longest first.
var listSeparators = []string{", and ", " and ", ", "}

// listedCountries returns how many countries an English list names, counting the one the
// source has at o ("the ROK, Japan and the United States": 3), or 1 when the term is no
// item of a list of country names.
func listedCountries(src string, o match.Occurrence) int {
	lower := strings.ToLower(src)
	n := 1
	// Items before the term.
	pos := o.Start
	if strings.HasSuffix(lower[:pos], "the ") {
		pos -= len("the ")
	}
	for {
		sep := listSeparator(lower[:pos], true)
		if sep == "" {
			break
		}
		name := countryNameAt(lower[:pos-len(sep)], true)
		if name == "" {
			break
		}
		n++
		pos -= len(sep) + len(name)
		if strings.HasSuffix(lower[:pos], "the ") {
			pos -= len("the ")
		}
	}
	// Items after it.
	pos = o.End
	for {
		sep := listSeparator(lower[pos:], false)
		if sep == "" {
			break
		}
		p := pos + len(sep)
		if strings.HasPrefix(lower[p:], "the ") {
			p += len("the ")
		}
		name := countryNameAt(lower[p:], false)
		if name == "" {
			break
		}
		n++
		pos = p + len(name)
	}
	return n
}

// countryNameAt returns the English country name (countryNames) that s, lowercase,
// ends with (atEnd) or opens with as a word of its own, or "".
func countryNameAt(s string, atEnd bool) string {
	best := ""
	for _, names := range countryNames {
		for _, name := range names {
			if len(name) <= len(best) || len(name) > len(s) {
				continue
			}
			if atEnd && strings.HasSuffix(s, name) && (len(s) == len(name) || !isWordByte(s[len(s)-len(name)-1])) ||
				!atEnd && strings.HasPrefix(s, name) && (len(s) == len(name) || !isWordByte(s[len(name)])) {
				best = name
			}
		}
	}
	return best
}

// listSeparator returns the list separator (listSeparators) that s ends with (atEnd) or
// opens with, or "".
func listSeparator(s string, atEnd bool) string {
	for _, sep := range listSeparators {
		if atEnd && strings.HasSuffix(s, sep) || !atEnd && strings.HasPrefix(s, sep) {
			return sep
		}
	}
	return ""
}

// countNumerals are the ways Japanese writes a small number before a counter.
var countNumerals = map[int][]string{
	2: {"二", "2", "２"},
	3: {"三", "3", "３"},
	4: {"四", "4", "４"},
	5: {"五", "5", "５"},
}

// countryCounters are the counters of countries: 三か国, 三カ国, 三ヵ国, 三ヶ国, 三箇国, 三国.
var countryCounters = []string{"か国", "カ国", "ヵ国", "ヶ国", "ケ国", "箇国", "国"}

// countriesCounted reports whether the English source names a country of the group at o
// as an item of a list of n ≥ 2 country names ("the ROK, Japan and the United States")
// and the Japanese target counts n countries (三か国, 三国; 両国 for two), as Japanese
// says the parties of a list it has named before: the count names each of them. A count
// other than the list's is not the list, nor is 第三国 ("a third country").
func countriesCounted(src string, o match.Occurrence, tgt string, group []match.Occurrence, tgtLang string) bool {
	if len(wantedInitials(group, tgtLang)) == 0 {
		return false
	}
	n := listedCountries(src, o)
	if n < 2 {
		return false
	}
	if n == 2 && strings.Contains(tgt, "両国") {
		return true
	}
	for _, num := range countNumerals[n] {
		for _, c := range countryCounters {
			w := num + c
			for i := 0; ; {
				k := strings.Index(tgt[i:], w)
				if k < 0 {
					break
				}
				k += i
				if !strings.HasSuffix(tgt[:k], "第") {
					return true
				}
				i = k + len(w)
			}
		}
	}
	return false
}

// jaRelationSynonyms are the Japanese nouns that say the relation noun of a country-pair
// term after the parties' initials: 国交, diplomatic relations, for 関係 (日韓国交正常化,
// "the normalization of Japan-ROK relations").
var jaRelationSynonyms = map[string][]string{
	"関係": {"国交"},
}

// relationSynonym reports whether the Japanese text writes a country-pair term of the group
// (日韓関係) by the same country initials, in any order, and a synonym of its relation
// noun (日韓国交). The synonym without the parties' initials, or after other countries'
// initials, is not the term.
func relationSynonym(text string, group []match.Occurrence, lang string) bool {
	for _, g := range group {
		for _, t := range g.Concept.Terms[lang] {
			if !t.Status.Allowed() {
				continue
			}
			lead := leadingInitials(t.Text)
			if utf8.RuneCountInString(lead) < 2 {
				continue
			}
			for _, syn := range jaRelationSynonyms[t.Text[len(lead):]] {
				for i := 0; ; {
					k := strings.Index(text[i:], syn)
					if k < 0 {
						break
					}
					k += i
					if sameInitials(trailingInitials(text[:k]), lead) {
						return true
					}
					i = k + len(syn)
				}
			}
		}
	}
	return false
}

// sameInitials reports whether a and b are the same country initials in any order.
func sameInitials(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) {
		return false
	}
	slices.Sort(ra)
	slices.Sort(rb)
	return slices.Equal(ra, rb)
}

// countryAbbreviated reports whether the Japanese target renders the country or the
// relation between countries that the English source names at o by an initial in a
// compound, a count of the listed countries, or the initials and a synonym of the
// relation noun.
func countryAbbreviated(l *Linter, src string, o match.Occurrence, tgt string, group []match.Occurrence, tgtLang string) bool {
	// the string checks first: the compound check tokenizes the target
	return countriesCounted(src, o, tgt, group, tgtLang) || relationSynonym(tgt, group, tgtLang) || l.initialInCompound(tgt, group, tgtLang)
}
