package bitext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glossterm/gloss/glossary"
)

// parallelGlossary holds approved concepts of the bitext's domain: anchors for the DP.
const parallelGlossary = `gloss: 1
languages: [ja, en]
concepts:
  - id: extended-deterrence
    status: approved
    terms: {ja: [拡大抑止], en: [extended deterrence]}
  - id: arms-control
    status: approved
    terms: {ja: [軍備管理], en: [arms control]}
  - id: senkaku
    status: approved
    terms: {ja: [尖閣諸島], en: [Senkaku Islands]}
  - id: security-environment
    status: approved
    terms: {ja: [安全保障環境], en: [security environment]}
  - id: nonproliferation-regime
    status: approved
    terms: {ja: [不拡散体制], en: [nonproliferation regime]}
  - id: deterrence-posture
    status: approved
    terms: {ja: [抑止態勢], en: [deterrence posture]}
`

// bitextRows reads the ja and en columns of a bitext of the corpus.
func bitextRows(t *testing.T, name string) (ja, en []string) {
	t.Helper()
	segs, err := Read(filepath.Join("..", "testdata", "corpus", "bitext", name))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range segs {
		ja, en = append(ja, s.JA), append(en, s.EN)
	}
	return ja, en
}

// writeDoc writes lines as one document in dir and reads it back.
func writeDoc(t *testing.T, dir, name, lang string, lines []string) Doc {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := ReadDoc(path, lang)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestAlign joins the columns of a bitext into two documents, one row a paragraph,
// and counts the rows the alignment recovers as 1-1 segments.
func TestAlign(t *testing.T) {
	ja, en := bitextRows(t, "official-statements-2024-2025.tsv")
	tests := []struct {
		name     string
		ja, en   []string
		glossary bool    // anchor on parallelGlossary's terms
		minShare float64 // the least share of the rows recovered
		dropped  int     // the row whose translation was dropped, or -1
	}{
		{name: "whole", ja: ja, en: en, minShare: 0.9, dropped: -1},
		{name: "whole, glossary", ja: ja, en: en, glossary: true, minShare: 0.9, dropped: -1},
		{name: "ja row 1 dropped, glossary", ja: append(append([]string{}, ja[:1]...), ja[2:]...), en: en, glossary: true, minShare: 0.9, dropped: -1},
		{name: "en row 4 dropped, glossary", ja: ja, en: append(append([]string{}, en[:4]...), en[5:]...), glossary: true, minShare: 0.9, dropped: 4},
		// by length alone a dropped sentence is harder: the rows are short fragments whose
		// length ratios range from 1.5 to 4 (all 22 single drops: 66% without the glossary,
		// 94% with it)
		{name: "en row 4 dropped, length only", ja: ja, en: append(append([]string{}, en[:4]...), en[5:]...), minShare: 0.3, dropped: 4},
	}
	g, err := glossary.Parse([]byte(parallelGlossary), "gloss.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			var gl *glossary.Glossary
			if tt.glossary {
				gl = g
			}
			segs, err := Align(writeDoc(t, dir, "ja.txt", "ja", tt.ja), writeDoc(t, dir, "en.txt", "en", tt.en), gl)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for _, s := range segs {
				if s.Origin != OriginParallel {
					t.Errorf("origin %q", s.Origin)
				}
				got[s.JA] = s.EN
			}
			pairs := map[string]string{}
			for i := range ja {
				pairs[ja[i]] = en[i]
			}
			rows, found := 0, 0
			for i, j := range tt.ja {
				if i == tt.dropped {
					continue
				}
				rows++
				if e, ok := got[j]; ok && e == pairs[j] {
					found++
				} else {
					t.Logf("row %d not recovered: %q → %q", i, j, got[j])
				}
			}
			share := float64(found) / float64(rows)
			t.Logf("%d of %d rows recovered as 1-1 pairs (%.0f%%)", found, rows, 100*share)
			if share < tt.minShare {
				t.Errorf("recovered %.2f of the rows, want ≥ %.2f", share, tt.minShare)
			}
		})
	}
}

// TestAlignEmpty: empty and one-sided documents are errors, not panics.
func TestAlignEmpty(t *testing.T) {
	tests := []struct {
		name, ja, en string
		wantErr      string
	}{
		{name: "both empty", wantErr: "both are empty"},
		{name: "no japanese", ja: " \n\n", en: "The United States hosted Japan.", wantErr: "no Japanese sentences"},
		{name: "no english", ja: "日米は協議した。", en: "", wantErr: "no English sentences"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			segs, err := Align(Doc{Name: "ja.txt", Text: tt.ja}, Doc{Name: "en.txt", Text: tt.en}, nil)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("err = %v, want %q", err, tt.wantErr)
			}
			if len(segs) != 0 {
				t.Errorf("segments: %v", segs)
			}
		})
	}
}

// TestAlignDrops drops each row in turn from one side and measures the share of
// the other rows recovered as 1-1 pairs, with and without the glossary's anchors.
func TestAlignDrops(t *testing.T) {
	ja, en := bitextRows(t, "official-statements-2024-2025.tsv")
	g, err := glossary.Parse([]byte(parallelGlossary), "gloss.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		glossary *glossary.Glossary
		minMean  float64
	}{
		{name: "length, numbers and acronyms", minMean: 0.6},
		{name: "with glossary anchors", glossary: g, minMean: 0.9},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sum, n := 0.0, 0
			for side := 0; side < 2; side++ {
				for d := range ja {
					js, es := ja, en
					if side == 0 {
						js = append(append([]string{}, ja[:d]...), ja[d+1:]...)
					} else {
						es = append(append([]string{}, en[:d]...), en[d+1:]...)
					}
					dir := t.TempDir()
					segs, err := Align(writeDoc(t, dir, "ja.txt", "ja", js), writeDoc(t, dir, "en.txt", "en", es), tt.glossary)
					if err != nil {
						t.Fatal(err)
					}
					got := map[string]string{}
					for _, s := range segs {
						got[s.JA] = s.EN
					}
					found := 0
					for i := range ja {
						if i != d && got[ja[i]] == en[i] {
							found++
						}
					}
					sum += float64(found) / float64(len(ja)-1)
					n++
				}
			}
			mean := sum / float64(n)
			t.Logf("%d single drops: %.0f%% of the other rows recovered", n, 100*mean)
			if mean < tt.minMean {
				t.Errorf("mean recovery %.2f, want ≥ %.2f", mean, tt.minMean)
			}
		})
	}
}
