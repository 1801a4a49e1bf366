package align

import (
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/glossterm/gloss/internal/english"
	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/textnorm"
)

// countryTitles renders a country's post that has no proposal of its own (英国防大臣,
// 韓国外交部長官) by the one title of that country its aligned segment writes. A post's
// English title is often another word than the gloss of its Japanese head (大臣 =
// "minister", where the English writes "Secretary of State for Defence"), so the
// compound cannot be read from its parts; but English names a country's post by a
// capitalized title whose head is a post word, with the country before it ("UK Secretary
// of State for Defence") or in its of-phrase ("Minister of Foreign Affairs of the
// Republic of Korea"). When the term opens with a country (kagome's 固有名詞,地域, or a
// one-kanji abbreviation of a country) and ends in a post (its head glossed by a post
// word), and a segment that holds it writes exactly one such title naming that country,
// the title is proposed whole, for review. Two titles of the country in the segment leave
// the choice open; a title with a person's name inside is a title before a name, not the
// post's name.
func (r *run) countryTitles() {
	byJA, _ := r.unproposedCompounds()
	var adds []segmentAdd
	for _, k := range slices.Sorted(maps.Keys(r.ja)) {
		jc := r.ja[k]
		if len(byJA[k]) > 0 || len(jc.units) < 2 || jc.coord != 0 {
			continue // proposed at review or better already, or no compound
		}
		names := r.countryNamesOf(jc, byJA)
		if len(names) == 0 {
			continue
		}
		cs := r.constituents(jc.units)
		if len(cs) < 2 || !r.postConstituent(cs[len(cs)-1]) {
			continue
		}
		for s := range r.bitext {
			if !r.bitJA[s][k] {
				continue
			}
			var found []string
			for _, t := range capitalizedTitles(r.bitext[s].EN) {
				t = explainedEnd(t, cs, names)
				if titleNames(t, names) && !slices.Contains(found, t) {
					found = append(found, t)
				}
			}
			if len(found) != 1 {
				continue // none, or two titles of the country: no one choice
			}
			adds = append(adds, segmentAdd{jc.text, found[0], countryTitleDetail + unitsText(jc.units[:1]) + " in the segment", s})
			break
		}
	}
	r.addFromSegments(adds)
}

// countryTitleDetail opens the detail of the evidence countryTitles gives.
const countryTitleDetail = "the one title of "

// countryNamesOf returns the English names, as lower-case word lists without dots, of the
// country the term jc opens with: a one-kanji abbreviation (英, 韓) or a place name of
// kagome's (韓国), whose names are those the country table gives its abbreviation (韓国
// as 韓), its dictionary glosses and its proposals at review or better.
func (r *run) countryNamesOf(jc *jaCand, byJA map[string][]*Pair) [][]string {
	u := jc.units[0]
	var out [][]string
	add := func(n string) {
		if ws := nameKey(n); len(ws) > 0 {
			out = append(out, ws)
		}
	}
	if countryAbbrev[u.Surface] {
		for _, n := range countryNames[u.Surface] {
			add(n)
		}
		return out
	}
	if !placeName(u) {
		return nil
	}
	if ab, ok := strings.CutSuffix(u.Surface, "国"); ok && countryAbbrev[ab] {
		for _, n := range countryNames[ab] {
			add(n)
		}
	}
	for _, c := range r.constituents(jc.units[:1]) {
		for _, g := range c.glosses {
			add(strings.Join(g, " "))
		}
	}
	for _, p := range byJA[textnorm.Key(u.Surface)] {
		add(p.EN)
	}
	return out
}

// postConstituent reports whether a dictionary gloss of the constituent c ends in a post
// word (minister, secretary): the compound names a post.
func (r *run) postConstituent(c constituent) bool {
	for _, e := range r.lx.Lookup(c.text) {
		for _, g := range strings.Split(e.Gloss, ";") {
			if ws := strings.Fields(g); len(ws) > 0 && english.IsPostWord(bare(ws[len(ws)-1])) {
				return true
			}
		}
	}
	return false
}

// explainedEnd returns the title t up to its last word that the term explains: a word a
// part of the term (its constituents cs) glosses, a word of the country's names, or a
// post word. The capitalized words after it render nothing of the term: the name of the
// person the title is written before ("… for Defence Alan Smith"), which is cut off.
func explainedEnd(t string, cs []constituent, names [][]string) string {
	ws := strings.Fields(t)
	for n := len(ws); n > 0; n-- {
		w := bare(ws[n-1])
		lw := strings.ToLower(strings.ReplaceAll(w, ".", ""))
		if english.IsPostWord(w) || renderedBy(cs, lexicon.Norm(strings.ToLower(w)), w) || inNames(lw, names) {
			return strings.Join(ws[:n], " ")
		}
	}
	return ""
}

