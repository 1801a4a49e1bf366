package align

import "testing"

// TestAdjectivalGlosses: a noun that modifies the next part of a term meets the glosses of
// its adjective in 的 (地域の安定 = regional stability: 地域的 "regional"), unless the
// dictionary glosses the noun only by those adjectives already: then X的's further glosses
// are senses of the derived adjective, not of the noun (国内 "domestic" is no "national",
// which only 国内的 lists: at most a partial rendering, at review).
func TestAdjectivalGlosses(t *testing.T) {
	dict := map[string]string{"地域": "region/area", "地域的": "regional/local", "安定": "stability",
		"国内": "internal/domestic", "国内的": "internal/home/national/domestic", "防衛": "defense",
		"世界": "world/world-famous", "世界的": "global/world-famous", "平和": "peace", "両国": "both countries", "重視": "emphasis", "強化": "strengthening"}
	tests := []renderingCase{
		{name: "a noun glossed by a noun borrows its adjective", ja: "両国は地域の安定を重視する。",
			en: "Both countries place emphasis on regional stability.", wantJA: "地域の安定", wantEN: "regional stability"},
		{name: "a noun with a noun sense borrows too", ja: "両国は世界の平和を重視する。",
			en: "Both countries place emphasis on global peace.", wantJA: "世界の平和", wantEN: "global peace"},
		{name: "a noun glossed by an adjective keeps its own", ja: "両国は国内防衛を強化する。",
			en: "Both countries strengthen their national defense.", wantJA: "国内防衛", notEN: "national defense", notAuto: true},
		{name: "and is rendered by it", ja: "両国は国内防衛を強化する。",
			en: "Both countries strengthen their domestic defense.", wantJA: "国内防衛", wantEN: "domestic defense"},
	}
	runRenderingCases(t, tests, dict)
}
