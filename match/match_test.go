package match

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/morph"
)

const testGlossary = `gloss: 1
languages: [ja, en]
concepts:
  - id: deterrence
    terms:
      ja: [抑止]
      en:
        - deterrence
        - {term: deter, pos: verb}
  - id: deterrent-capability
    terms:
      ja: [抑止力]
      en: [deterrent capability]
  - id: nds
    terms:
      en:
        - National Defense Strategy
        - {term: NDS, status: admitted}
  - id: defense-strategy
    terms:
      en: [Defense Strategy]
  - id: dod
    terms:
      ja:
        - 国防総省
        - {term: 国防省, status: forbidden, except: [中国国防省]}
      en:
        - Department of Defense
        - {term: DoD, status: admitted}
  - id: ally
    terms:
      ja: [同盟国]
      en: [ally]
  - id: model-ally
    terms:
      ja: [模範的な同盟国]
      en: [model allies]
  - id: defense
    terms:
      en: [{term: defense, forms: [defence]}]
  - id: word
    terms:
      ja: [ワード]
  - id: umbrella
    terms:
      ja: [{term: 核の傘, boundary: morpheme}]
  - id: entrapment
    terms:
      ja: [{term: 巻き込まれる, pos: verb}]
  - id: retired-one
    status: retired
    terms:
      en: [obsolete thing]
`

func compile(t testing.TB, opts Options) *Matcher {
	t.Helper()
	g, err := glossary.Parse([]byte(testGlossary), "test.yaml")
	if err != nil {
		t.Fatal(err)
	}
	m, err := Compile(g, opts)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// show renders occurrences as "text=concept" for comparison.
func show(text string, occ []Occurrence) string {
	var b []string
	for _, o := range occ {
		b = append(b, text[o.Start:o.End]+"="+o.Concept.ID)
	}
	return strings.Join(b, " ")
}

func TestFind(t *testing.T) {
	m := compile(t, Options{Tokenize: fakeTokenize})
	tests := []struct {
		name, text, lang, want string
	}{
		{name: "longest ja", text: "日本の抑止力を強化", want: "抑止力=deterrent-capability"},
		{name: "shorter when longer absent", text: "抑止を強化する", want: "抑止=deterrence"},
		{name: "longest en", text: "the National Defense Strategy says", want: "National Defense Strategy=nds"},
		{name: "nested alone", text: "a Defense Strategy", want: "Defense Strategy=defense-strategy"},
		{name: "except", text: "中国国防省は", want: ""},
		{name: "except at the end of the text", text: "中国国防省", want: ""},
		{name: "adjacent terms", text: "抑止同盟国", want: "抑止=deterrence 同盟国=ally"},
		{name: "forbidden outside except", text: "米国防省は", want: "国防省=dod"},
		{name: "preferred inside compound", text: "米国防総省は", want: "国防総省=dod"},
		{name: "plural", text: "allies and an ally", want: "allies=ally ally=ally"},
		{name: "singular of plural term", text: "a model ally", want: "model ally=model-ally"},
		{name: "verb forms", text: "it deterred and deters", want: "deterred=deterrence deters=deterrence"},
		{name: "listed form", text: "Ministry of Defence", want: "Defence=defense"},
		{name: "word boundary", text: "defenseless allyship", want: ""},
		{name: "case exact for capitals", text: "national defense strategy", want: "defense=defense"},
		{name: "lowercase term any case", text: "DETERRENCE matters", want: "DETERRENCE=deterrence"},
		{name: "acronym exact", text: "the NDS, the nds", want: "NDS=nds"},
		{name: "width fold", text: "米国のＮＤＳと国防総省", want: "ＮＤＳ=nds 国防総省=dod"},
		{name: "full-width letters", text: "Ｎａｔｉｏｎａｌ　Ｄｅｆｅｎｓｅ　Ｓｔｒａｔｅｇｙ", want: "Ｎａｔｉｏｎａｌ　Ｄｅｆｅｎｓｅ　Ｓｔｒａｔｅｇｙ=nds"},
		{name: "line break inside", text: "National Defense\n  Strategy", want: "National Defense\n  Strategy=nds"},
		{name: "katakana script edge", text: "パスワードとワード", want: "ワード=word"},
		{name: "morpheme boundary rejects", text: "核の傘下にある", want: ""},
		{name: "morpheme boundary accepts", text: "核の傘を", want: "核の傘=umbrella"},
		{name: "japanese verb stem", text: "紛争に巻き込まれた", want: "巻き込まれ=entrapment"},
		{name: "lang filter", text: "抑止 deterrence", lang: "en", want: "deterrence=deterrence"},
		{name: "retired skipped", text: "obsolete thing", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := show(tt.text, m.FindLang(tt.text, tt.lang))
			if got != tt.want {
				t.Errorf("FindLang(%q) = %q, want %q", tt.text, got, tt.want)
			}
			prev := m.FindLang("the NDS", "")
			both := m.AppendLang(prev[:1:1], tt.text, tt.lang)
			if got := show(tt.text, both[1:]); got != tt.want || both[0] != prev[0] {
				t.Errorf("AppendLang(%q) = %q after %v, want %q", tt.text, got, both[0], tt.want)
			}
		})
	}
}