// inNames reports whether the lower-case word w is a word of one of the names.
func inNames(w string, names [][]string) bool {
	for _, n := range names {
		if slices.Contains(n, w) {
			return true
		}
	}
	return false
}

// nameKey returns the words of the name n in lower case, without dots and without an
// opening article: "the U.K." and "UK" give the same key.
func nameKey(n string) []string {
	ws := strings.Fields(strings.ToLower(strings.ReplaceAll(n, ".", "")))
	if len(ws) > 0 && ws[0] == "the" {
		ws = ws[1:]
	}
	return ws
}

// titleConnectors may join the capitalized words of a title: "Secretary of State for
// Defence", "Minister of Foreign Affairs of the Republic of Korea".
var titleConnectors = map[string]bool{"of": true, "for": true, "the": true, "and": true}

// capitalizedTitles returns the titles en writes: runs of capitalized words, joined by
// connectors, that hold a post word and end with it or with an of-phrase after it. A
// run with a capitalized word right after a post word or after a name of a title's
// complement, other than a post word (Prime Minister) or a connector's complement, holds
// a person's name and is left out.
func capitalizedTitles(en string) []string {
	ws := strings.Fields(en)
	var out []string
	for i := 0; i < len(ws); {
		if !capitalOpen(ws[i]) {
			i++
			continue
		}
		j := i // the run: ws[i:j+1], ending in a capitalized word
		for k := i + 1; k < len(ws); k++ {
			if endsPhrase(ws[k-1]) {
				break
			}
			w := ws[k]
			if strings.HasPrefix(w, "(") {
				break // an aside: the country's acronym after its name, "(ROK)"
			}
			if capitalOpen(w) {
				j = k
				continue
			}
			if !titleConnectors[strings.ToLower(w)] {
				break
			}
		}
		run := ws[i : j+1]
		i = j + 1
		for _, part := range splitTitles(run) {
			for len(part) > 0 && titleConnectors[strings.ToLower(bare(part[0]))] {
				part = part[1:] // the article that opens a sentence
			}
			if t, ok := titleOf(part); ok {
				out = append(out, t)
			}
		}
	}
	return out
}

// splitTitles splits a run of capitalized words at each "and" after which a post word
// follows: two titles in coordination ("Secretary of State for Defence and the
// Chancellor of the Exchequer"), where an "and" inside a portfolio ("Minister for Trade
// and Investment") joins no second post.
func splitTitles(run []string) [][]string {
	var out [][]string
	from := 0
	for k, w := range run {
		if k <= from || strings.ToLower(w) != "and" {
			continue
		}
		for _, v := range run[k+1:] {
			if strings.ToLower(v) == "and" {
				break
			}
			if english.IsPostWord(bare(v)) {
				out = append(out, run[from:k])
				from = k + 1
				break
			}
		}
	}
	return append(out, run[from:])
}

// titleOf returns the run of capitalized words as a title: it holds a post word, and
// after the first post word, every capitalized word is a post word or follows a
// connector, possibly with other capitalized words of the same complement.
func titleOf(run []string) (string, bool) {
	post := -1
	for k, w := range run {
		if english.IsPostWord(bare(w)) {
			post = k
			break
		}
	}
	if post < 0 {
		return "", false
	}
	afterPost := true
	for _, w := range run[post+1:] {
		b := bare(w)
		switch {
		case titleConnectors[strings.ToLower(b)]:
			afterPost = false
		case english.IsPostWord(b):
			afterPost = true
		case afterPost:
			return "", false // a name after the post: "Minister Park"
		}
	}
	t := strings.Join(run, " ")
	t = strings.TrimRight(t, ".,;:)”\"'’")
	if strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s") {
		return "", false
	}
	return strings.TrimLeft(t, "(“\"‘"), true
}

// titleNames reports whether the title t writes one of the country's names as whole
// words: before its post word or in its of-phrase.
func titleNames(t string, names [][]string) bool {
	var tw []string
	for _, w := range strings.Fields(t) {
		tw = append(tw, strings.ToLower(strings.ReplaceAll(bare(w), ".", "")))
	}
	for _, n := range names {
		if len(phraseAt(tw, n)) > 0 {
			return true
		}
	}
	return false
}

// capitalOpen reports whether w opens with a capital letter, after an opening mark.
func capitalOpen(w string) bool { return capitalized(strings.TrimLeft(w, "(“\"‘")) }

// endsPhrase reports whether the word w ends a phrase by its punctuation.
func endsPhrase(w string) bool {
	return strings.ContainsAny(w[len(w)-1:], ",;:)”\"") || strings.HasSuffix(w, ".") && !strings.Contains(strings.TrimSuffix(w, "."), ".") && len(w) > 3
}

// bare returns the word w without the punctuation around it.
func bare(w string) string {
	return strings.TrimFunc(w, func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) && c != '.' && c != '-' })
}
