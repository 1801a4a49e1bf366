package align

import "testing"

// TestUnglossedHead: a compound with no rendering of its own whose modifier has one (here
// from the parentheses, the dictionary glossing it otherwise) is paired, for review, with
// the modifier's English as the aligned segment writes it and the one noun after it that
// no Japanese word glosses; not when that noun is a gloss of a part of the term (状況
// "situation") or of another Japanese word, when a function word follows the modifier,
// nor when the segment writes the head's own gloss.
func TestUnglossedHead(t *testing.T) {
	dict := map[string]string{"海洋": "ocean/maritime", "状況": "situation/state", "把握": "grasp/understanding",
		"体制": "system/structure", "両国": "both countries", "重視": "importance", "強化": "strengthening", "艦船": "vessels"}
	const mod = "両国は海洋状況把握(Maritime Domain Awareness)を重視し、"
	tests := []struct {
		name, ja, en string
		want         string // the English proposed for 海洋状況把握体制, "" for none
	}{
		{name: "a noun after the modifier", ja: mod + "海洋状況把握体制を強化した。",
			en:   "Both countries stressed Maritime Domain Awareness and strengthened their maritime domain awareness architecture.",
			want: "maritime domain awareness architecture"},
		{name: "near miss: the noun is another word's gloss", ja: mod + "艦船の海洋状況把握体制を強化した。",
			en: "Both countries stressed Maritime Domain Awareness and strengthened their maritime domain awareness vessels."},
		{name: "near miss: the noun is a gloss of a part of the term", ja: mod + "海洋状況把握体制を強化した。",
			en: "Both countries stressed Maritime Domain Awareness and strengthened their maritime domain awareness situation."},
		{name: "near miss: a function word after the modifier", ja: mod + "海洋状況把握体制を強化した。",
			en: "Both countries stressed Maritime Domain Awareness and strengthened the maritime domain awareness of the seas."},
		{name: "near miss: the head's own gloss written", ja: mod + "海洋状況把握体制を強化した。",
			en: "Both countries stressed Maritime Domain Awareness and strengthened their maritime domain awareness architecture as a system."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, status := "", ""
			for _, p := range designationPairs(t, "bitext", tc.ja, tc.en, "海洋状況把握体制", dict) {
				got, status = p.EN, p.Status
			}
			if got != tc.want || got != "" && status != Review {
				t.Errorf("海洋状況把握体制 = %q (%s), want %q (review)", got, status, tc.want)
			}
		})
	}
}
