package align

import "testing"

// TestLeftoverRenderedElsewhere: a partial rendering leaves one English word for the
// term's part without a gloss; a word that a gloss of another word of the segment's
// Japanese explains is that word's translation, not the gap's. The gap stays open for a
// word no other word of the segment claims.
func TestLeftoverRenderedElsewhere(t *testing.T) {
	dict := map[string]string{"ミサイル": "missile", "警戒": "vigilance", "発射": "launch", "両国": "both countries",
		"強化": "strengthening", "対処": "response", "実験": "experiment"}
	tests := []renderingCase{
		{name: "the other word's gloss is not the gap's", ja: "両国はミサイル警戒を強化し、ミサイル発射に対処する。",
			en: "Both countries will strengthen missile warning and respond to missile launches.", modes: []string{"bitext"},
			wantJA: "ミサイル警戒", wantEN: "missile warning", notEN: "missile launches"},
		{name: "a word no other word claims", ja: "両国はミサイル警戒を強化し、ミサイル実験に対処する。",
			en: "Both countries will strengthen missile launches and respond to missile experiments.", modes: []string{"bitext"},
			wantJA: "ミサイル警戒", wantEN: "missile launches"},
	}
	runRenderingCases(t, tests, dict)
}
