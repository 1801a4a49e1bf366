package align

import "testing"

// TestGlossInitials: a body the translation names only by its acronym is paired with it
// when the lexicon's gloss of the Japanese spells the acronym; an acronym of other
// initials is not its rendering.
func TestGlossInitials(t *testing.T) {
	dict := map[string]string{"防衛省": "Ministry of Defense", "会合": "meeting", "開催": "holding"}
	const ja = "会合は防衛省で開催された。"
	tests := []struct {
		name, en, want string
	}{
		{name: "the gloss's initials", en: "The meeting was held at the MOD.", want: "MOD"},
		{name: "near miss: other initials", en: "The meeting was held at the MOFA."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			for _, p := range designationPairs(t, "bitext", ja, tc.en, "防衛省", dict) {
				if p.EN == "MOD" || p.EN == "MOFA" {
					got = p.EN
				}
			}
			if got != tc.want {
				t.Errorf("防衛省 = %q, want %q", got, tc.want)
			}
		})
	}
}
