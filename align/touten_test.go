package align

import (
	"strings"
	"testing"
)

// TestTouten: the ASCII comma of Japanese prose is read as the comma 、 (kagome reads ","
// as a noun, which makes the next word a suffix of it); between two digits, or in English,
// it stays what it is.
func TestTouten(t *testing.T) {
	tests := []struct {
		name, text, tok string
		touten          bool // tok is read as the comma 、
	}{
		{name: "a comma between clauses", text: "危機が続く中,法の支配を守る。", tok: ",", touten: true},
		{name: "a comma grouping digits", text: "隊員1,200人を派遣する。", tok: ","},
		{name: "a comma of English", text: "日本(Japan, the host)が主催する。", tok: ","},
	}
	for _, tc := range tests {
		found := false
		for _, k := range tokenize(tc.text) {
			if !strings.Contains(k.Surface, tc.tok) {
				continue
			}
			found = true
			if got := k.POSAt(1) == "読点"; got != tc.touten {
				t.Errorf("%s: %q read as %v, want the comma %v", tc.name, k.Surface, k.POS, tc.touten)
			}
		}
		if !found {
			t.Errorf("%s: no token holds %q", tc.name, tc.tok)
		}
	}
}

// TestCommaOfJapanese: a term after the ASCII comma of Japanese prose is read as it is after 、.
func TestCommaOfJapanese(t *testing.T) {
	dict := map[string]string{"法": "law", "支配": "rule", "危機": "crisis", "両国": "both countries", "継続": "continuation"}
	tests := []renderingCase{
		{name: "a term after the comma", ja: "危機が続く中,法の支配を両国は守る。",
			en:    "As the crisis continues, both countries uphold the rule of law.",
			modes: []string{"bitext"}, wantJA: "法の支配", wantEN: "rule of law"},
	}
	runRenderingCases(t, tests, dict)
}
