package align

import "testing"

// TestUnglossedHead: a compound with no rendering of its own whose modifier has one (here
// from the parentheses, the dictionary glossing it otherwise) is paired, for review, with
// the modifier's English as the aligned segment writes it and the one noun after it that
// no Japanese word glosses; not when that noun is a gloss of a part of the term (状況
// "situation") or of another Japanese word, when a function word follows the modifier,
// nor when the segment writes the head's own gloss, nor after a partial rendering of the
// modifier that stops before the modifier's own head.
func TestUnglossedHead(t *testing.T) {
	dict := map[string]string{"海洋": "ocean/maritime", "状況": "situation/state", "把握": "grasp/understanding",
		"体制": "system/structure", "両国": "both countries", "重視": "importance", "強化": "strengthening", "艦船": "vessels",
		"豪": "Australia", "比": "Philippines", "防衛": "defense", "相": "minister/phase", "開催": "holding"}
	const mod = "両国は海洋状況把握(Maritime Domain Awareness)を重視し、"
	tests := []struct {
		name, ja, en string
		term         string // the term asked for, 海洋状況把握体制 when ""
		want         string // the English proposed for it, "" for none
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
		// 比防衛相 = "defense" is partial and ends in the gloss of 防衛, not of its head 相
		// (minister): a noun written after it follows the defense, not the minister
		{name: "near miss: the modifier's partial English ends before its head", ja: "豪比防衛相体制を開催した。",
			en: "They held the Australia-Philippines defense architecture.", term: "比防衛相体制"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			term := tc.term
			if term == "" {
				term = "海洋状況把握体制"
			}
			got, status := "", ""
			for _, p := range designationPairs(t, "bitext", tc.ja, tc.en, term, dict) {
				got, status = p.EN, p.Status
			}
			if got != tc.want || got != "" && status != Review {
				t.Errorf("%s = %q (%s), want %q (review)", term, got, status, tc.want)
			}
		})
	}
}