// fakeTokenize splits 核の傘下 and 核の傘を the way IPA kagome does, without loading it.
func fakeTokenize(text string) []morph.Token {
	var out []morph.Token
	i := 0
	for i < len(text) {
		best := ""
		for _, w := range []string{"傘下", "核", "の", "傘", "に", "ある", "を"} {
			if strings.HasPrefix(text[i:], w) && len(w) > len(best) {
				best = w
			}
		}
		if best == "" {
			_, w := utf8.DecodeRuneInString(text[i:])
			best = text[i : i+w]
		}
		out = append(out, morph.Token{Surface: best, Start: i, End: i + len(best)})
		i += len(best)
	}
	return out
}

func TestNeedsMorphology(t *testing.T) {
	if !compile(t, Options{}).NeedsMorphology() {
		t.Error("a glossary with boundary: morpheme must need morphology")
	}
	m := compile(t, Options{Langs: []string{"en"}})
	if m.NeedsMorphology() {
		t.Error("English terms alone must not need morphology")
	}
}

func TestKagomeBoundary(t *testing.T) {
	if testing.Short() {
		t.Skip("loads kagome")
	}
	m := compile(t, Options{Langs: []string{"ja"}})
	for text, want := range map[string]string{"核の傘下にある": "", "核の傘を提供する": "核の傘=umbrella"} {
		if got := show(text, m.Find(text)); got != want {
			t.Errorf("Find(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestBadBoundary(t *testing.T) {
	g, _ := glossary.Parse([]byte("gloss: 1\nlanguages: [ja, en]\nconcepts:\n  - id: x\n    terms:\n      ja: [{term: 抑止, boundary: sideways}]\n"), "t.yaml")
	if g == nil {
		t.Skip("the loader rejects the boundary itself")
	}
	if _, err := Compile(g, Options{}); err == nil {
		t.Error("Compile accepted boundary: sideways")
	}
}

// TestAutomaton checks the Aho-Corasick scan against a naive search.
func TestAutomaton(t *testing.T) {
	checkAutomaton(t, "a|ab|abc|b|bca|c|caa|抑止|抑止力|止力", "abcaabca抑止力abc抑止 拡大抑止 ＮＤＳ 抑")
}

// FuzzAutomaton compares both scans, the full DFA and the trie with dense rows, with a
// naive search. Patterns are separated by |.
func FuzzAutomaton(f *testing.F) {
	f.Add("a|ab|abc|b|bca|c|caa|抑止|抑止力", "abcaabca抑止力abc抑止")
	f.Add("拡大抑止|抑止|国防|防衛", "米国の拡大抑止と国防総省の防衛")
	f.Add("\xe6\x8a|x", "\xe6\x8a\x91\xe6")
	f.Fuzz(checkAutomaton)
}

func checkAutomaton(t *testing.T, patterns, text string) {
	seen := map[string]bool{}
	var pats []string
	for _, p := range strings.Split(patterns, "|") {
		if p != "" && !seen[p] {
			seen[p] = true
			pats = append(pats, p)
		}
	}
	if len(pats) == 0 {
		return
	}
	sort.Strings(pats)
	var want []string
	for end := 1; end <= len(text); end++ {
		for _, p := range pats {
			if end >= len(p) && text[end-len(p):end] == p {
				want = append(want, fmt.Sprintf("%q@%d", p, end))
			}
		}
	}
	for _, a := range []*automaton{buildWith(patSetOf(pats), maxDFACells, maxNodes16), buildWith(patSetOf(pats), maxDFACells, 0), buildWith(patSetOf(pats), 0, 0)} {
		var got []string
		a.scan(text, func(p int32, end int) { got = append(got, fmt.Sprintf("%q@%d", pats[p], end)) })
		if strings.Join(sorted(got), ",") != strings.Join(sorted(want), ",") {
			t.Fatalf("scan (DFA %v) of %q for %q = %v\nwant %v", a.hasDFA(), text, pats, got, want)
		}
	}
}

func sorted(s []string) []string {
	out := append([]string(nil), s...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

// TestPatternsSorted checks the key order Compile builds the automaton on, where keys
// tie on their first 16 bytes or one is a prefix of another.
func TestPatternsSorted(t *testing.T) {
	g := synthetic(3000)
	c := &glossary.Concept{ID: "ties", Status: glossary.Approved}
	for _, s := range []string{"national defense strategy", "national defense strategies", "national defense", "national defense strategy review", "national defense\x00x", "national defense ", "n", "抑止力の強化と統合抑止", "抑止力の強化と統合"} {
		c.AddTerm("en", &glossary.Term{Text: s, Status: glossary.Preferred})
	}
	g.Concepts = append(g.Concepts, c)
	m, err := Compile(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i < m.numPatterns(); i++ {
		if m.pattern(i) <= m.pattern(i-1) {
			t.Fatalf("pattern %q after %q: not sorted, or twice", m.pattern(i), m.pattern(i-1))
		}
	}
}

func TestSentenceAround(t *testing.T) {
	tests := []struct {
		name, text, match, want string
	}{
		{name: "middle sentence", text: "前の文。核の傘を強化した。次の文。", match: "核の傘", want: "核の傘を強化した。"},
		{name: "first sentence", text: "核の傘を強化した！次の文。", match: "核の傘", want: "核の傘を強化した！"},
		{name: "last, unterminated", text: "前の文？核の傘", match: "核の傘", want: "核の傘"},
		{name: "line break", text: "一行目\n核の傘の\n三行目", match: "核の傘", want: "核の傘の\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			os := strings.Index(tt.text, tt.match)
			s, e := SentenceAround(tt.text, os, os+len(tt.match))
			if got := tt.text[s:e]; got != tt.want {
				t.Errorf("sentenceAround = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSentenceAroundEveryOffset checks SentenceAround, which reads only as far as the
// sentence's ends, against the definition: the last end of any mark before os, the first
// after oe, on every span of texts that mix the marks, other text and none.
func TestSentenceAroundEveryOffset(t *testing.T) {
	want := func(text string, os, oe int) (start, end int) {
		end = len(text)
		for _, m := range sentenceEnds {
			if k := strings.LastIndex(text[:os], m); k >= 0 && k+len(m) > start {
				start = k + len(m)
			}
			if k := strings.Index(text[oe:], m); k >= 0 && oe+k+len(m) < end {
				end = oe + k + len(m)
			}
		}
		return start, end
	}
	for _, text := range []string{
		"", "核", "。", "\n\n", "前の文。核の傘を強化した！次の文？\n最後", "a.b\n。！？x",
		"抑止\r\n力。。？！\n", "ｘ！？ＹＺ。ー", strings.Repeat("同盟を強化する", 5),
	} {
		for os := 0; os <= len(text); os++ {
			for oe := os; oe <= len(text); oe++ {
				gs, ge := SentenceAround(text, os, oe)
				ws, we := want(text, os, oe)
				if gs != ws || ge != we {
					t.Errorf("SentenceAround(%q, %d, %d) = %d, %d, want %d, %d", text, os, oe, gs, ge, ws, we)
				}
			}
		}
	}
}

// TestFindDerived checks a matcher of short forms, verbs and adjectives: it has only those,
// each marked with its kind, and a short form starting with a lowercase letter also
// matches at the start of a sentence.
func TestFindDerived(t *testing.T) {
	const src = `gloss: 1
languages: [ja, en]
concepts:
  - id: alliance
    terms:
      ja: [日米同盟]
      en:
        - {term: Japan-U.S. Alliance, short: [the Alliance]}
        - {term: alliance of Japan and the United States, status: deprecated, short: [the pact]}
  - id: treaty
    terms:
      en: [{term: Japan-U.S. Security Treaty, short: [security treaty]}]
  - id: deterrence
    terms:
      ja: [{term: 抑止, verb: 抑止する}]
      en: [{term: deterrence, verb: deter}]
  - id: north-korea
    terms:
      en: [{term: North Korea, adjective: North Korean}]
`
	g, err := glossary.Parse([]byte(src), "d.yaml")
	if err != nil {
		t.Fatal(err)
	}
	m, err := Compile(g, Options{Derived: true})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text, lang, want string
	}{
		{name: "short form", text: "strengthen the Alliance", lang: "en", want: "the Alliance=alliance/short"},
		{name: "short form opening a sentence", text: "The Alliance faces threats.", lang: "en", want: "The Alliance=alliance/short"},
		{name: "short form with another definite determiner", text: "to strengthen our Alliance. This Alliance", lang: "en", want: "our Alliance=alliance/short This Alliance=alliance/short"},
		{name: "short form with the indefinite article", text: "renew an Alliance that has become a cornerstone", lang: "en", want: "an Alliance=alliance/short"},
		{name: "short form after a possessive noun", text: "our two countries' Alliance and Japan's Alliance", lang: "en", want: "countries' Alliance=alliance/short Japan's Alliance=alliance/short"},
		{name: "short form as a possessive", text: "the Alliance's strength", lang: "en", want: "the Alliance=alliance/short"},
		{name: "the head alone is no short form", text: "Alliance members met. A new Alliance", lang: "en", want: ""},
		{name: "short form keeps its capitals", text: "the alliance of two", lang: "en", want: ""},
		{name: "lowercase short form in any case", text: "our Security Treaty", lang: "en", want: "Security Treaty=treaty/short"},
		{name: "no short forms of a deprecated term", text: "the pact", lang: "en", want: ""},
		{name: "the term itself is not derived", text: "the Japan-U.S. Alliance", lang: "en", want: ""},
		{name: "verb and its inflections", text: "to deter, it deters and deterred", lang: "en", want: "deter=deterrence/verb deters=deterrence/verb deterred=deterrence/verb"},
		{name: "japanese verb stem", text: "攻撃を抑止し、", lang: "ja", want: "抑止し=deterrence/verb"},
		{name: "adjective", text: "North Korean provocations", lang: "en", want: "North Korean=north-korea/adjective"},
	}
	kinds := map[Kind]string{KindTerm: "term", KindShort: "short", KindVerb: "verb", KindAdjective: "adjective"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, o := range m.FindLang(tt.text, tt.lang) {
				got = append(got, tt.text[o.Start:o.End]+"="+o.Concept.ID+"/"+kinds[o.Kind])
			}
			if s := strings.Join(got, " "); s != tt.want {
				t.Errorf("FindLang(%q) = %q, want %q", tt.text, s, tt.want)
			}
		})
	}
}

// TestHyphenSpelling: an English term with a hyphen between letters matches spelled open
// or closed, in its case and with its inflections, and a pair of country names in either
// order; where the glossary writes both spellings as terms of their own, each matches
// only itself.
func TestHyphenSpelling(t *testing.T) {
	m := compileYAML(t, `gloss: 1
languages: [ja, en]
concepts:
  - id: jsdf
    terms:
      en: [Self-Defense Forces, {term: Self Defense Corps, status: forbidden}]
  - id: asia-pacific
    terms:
      en: [Asia-Pacific region]
  - id: npt
    terms:
      en: [nonproliferation, {term: non-proliferation, status: deprecated}]
  - id: us-japan
    terms:
      en: [U.S.-Japan Alliance]
  - id: guidelines
    terms:
      en: [Guidelines for Japan-U.S. Defense Cooperation]
  - id: trilateral
    terms:
      en: [Japan-U.S.-ROK summit]
`)
	for _, tt := range []struct{ text, want string }{
		{"the Japan Self Defense Forces", "jsdf/Self-Defense Forces"},
		{"the SelfDefense Force", "jsdf/Self-Defense Forces"},
		{"the self defense forces", ""}, // the term is capitalized
		{"a Self-Defense Corps", "jsdf/Self Defense Corps"},
		{"in the Asia Pacific regions", "asia-pacific/Asia-Pacific region"},
		{"nonproliferation", "npt/nonproliferation"},
		{"non-proliferation", "npt/non-proliferation"},
		{"non proliferation", "npt/non-proliferation"},
		{"the U.S. Japan Alliance", ""}, // a hyphen after a period is not between letters
		{"the Japan-U.S. Alliance", "us-japan/U.S.-Japan Alliance"},
		{"the 2015 Guidelines for U.S.-Japan Defense Cooperation", "guidelines/Guidelines for Japan-U.S. Defense Cooperation"},
		{"the U.S.-Japan-ROK summit", ""}, // a chain of three keeps its order
		{"the Japan-US Alliance", ""},     // not a respelling of the term's own country names
	} {
		var got []string
		for _, o := range m.FindLang(tt.text, "en") {
			got = append(got, o.Concept.ID+"/"+o.Term.Text)
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, g, tt.want)
		}
	}
}

// TestSplitAt checks that the occurrences of a text are those of its two parts cut where
// SplitAt says, the second's moved by the cut, for cuts all along two Japanese
// commentaries written as one line (with the default glossary, and with the test glossary,
// whose 核の傘 asks for morpheme boundaries) and along the English corpus written as one
// line (with the default glossary, its short forms and verbs, and an English glossary of
// terms at sentence starts and ends, determined short forms and except phrases), and that
// a matcher with a term holding 。 or ". ", or asking for morpheme boundaries, never cuts
// an English text.
func TestSplitAt(t *testing.T) {
	var ja string
	for _, f := range []string{"commentary-us-defense-strategy-2026.txt", "commentary-nds-and-rok-2026.txt"} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "corpus", "ja", f))
		if err != nil {
			t.Fatal(err)
		}
		ja += strings.ReplaceAll(string(data[:min(len(data), 12000)]), "\n", "")
	}
	// edges a cut must keep: a space, full-width letters and a mark after 。
	ja += "核の傘を強化した。 核の傘。ＮＡＴＯ。゙核の傘。核の傘"
	en := englishLine(t)
	def, err := glossary.Default()
	if err != nil {
		t.Fatal(err)
	}
	m, err := Compile(def, Options{})
	if err != nil {
		t.Fatal(err)
	}
	derived, err := Compile(def, Options{Derived: true})
	if err != nil {
		t.Fatal(err)
	}
	eng := compileText(t, enSplitGlossary, Options{})
	engDerived := compileText(t, enSplitGlossary, Options{Derived: true})
	for _, tt := range []struct {
		name, text, lang, mark string
		m                      *Matcher
	}{
		{"ja/default", ja, "ja", "。", m},
		{"ja/morpheme", ja, "ja", "。", compile(t, Options{Tokenize: fakeTokenize})},
		{"en/default", en, "en", " ", m},
		{"en/default-all", en, "", " ", m},
		{"en/derived", en, "en", " ", derived},
		{"en/test", en, "en", " ", eng},
		{"en/test-derived", en, "en", " ", engDerived},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m, text := tt.m, tt.text
			whole := m.AppendLang(nil, text, tt.lang)
			if len(whole) < 10 {
				t.Fatalf("%d occurrences in the whole text, want more to compare", len(whole))
			}
			cuts := 0
			for from := 0; from < len(text); from += 97 {
				cut := m.SplitAt(text, from)
				if cut == len(text) {
					continue
				}
				cuts++
				if cut < from || !strings.HasSuffix(text[:cut], tt.mark) {
					t.Fatalf("SplitAt(%d) = %d, after %q", from, cut, text[max(0, cut-6):cut])
				}
				parts := m.AppendLang(nil, text[:cut], tt.lang)
				for _, o := range m.AppendLang(nil, text[cut:], tt.lang) {
					o.Start += cut
					o.End += cut
					parts = append(parts, o)
				}
				if !reflect.DeepEqual(parts, whole) {
					t.Fatalf("cut at %d: %d occurrences, want %d:\n%s\nwant\n%s", cut, len(parts), len(whole), show(text, parts), show(text, whole))
				}
			}
			if cuts < 50 {
				t.Errorf("%d cuts, want some 100", cuts)
			}
		})
	}
	if cut := compileText(t, "gloss: 1\nlanguages: [ja]\nconcepts:\n  - id: x\n    terms:\n      ja: [抑止。日本]\n", Options{}).SplitAt(ja, 0); cut != len(ja) {
		t.Errorf("a term holds 。, and SplitAt cuts at %d", cut)
	}
	for name, g := range map[string]string{
		"a term holds . and a space":           "U.S. Forces. Japan",
		"an except phrase holds ? and a space": `{term: deterrence, except: ["what? deterrence"]}`,
		"a term holds ! and a tab":             `"Go!\tDeterrence"`,
	} {
		m := compileText(t, "gloss: 1\nlanguages: [en]\nconcepts:\n  - id: x\n    terms:\n      en: ["+g+"]\n", Options{})
		if cut := m.SplitAt(en, 0); cut != len(en) {
			t.Errorf("%s, and SplitAt cuts at %d", name, cut)
		}
	}
	if cut := compile(t, Options{}).SplitAt(en, 0); cut != len(en) {
		t.Errorf("a term asks for morpheme boundaries, and SplitAt cuts English at %d", cut)
	}
	abbr := "The U.S. Forces. He is. Gen. Smith? Ab. Cd! Dr. No. e.g. The 3rd. The x. Then 東京. An ally. The"
	if cut := eng.SplitAt(abbr, 0); cut != strings.Index(abbr, "ally. ")+len("ally. ") {
		t.Errorf("SplitAt cuts %q at %d, want after ally.: not after an abbreviation, a short word or no word", abbr, cut)
	}
}

// englishLine returns the English corpus written as one line, each line break a space.
func englishLine(t testing.TB) string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "testdata", "corpus", "en", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("the English corpus: %v", err)
	}
	var b strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString(strings.ReplaceAll(string(data), "\n", " "))
	}
	// edges a cut must keep: a term's edge after the cut, a determiner and a possessive
	// before a short form, an except phrase, a verb, a word fold
	b.WriteString("it left. Alliance is here. The Alliance grew. Japan's Alliance held. our two countries' Alliance rose. an alliance. our alliance. Missile defense failed. Deterrence. Deterred forces? Defence! The ally. Model allies. NDS. The U.S. Forces Japan. The U.S. Army.")
	return b.String()
}

