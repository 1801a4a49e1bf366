package align

import (
	"sort"
	"strings"
	"unicode"

	"github.com/glossterm/gloss/align/internal/jaterm"
	"github.com/glossterm/gloss/internal/morph"
	"github.com/glossterm/gloss/internal/translit"
)

// maxNameWords bounds the capitalized words of a person's name after a title.
const maxNameWords = 4

// titledPersons pairs a person named with a post (安倍晋三内閣総理大臣, ドナルド・J・トランプ
// 大統領) with the English of an aligned segment that writes the post's gloss and then the
// name ("Prime Minister Shinzo Abe", "President Donald J. Trump"): Japanese puts a title
// after the name, English before it. The Japanese opens with the name — a person's name by
// kagome's parts of speech (名詞,固有名詞,人名) or a katakana word — and ends in a post the
// lexicon glosses; the English name is the run of capitalized words after the gloss, and
// one of its words is the Japanese name heard: the romanized reading of a kanji name
// (安倍 アベ = Abe), or a katakana name transliterating it (トランプ = Trump). The pair
// stays at review: the name is matched by sound alone.
func (r *run) titledPersons() {
	var cands []*jaCand
	for _, jc := range r.ja {
		if len(jc.units) < 2 || !personStart(jc.units[0]) && !latinInitial(jc.units[0].Surface) {
			continue
		}
		cands = append(cands, jc)
	}
	segs := map[string][]int{} // a titled name → the aligned segments that hold it
	var names []string
	for i, seg := range r.bitext {
		for _, jc := range cands {
			for from := 0; ; {
				j := strings.Index(seg.JA[from:], jc.text)
				if j < 0 {
					break
				}
				j += from
				from = j + len(jc.text)
				// the grammar stops a term at a middle dot beside a Latin initial: the
				// name is taken whole from the text (ドナルド・J・トランプ大統領)
				t := nameBefore(seg.JA[:j]) + jc.text
				if !jc.phrasal || t != jc.text {
					if len(segs[t]) == 0 {
						names = append(names, t)
					}
					if n := len(segs[t]); n == 0 || segs[t][n-1] != i {
						segs[t] = append(segs[t], i)
					}
				}
			}
		}
	}
	sort.Strings(names)
	for _, text := range names {
		ids := segs[text]
		toks := morph.Tokenize(text)
		for k := 1; k < len(toks); k++ {
			name, post := toks[:k], toks[k:]
			if !namedPerson(name) || !postWords(post) {
				continue
			}
			postJA := ""
			for _, t := range post {
				postJA += t.Surface
			}
			found := false
			for _, e := range r.lx.Lookup(postJA) {
				for _, i := range ids {
					seg := r.bitext[i]
					if en, ok := titledName(seg.EN, e.Gloss, name); ok {
						r.add(text, en, Evidence{Type: EvTitledName, Doc: seg.Doc, Line: seg.Line, Quote: quote(seg.EN),
							Detail: postJA + " = " + e.Gloss + ", the name before it heard as " + nameReading(name)})
						found = true
					}
				}
			}
			if found {
				break // the longest post the lexicon glosses
			}
		}
	}
}

// nameBefore returns the katakana words and Latin initials joined by middle dots that end
// text right before a middle dot, with that dot: ドナルド・ of ドナルド・J・; "" when none.
func nameBefore(text string) string {
	rs := []rune(text)
	i := len(rs)
	for i > 1 && rs[i-1] == '・' {
		j := i - 1
		for j > 0 && (isKatakanaRune(rs[j-1]) || isLatinLetter(rs[j-1])) {
			j--
		}
		if j == i-1 {
			break
		}
		i = j
	}
	for i < len(rs) && (rs[i] == '・' || isLatinLetter(rs[i])) {
		i++ // the name opens with a word, not an initial
	}
	return string(rs[i:])
}

func isKatakanaRune(c rune) bool { return c >= 'ァ' && c <= 'ヺ' || c == 'ー' }

func isLatinLetter(c rune) bool { return c < 0x80 && unicode.IsLetter(c) || c >= 'Ａ' && c <= 'ｚ' }

// latinInitial reports whether s is one Latin capital: an initial of a name.
func latinInitial(s string) bool {
	rs := []rune(s)
	return len(rs) == 1 && unicode.IsUpper(rs[0])
}

// personStart reports whether a token may open a person's name: kagome's 人名, or katakana.
func personStart(t morph.Token) bool {
	return t.POSAt(1) == "固有名詞" && t.POSAt(2) == "人名" || jaterm.IsKatakana(t.Surface)
}

