package eval_test

import (
	"testing"

	"github.com/glossterm/gloss/align/eval"
	"github.com/glossterm/gloss/glossary"
)

// TestMeasureCoverage checks the measure on a small glossary: what counts as the right
// English, what as absent, and that an admitted term counts only where a located source
// writes it.
func TestMeasureCoverage(t *testing.T) {
	g, err := glossary.Parse([]byte(`gloss: 1
languages: [ja, en]
concepts:
  - id: model-allies
    terms:
      ja: [模範的な同盟国]
      en: [model allies]
  - id: nss
    terms:
      ja: [国家安全保障戦略]
      en: [{term: NSS, status: admitted}, National Security Strategy]
  - id: old
    status: retired
    terms:
      ja: [拡大抑止]
      en: [extended deterrence]
  - id: deprecated-ja
    terms:
      ja: [{term: 戦略的柔軟, status: deprecated}]
      en: [strategic flexibility]
  - id: mnd
    terms:
      ja: [韓国国防部（国防省）]
      en: [Ministry of National Defense]
  - id: wrong
    terms:
      ja: [負担分担]
      en: [fair share]
  - id: scc
    terms:
      ja: [日米安全保障協議委員会]
      en: [U.S.-Japan Security Consultative Committee, {term: Japan-U.S. Security Consultative Committee, status: admitted}]
    sources:
      - {lang: en, doc: SCC statement 2014, quote: 'At the "2+2" Japan-U.S. Security Consultative Committee (SCC) meeting', loc: en.txt line 2}
  - id: article-v
    terms:
      ja: [日米安全保障条約第5条]
      en: [Article V of the Treaty of Mutual Cooperation and Security, {term: Article V of our security treaty, status: admitted}]
    sources:
      - {lang: en, doc: a press copy, quote: under Article V of our security treaty, url: 'https://example.com/press'}
  - id: flexibility
    terms:
      ja: [在韓米軍の戦略的柔軟性]
      en: [strategic flexibility of U.S. forces in the ROK, {term: strategic flexibility of USFK, status: admitted}]
    sources:
      - {lang: en, doc: SCAP statement 2006, quote: the issue of strategic flexibility of U.S. forces in the ROK, loc: en.txt}
`), "g.yaml")
	if err != nil {
		t.Fatal(err)
	}
	list := "ja\ten\tevidence\n" +
		"模範的な同盟国\tmodel ally\tx\n" + // right: plural folded
		"国家安全保障戦略\tNational Security Strategy (NSS)\tx\n" + // right: preferred, not the admitted acronym
		"拡大抑止\textended deterrence\tx\n" + // absent: retired concepts do not count
		"戦略的柔軟\tstrategic flexibility\tx\n" + // absent: a deprecated Japanese term does not count
		"負担分担\tburden-sharing\tx\n" + // wrong English
		"ＮＤＳ\tNational Defense Strategy\tx\n" + // absent
		"国家防衛戦略（NDS）\tNational Defense Strategy\tx\n" + // absent: the Japanese as written too
		"韓国国防部（国防省）\tMinistry of National Defense\tx\n" + // right: the Japanese as written
		"模範的な同盟国\tmodel nations\tx\n" + // wrong: another row's reading of the same Japanese does not count
		"日米安全保障協議委員会\tJapan-U.S. Security Consultative Committee\tx\n" + // right: admitted, quoted from a located document
		"日米安全保障条約第5条\tArticle V of our security treaty\tx\n" + // wrong: admitted, quoted only from a web page
		"在韓米軍の戦略的柔軟性\tstrategic flexibility of USFK\tx\n" // wrong: admitted, quoted by no source
	cv := eval.MeasureCoverage(g, list)
	if cv.Rows != 12 || cv.Right != 4 || cv.Preferred != 3 || cv.Absent != 4 || len(cv.Misses) != 8 {
		t.Errorf("rows %d, right %d (preferred %d), absent %d, misses %q; want 12, 4 (3), 4 and 8 misses",
			cv.Rows, cv.Right, cv.Preferred, cv.Absent, cv.Misses)
	}
	if got := cv.Share(); got != 4.0/12 {
		t.Errorf("share %v, want 1/3", got)
	}
}