// enSplitGlossary has English terms that begin and end sentences of the English corpus,
// short forms declared with the article, except phrases and verbs.
const enSplitGlossary = `gloss: 1
languages: [ja, en]
concepts:
  - id: alliance
    terms:
      en:
        - {term: U.S.-Japan Alliance, short: [the Alliance]}
  - id: defense
    terms:
      en: [{term: defense, forms: [defence], except: [missile defense]}]
  - id: deterrence
    terms:
      en:
        - {term: deterrence, verb: deter}
        - {term: deter, pos: verb}
  - id: ally
    terms:
      en: [ally, allies]
  - id: model-ally
    terms:
      en: [model allies]
  - id: nds
    terms:
      en:
        - {term: National Defense Strategy, short: [NDS]}
  - id: nss
    terms:
      en: [National Security Strategy]
  - id: us
    terms:
      en: [United States, {term: U.S., status: admitted}]
  - id: usfj
    terms:
      en: [U.S. Forces Japan]
  - id: president
    terms:
      en: [President]
  - id: china
    terms:
      en: [China, Chinese]
  - id: region
    terms:
      en: [region, {term: Indo-Pacific, boundary: word}, {term: hemisphere, boundary: none}]
`

// compileText compiles the glossary in the text src.
func compileText(t testing.TB, src string, opts Options) *Matcher {
	t.Helper()
	g, err := glossary.Parse([]byte(src), "test.yaml")
	if err != nil {
		t.Fatal(err)
	}
	m, err := Compile(g, opts)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestSpellingFold: a term written in American spelling matches its British and
// Australian spelling, and a Japanese term with one country counter matches the others,
// the occurrence spanning the words as written; words that only look alike do not.
func TestSpellingFold(t *testing.T) {
	m := compileYAML(t, `gloss: 1
languages: [ja, en]
concepts:
  - id: mod
    terms:
      en: [Minister of Defense]
  - id: labor
    terms:
      en: [labor standards, organization, program, center, modeling]
  - id: for
    terms:
      en: [for]
  - id: house
    terms:
      en: [Ministry of Defense, {term: Ministry of Defence, status: forbidden}]
  - id: tsc
    terms:
      ja: [三か国の安全保障協力]
      en: [trilateral security cooperation]
`)
	for _, tt := range []struct{ text, lang, want string }{
		{"We met the Minister of Defence today.", "en", "mod:Minister of Defence"},
		{"the minister of defence", "en", ""}, // the term's capitals still count
		{"Labour standards of the Organisation's programmes at the Centre", "en", "labor:Labour standards labor:Organisation labor:programmes labor:Centre"},
		{"climate modelling", "en", "labor:modelling"},
		{"a programme", "en", "labor:programme"}, // the deleted letters end the word
		{"the programme.", "en", "labor:programme"},
		{"four hours", "en", ""},
		// where the glossary writes both spellings, each term matches its own
		{"the Ministry of Defence", "en", "house:Ministry of Defence/Ministry of Defence"},
		{"the Ministry of Defense", "en", "house:Ministry of Defense/Ministry of Defense"},
		{"両国は3か国の安全保障協力を進める", "ja", "tsc:3か国の安全保障協力"},
		{"三カ国の安全保障協力", "ja", "tsc:三カ国の安全保障協力"},
		{"3ヶ国の安全保障協力", "ja", "tsc:3ヶ国の安全保障協力"},
		{"十三か国の安全保障協力", "ja", ""}, // thirteen, not three
	} {
		var got []string
		for _, o := range m.FindLang(tt.text, tt.lang) {
			g := o.Concept.ID + ":" + tt.text[o.Start:o.End]
			if o.Concept.ID == "house" {
				g += "/" + o.Term.Text
			}
			got = append(got, g)
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, g, tt.want)
		}
	}
}

