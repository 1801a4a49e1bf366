package bitext

import (
	"errors"
	"testing"

	"github.com/glossterm/gloss"
)

func TestCheckLanguage(t *testing.T) {
	tests := []struct {
		name, text, lang string
		ok               bool
	}{
		{"japanese as ja", "拡大抑止を強化する。NATO", "ja", true},
		{"english as ja", "The United States will deter aggression.", "ja", false},
		{"japanese as en", "拡大抑止を強化する。", "en", false},
		{"english as en", "extended deterrence (拡大抑止)", "en", true},
		{"empty", "  \n", "ja", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := checkLanguage("f", tc.text, tc.lang)
			var ie *gloss.Error
			if (err == nil) != tc.ok || (err != nil && !errors.As(err, &ie)) {
				t.Errorf("CheckLanguage = %v, want ok=%v", err, tc.ok)
			}
		})
	}
}

func TestParseBitext(t *testing.T) {
	segs, err := parseBitext("b.tsv", "id\tja\ten\nP1\t拡大抑止\textended deterrence\n\nP2\t統合抑止\tintegrated deterrence\n")
	if err != nil || len(segs) != 2 || segs[1].ID != "P2" || segs[1].Line != 4 {
		t.Fatalf("got %+v, %v", segs, err)
	}
	if _, err := parseBitext("b.tsv", "just one column\n"); err == nil {
		t.Error("one column accepted")
	}
	if _, err := parseBitext("b.tsv", ""); err == nil {
		t.Error("empty bitext accepted")
	}
}
