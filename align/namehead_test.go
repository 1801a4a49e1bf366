package align

import "testing"

// TestNameHeadByPlace: a name whose head the English renders by a word no dictionary gives it
// (日英海洋安全保障協議 = "Japan-UK Maritime Security Dialogue", 協議 glossed
// "consultation") takes the rendering of the rest and the capitalized word that ends the
// name, for review; where the segment writes the head's own gloss, or the rendering of
// the rest does not open the name, or the head ends a word (安全|保障), nothing is paired so.
func TestNameHeadByPlace(t *testing.T) {
	// 安全保障 glossed so that no word-by-word rendering explains "Security": the rest is
	// rendered by a proposal at review, the term by nothing but its place
	dict := map[string]string{"日英": "Japan-UK", "海洋": "maritime", "安全保障": "safety guarantee", "協議": "consultation",
		"両国": "both countries", "開催": "holding", "歓迎": "welcome", "先般": "recently"}
	const ja = "両国は先般の日英海洋安全保障協議の開催を歓迎した。"
	tests := []struct {
		name, en string
		term     string
		want     string // the English the rule gives the term, "" for none
	}{
		{name: "the name's last word", term: "日英海洋安全保障協議", want: "Japan-UK Maritime Security Dialogue",
			en: "Both countries welcomed the holding of the recent Japan-UK Maritime Security Dialogue."},
		{name: "near miss: the head's gloss written", term: "日英海洋安全保障協議",
			en: "Both countries welcomed the holding of the recent consultation, the Japan-UK Maritime Security Dialogue."},
		{name: "near miss: the rest inside a longer name", term: "日英海洋安全保障協議",
			en: "Both countries welcomed the holding of the recent Forum of Japan-UK Maritime Security Dialogue."},
		{name: "near miss: the end of a word is no head", term: "日英海洋安全保障",
			en: "Both countries welcomed the holding of the recent Japan-UK Maritime Security Dialogue."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, status := "", ""
			for _, p := range designationPairs(t, "bitext", ja, tc.en, tc.term, dict) {
				for _, e := range p.Evidence {
					if e.Detail == nameHeadDetail {
						got, status = p.EN, p.Status
					}
				}
			}
			if got != tc.want || got != "" && status != Review {
				t.Errorf("%s = %q (%s), want %q (review)", tc.term, got, status, tc.want)
			}
		})
	}
}