// TestCounterSpelling: a Japanese term with a number before a counter with ka (三か国)
// matches the number in Arabic numerals and the ka in its other spellings; another
// number, or the number inside a larger one, does not.
func TestCounterSpelling(t *testing.T) {
	m := compileYAML(t, `gloss: 1
languages: [ja, en]
concepts:
  - id: trilateral
    terms:
      ja: [日米韓三か国の協力]
  - id: two
    terms:
      ja: [2カ国間]
`)
	for _, tt := range []struct{ text, want string }{
		{"日米韓三か国の協力", "日米韓三か国の協力=trilateral"},
		{"日米韓3か国の協力", "日米韓3か国の協力=trilateral"},
		{"日米韓３カ国の協力", "日米韓３カ国の協力=trilateral"},
		{"日米韓三ヶ国の協力", "日米韓三ヶ国の協力=trilateral"},
		{"二か国間の", "二か国間=two"},
		{"日米韓四か国の協力", ""},
		{"日米韓13か国の協力", ""},
	} {
		if got := show(tt.text, m.FindLang(tt.text, "ja")); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// compileYAML compiles a glossary written in the test as YAML, with the default options.
func compileYAML(t *testing.T, yaml string) *Matcher {
	t.Helper()
	g, err := glossary.Parse([]byte(yaml), "t.yaml")
	if err != nil {
		t.Fatal(err)
	}
	m, err := Compile(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestKeyTable(t *testing.T) {
	tests := []struct {
		name string
		keys []string // added in order; a repeat must return the first number
	}{
		{name: "none"},
		{name: "one", keys: []string{"抑止"}},
		{name: "repeats", keys: []string{"抑止", "deterrence", "抑止", "", "deterrence", ""}},
		{name: "prefixes", keys: []string{"a", "ab", "abc", "ab", "a"}},
		{name: "grows past its first size", keys: func() []string {
			var ks []string
			for i := range 5000 {
				ks = append(ks, fmt.Sprintf("key %d", i%3000))
			}
			return ks
		}()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var kt keyTable
			want := map[string]int32{}
			for _, k := range tc.keys {
				i, added := kt.add(k)
				w, seen := want[k]
				if !seen {
					w = int32(len(want))
					want[k] = w
				}
				if i != w || added == seen {
					t.Fatalf("add(%q) = %d, %v; want %d, %v", k, i, added, w, !seen)
				}
			}
			if kt.len() != len(want) {
				t.Fatalf("len = %d, want %d", kt.len(), len(want))
			}
			for k, w := range want {
				if got := kt.find(k); got != w || kt.key(w) != k {
					t.Fatalf("find(%q) = %d (key %q), want %d", k, got, kt.key(w), w)
				}
			}
			if got := kt.find("not added"); got != -1 {
				t.Fatalf("find of a key not added = %d, want -1", got)
			}
		})
	}
}
