package align

import "testing"

// TestRoleLink: X を N とした Y names the part X plays for Y, and English writes X after Y
// with a preposition ("attempts … by force"), the role noun N left unsaid; a noun gloss of
// X never meets the English verb made of it with -en ("strengthened"), which another
// Japanese word renders.
func TestRoleLink(t *testing.T) {
	dict := map[string]string{"力": "strength/force", "一方的": "unilateral", "秩序": "order", "変更": "change",
		"試み": "attempt", "反対": "opposition", "両国": "both countries", "継続": "continuation", "強化": "strengthening"}
	tests := []renderingCase{
		{name: "the complement after its head", ja: "両国は、力を背景とした一方的な秩序変更の試みに反対した。",
			en:    "The two countries opposed unilateral attempts to change the order by force.",
			modes: []string{"bitext"}, wantJA: "力を背景とした一方的な秩序変更の試み", wantEN: "unilateral attempts to change the order by force"},
		{name: "near miss: a verb in -en before the head", ja: "両国は、力を背景とした一方的な秩序変更の試みの継続・強化に反対した。",
			en:    "The two countries opposed continued and strengthened unilateral attempts to change the order by force.",
			modes: []string{"bitext"}, wantJA: "力を背景とした一方的な秩序変更の試み", wantEN: "unilateral attempts to change the order by force",
			notEN: "strengthened unilateral attempts to change the order"},
	}
	runRenderingCases(t, tests, dict)
}
