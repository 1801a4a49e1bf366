package glossary

import (
	"testing"
)

// TestHomonymsDeclaredOnOneSide: two concepts may share a term when either declares the
// other a homonym; neither declaring it is a term.duplicate.
func TestHomonymsDeclaredOnOneSide(t *testing.T) {
	tests := []struct {
		name      string
		aHomonyms string // the homonyms line of concept a, or ""
		bHomonyms string
		duplicate bool
	}{
		{name: "declared by the first", aHomonyms: "    homonyms: [b]\n", duplicate: false},
		{name: "declared by the second", bHomonyms: "    homonyms: [a]\n", duplicate: false},
		{name: "declared by both", aHomonyms: "    homonyms: [b]\n", bHomonyms: "    homonyms: [a]\n", duplicate: false},
		{name: "declared by neither", duplicate: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := "gloss: 1\nlanguages: [ja, en]\nconcepts:\n" +
				"  - id: a\n" + tc.aHomonyms + "    terms: {ja: [防衛省], en: [Ministry of Defense]}\n" +
				"  - id: b\n" + tc.bHomonyms + "    terms: {ja: [国防総省], en: [Ministry of Defense]}\n"
			g, err := Parse([]byte(src), "g.yaml")
			if err != nil {
				t.Fatal(err)
			}
			got := false
			for _, p := range Validate(g) {
				if p.Rule == "term.duplicate" {
					got = true
				}
			}
			if got != tc.duplicate {
				t.Errorf("term.duplicate reported: %v, want %v", got, tc.duplicate)
			}
		})
	}
}