// namedPerson reports whether tokens are a person's name: they open with a name token, and
// hold only name tokens, katakana, a middle dot, Latin initials (ドナルド・J・トランプ) and
// the numerals kagome cuts from a given name (晋|三).
func namedPerson(toks []morph.Token) bool {
	if !personStart(toks[0]) {
		return false
	}
	for _, t := range toks {
		switch {
		case personStart(t), t.Surface == "・":
		case t.POSAt(1) == "数" || len([]rune(t.Surface)) == 1 && unicode.IsUpper([]rune(t.Surface)[0]):
		default:
			return false
		}
	}
	return true
}

// postWords reports whether tokens may be a post: common nouns and suffixes, no name.
func postWords(toks []morph.Token) bool {
	for _, t := range toks {
		if t.POSAt(0) != "名詞" || t.POSAt(1) == "固有名詞" || jaterm.IsKatakana(t.Surface) || t.Surface == "・" {
			return false
		}
	}
	return true
}

// titledName finds gloss in the English sentence, written with capitals, followed by a run
// of capitalized words one of which sounds like the name: it returns the gloss and the run.
func titledName(en, gloss string, name []morph.Token) (string, bool) {
	gw := strings.Fields(gloss)
	if len(gw) == 0 {
		return "", false
	}
	ws := strings.Fields(en)
	for i := 0; i+len(gw) < len(ws); i++ {
		ok := true
		for j, g := range gw {
			w := ws[i+j]
			if !strings.EqualFold(w, g) || !capitalized(w) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		var run []string
		heard := false
		for j := i + len(gw); j < len(ws) && len(run) < maxNameWords; j++ {
			w := strings.TrimRight(ws[j], ",;:")
			end := w != ws[j]
			if !capitalized(w) {
				break
			}
			if strings.HasSuffix(w, ".") && len([]rune(w)) > 2 {
				w, end = strings.TrimSuffix(w, "."), true // the sentence's end, not an initial
			}
			w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
			run = append(run, w)
			if soundsLikeName(w, name) {
				heard = true
			}
			if end {
				break
			}
		}
		nameToks := 0
		for _, t := range name {
			if t.Surface != "・" {
				nameToks++
			}
		}
		for len(run) > 0 && !soundsLikeName(run[len(run)-1], name) {
			run = run[:len(run)-1] // the name ends in a word heard
		}
		if heard && len(run) <= nameToks {
			// the English writes no more of the name than the Japanese does
			return strings.Join(ws[i:i+len(gw)], " ") + " " + strings.Join(run, " "), true
		}
	}
	return "", false
}

// soundsLikeName reports whether an English word is one of the name's tokens heard: the
// romanized reading, long vowels folded (シンゾウ = Shinzo), or a transliteration.
func soundsLikeName(w string, name []morph.Token) bool {
	lw := translit.Fold(strings.ToLower(w))
	if len(lw) < 2 {
		return false
	}
	for _, t := range name {
		kana := t.Reading
		if jaterm.IsKatakana(t.Surface) {
			kana = t.Surface
		}
		if kana == "" || kana == "・" {
			continue
		}
		if foldVowels(translit.Romaji(kana)) == foldVowels(lw) || translit.Similarity(kana, lw) >= translit.Threshold {
			return true
		}
		if re := respelled(strings.ToLower(w)); re != "" {
			if fw := translit.Fold(re); foldVowels(translit.Romaji(kana)) == foldVowels(fw) || translit.Similarity(kana, fw) >= translit.Threshold {
				return true // a Central European spelling (see respelled)
			}
		}
	}
	return false
}

// nameReading is the name's reading in romaji, for the evidence.
func nameReading(name []morph.Token) string {
	var b []string
	for _, t := range name {
		kana := t.Reading
		if jaterm.IsKatakana(t.Surface) {
			kana = t.Surface
		}
		if r := translit.Romaji(kana); strings.TrimSpace(r) != "" {
			b = append(b, r)
		}
	}
	return strings.Join(b, " ")
}

// foldVowels folds the long vowels a Hepburn romanization writes single (ou, uu, oo → o, u).
func foldVowels(s string) string {
	for _, p := range [][2]string{{"ou", "o"}, {"uu", "u"}, {"oo", "o"}, {"ii", "i"}} {
		s = strings.ReplaceAll(s, p[0], p[1])
	}
	return s
}
