package align

import "testing"

// TestQuotedModifier: a quotation closed right before a term (「V4+日本」交流年) modifies
// it, as a noun written against it does: the capitalized words before the term's English
// render the quotation ("V4 plus Japan Exchange Year"), and the term's own English is the
// rendering. With nothing before the term, capitalized words before its English are a
// part of the name the term cuts.
func TestQuotedModifier(t *testing.T) {
	dict := map[string]string{"交流年": "Exchange Year", "記念": "celebration"}
	tests := []renderingCase{
		{name: "after a quotation", ja: "「V4+日本」交流年を記念する。",
			en:    "We celebrate the V4 plus Japan Exchange Year.",
			modes: []string{"bitext"}, wantJA: "交流年", wantEN: "Exchange Year"},
		{name: "at the start", ja: "交流年を記念する。",
			en:    "We celebrate the Friendship Exchange Year.",
			modes: []string{"bitext"}, wantJA: "交流年", notEN: "Exchange Year"},
	}
	runRenderingCases(t, tests, dict)
}
