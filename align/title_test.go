package align

import "testing"

// TestTitleRow: a segment that is a title on each side pairs whole — a Japanese noun
// phrase, or one that ends in に, a verb and て (に向けて = Toward), with no sentence in it,
// and an English phrase with every content word capitalized. A sentence, a Japanese clause
// that ends in a verb, and English in lower case are no titles.
func TestTitleRow(t *testing.T) {
	for _, tc := range []struct {
		ja, en string
		want   bool
	}{
		{"より緊密な経済協力に向けて", "Toward Closer Economic Cooperation", true},
		{"海洋安全保障の新たな枠組み", "A New Framework for Maritime Security", true},
		{"より緊密な経済協力に向けて", "Toward closer economic cooperation", false},
		{"両国は経済協力を進める。", "The Two Countries Advance Economic Cooperation.", false},
		{"両国は経済協力を進める", "The Two Countries Advance Economic Cooperation", false},
		{"より緊密な経済協力に向けて、", "Toward Closer Economic Cooperation,", false},
	} {
		if _, _, got := titleRow(tc.ja, tc.en); got != tc.want {
			t.Errorf("titleRow(%q, %q) = %v, want %v", tc.ja, tc.en, got, tc.want)
		}
	}
	dict := map[string]string{"緊密": "closeness", "経済": "economy", "協力": "cooperation"}
	tests := []renderingCase{
		{name: "a title row", ja: "より緊密な経済協力に向けて", en: "Toward Closer Economic Cooperation", modes: []string{"bitext"},
			wantJA: "より緊密な経済協力に向けて", wantEN: "Toward Closer Economic Cooperation"},
		{name: "a sentence is no title", ja: "両国はより緊密な経済協力に向けて努力する。", en: "The Two Countries Work Toward Closer Economic Cooperation.",
			modes: []string{"bitext"}, wantJA: "両国はより緊密な経済協力に向けて努力する。", notEN: "The Two Countries Work Toward Closer Economic Cooperation"},
	}
	runRenderingCases(t, tests, dict)
	for _, p := range designationPairs(t, "bitext", "より緊密な経済協力に向けて", "Toward Closer Economic Cooperation", "より緊密な経済協力に向けて", dict) {
		// capped (titleRowOnly): without the cap one segment's evidence scores just under auto
		if p.Status == Auto || p.Score > 0.85 {
			t.Errorf("%s = %s is %s (%.3f), want review at 0.85 at most: a title row alone is a reviewer's call", p.JA, p.EN, p.Status, p.Score)
		}
	}
}
