package lint

import (
	"strings"
	"testing"

	"github.com/glossterm/gloss/match"
)

// TestInitialInCompound: en → ja, a country the English names may be said in Japanese by
// its one-kanji initial inside a compound: after a bound prefix in one word (訪韓, 駐韓),
// or as kagome's country after a prefix (在韓, 対韓) or before the noun it modifies. The
// same kanji inside another word (参加 for Canada's 加), before a particle, or a
// translation that drops the country altogether still leaves it missing.
func TestInitialInCompound(t *testing.T) {
	l := defaultLinter(t)
	const rok = "missing-term/south-korea"
	runJaEn(t, l, []jaEnCase{
		{name: "訪 and the initial in one word", en: "The minister's visit to the ROK ended well.", ja: "大臣の訪韓は無事に終わった。", enja: true},
		{name: "駐 and the initial in one word", en: "The Japanese Ambassador to the ROK spoke first.", ja: "駐韓日本大使が最初に発言した。", enja: true},
		{name: "the prefix 在 before the country", en: "Japanese residents in the ROK were consulted.", ja: "在韓日本人に意見を求めた。", enja: true},
		{name: "対 before the country", en: "Its approach to the ROK has not changed.", ja: "その対韓姿勢は変わっていない。", enja: true},
		{name: "two initials, as before", en: "Japan and the ROK signed the accord.", ja: "日韓は協定に署名した。", enja: true},
		{name: "near miss: the initial before a particle", en: "Officials of the ROK arrived.", ja: "韓の当局者が到着した。", enja: true, want: rok},
		{name: "near miss: another country's initial", en: "The minister's visit to the ROK ended well.", ja: "大臣の訪米は無事に終わった。", enja: true, want: rok},
		{name: "omission: the visit without the country", en: "The minister's visit to the ROK ended well.", ja: "大臣の訪問は無事に終わった。", enja: true, want: rok},
		{name: "omission: the prefix without the country", en: "Japanese residents in the ROK were consulted.", ja: "在外日本人に意見を求めた。", enja: true, want: rok},
	})
}

// TestCountriesCounted: en → ja, a country that the English names in a list of country
// names may be said by a count of the listed countries (三か国, 三国, 両国 for two). A count
// of another number, 第三国 ("a third country"), a list whose other item is no country,
// or no count at all leaves the country missing.
func TestCountriesCounted(t *testing.T) {
	l := defaultLinter(t)
	const rok = "missing-term/south-korea"
	runJaEn(t, l, []jaEnCase{
		{name: "three names, 三か国", en: "The ROK, Japan and the United States issued a statement.", ja: "三か国は声明を発出した。", enja: true},
		{name: "three names, 三ヵ国", en: "The ROK, Japan and the United States issued a statement.", ja: "三ヵ国は声明を発出した。", enja: true},
		{name: "three names with a serial comma, 三国", en: "Japan, the ROK, and the United States issued a statement.", ja: "三国は声明を発出した。", enja: true},
		{name: "two names, 両国", en: "The ROK and Japan issued a statement.", ja: "両国は声明を発出した。", enja: true},
		{name: "near miss: two countries for a list of three", en: "The ROK, Japan and the United States issued a statement.", ja: "両国は声明を発出した。", enja: true, want: rok},
		{name: "near miss: a third country", en: "The ROK, Japan and the United States issued a statement.", ja: "第三国は声明を発出した。", enja: true, want: rok},
		{name: "near miss: the other item is no country", en: "The ROK and the United Nations issued a statement.", ja: "両国は声明を発出した。", enja: true, want: rok},
		{name: "omission: no count and no country", en: "The ROK and Japan issued a statement.", ja: "各国は声明を発出した。", enja: true, want: rok},
	})
}

func TestListedCountries(t *testing.T) {
	for _, tc := range []struct {
		name, src, term string
		want            int
	}{
		{name: "first of three", src: "The ROK, Japan and the United States met.", term: "ROK", want: 3},
		{name: "middle of three with a serial comma", src: "Japan, the ROK, and the United States met.", term: "ROK", want: 3},
		{name: "last of two", src: "Japan and the ROK met.", term: "ROK", want: 2},
		{name: "alone", src: "The ROK met.", term: "ROK", want: 1},
		{name: "a word that only begins like a country", src: "The ROK and Japanology met.", term: "ROK", want: 1},
	} {
		i := strings.Index(tc.src, tc.term)
		o := match.Occurrence{Start: i, End: i + len(tc.term)}
		if got := listedCountries(tc.src, o); got != tc.want {
			t.Errorf("%s: listedCountries(%q) = %d, want %d", tc.name, tc.src, got, tc.want)
		}
	}
}

// TestRelationSynonym: en → ja, a relation between countries may be said by the parties'
// initials and a synonym of the relation noun (日韓国交 for "Japan-ROK relations", 国交
// being diplomatic relations). Other parties' initials, or the synonym without the
// initials, leave the term missing.
func TestRelationSynonym(t *testing.T) {
	l := defaultLinter(t)
	const rel = "missing-term/japan-rok-relations"
	const en = "The leaders marked the normalization of Japan-ROK relations."
	runJaEn(t, l, []jaEnCase{
		{name: "the initials and 国交", en: en, ja: "両首脳は日韓国交正常化を記念した。", enja: true},
		{name: "the initials in the other order", en: en, ja: "両首脳は韓日国交正常化を記念した。", enja: true},
		{name: "the term as written", en: en, ja: "両首脳は日韓関係の正常化を記念した。", enja: true},
		{name: "near miss: other parties", en: en, ja: "両首脳は日中国交正常化を記念した。", enja: true, want: rel},
		{name: "omission: 国交 without the parties", en: en, ja: "両首脳は国交正常化を記念した。", enja: true, want: rel},
	})
}
