package align

import "testing"

// TestCoordinateCompounds: Japanese juxtaposes coordinate nouns inside a compound (政治|経済|関係,
// 自由|民主主義|国家) where English joins them with "and" before the head ("political and
// economic relations"). The "and" is accepted when it stands between the renderings of two
// side-by-side modifier parts and the last part, the head, renders the last word. A
// coordination whose second member is the head, a part left unrendered, and "or" for plain
// juxtaposition are no renderings.
func TestCoordinateCompounds(t *testing.T) {
	dict := map[string]string{"政治": "politics", "経済": "economy", "関係": "relations", "自由": "freedom",
		"民主主義": "democracy", "民主": "democracy", "国家": "nation", "自由民主主義": "liberal democracy", "安全保障": "security",
		"協力": "cooperation", "両国": "both countries", "強化": "strengthening", "文化": "culture"}
	tests := []renderingCase{
		{name: "two modifiers and a head", ja: "両国は政治経済関係を強化する。",
			en: "Both countries will strengthen political and economic relations.", wantJA: "政治経済関係", wantEN: "political and economic relations"},
		{name: "the dictionary's compound read part by part", ja: "自由民主主義国家は協力を続ける。",
			en: "Free and democratic nations continue their cooperation.", modes: []string{"bitext"}, wantJA: "自由民主主義国家", wantEN: "Free and democratic nations"},
		{name: "a part not rendered", ja: "両国は政治経済関係を強化する。",
			en: "Both countries will strengthen cultural and economic relations.", wantJA: "政治経済関係", notEN: "cultural and economic relations"},
		{name: "the second member is the head", ja: "両国は安全保障協力を進める。",
			en: "Both countries will advance security and cooperation.", wantJA: "安全保障協力", notEN: "security and cooperation"},
		{name: "or is no juxtaposition", ja: "両国は政治経済関係を強化する。",
			en: "Both countries will strengthen political or economic relations.", wantJA: "政治経済関係", notEN: "political or economic relations"},
	}
	runRenderingCases(t, tests, dict)
}
