package align

import "testing"

// TestMiddleDotCoordination: a middle dot between two members written in kanji, inside a
// compound between a shared modifier and a shared head (探知・追尾訓練), is a coordinator as
// 及び is: English writes "A and B" there ("detection and tracking training"). The dot is
// no word of its own to find; each member must still be rendered.
func TestMiddleDotCoordination(t *testing.T) {
	dict := map[string]string{"核": "nuclear", "ミサイル": "missile", "開発": "development", "宇宙": "space",
		"探知": "detection", "追尾": "tracking", "訓練": "training", "両国": "both countries", "懸念": "concern"}
	tests := []renderingCase{
		{name: "two members and a shared head", ja: "両国は核・ミサイル開発に懸念を示した。",
			en:     "Both countries expressed concern about nuclear and missile development.",
			wantJA: "核・ミサイル開発", wantEN: "nuclear and missile development"},
		{name: "a shared modifier too", ja: "両国は弾道ミサイル探知・追尾訓練を行った。",
			en:    "Both countries held ballistic missile detection and tracking training.",
			modes: []string{"bitext"}, wantJA: "弾道ミサイル探知・追尾訓練", wantEN: "ballistic missile detection and tracking training"},
		{name: "a member not rendered", ja: "両国は核・ミサイル開発に懸念を示した。",
			en:     "Both countries expressed concern about nuclear and space development.",
			wantJA: "核・ミサイル開発", notEN: "nuclear and space development", notAuto: true},
	}
	runRenderingCases(t, tests, dict)
}

// TestPlaceNameDotCoordination: a middle dot between two place names (東シナ海・南シナ海) is
// a coordinator too, which English may write once for the shared tail ("the East and South
// China Seas"); a member that the English does not render is no rendering.
func TestPlaceNameDotCoordination(t *testing.T) {
	dict := map[string]string{"東シナ海": "East China Sea", "南シナ海": "South China Sea", "協力": "cooperation",
		"強化": "strengthening", "両国": "both countries", "問題": "issue", "協議": "discussion"}
	tests := []renderingCase{
		{name: "a shared tail said once", ja: "両国は東シナ海・南シナ海での協力を強化する。",
			en:     "Both countries will strengthen their cooperation in the East and South China Seas.",
			wantJA: "東シナ海・南シナ海", wantEN: "East and South China Seas"},
		{name: "and a head", ja: "両国は東シナ海・南シナ海問題を協議した。",
			en:    "Both countries discussed the issues of the East and South China Seas.",
			modes: []string{"bitext"}, wantJA: "東シナ海・南シナ海問題", wantEN: "issues of the East and South China Seas"},
		{name: "a member not rendered", ja: "両国は東シナ海・南シナ海での協力を強化する。",
			en:     "Both countries will strengthen their cooperation in the East China Sea and the Baltic Sea.",
			wantJA: "東シナ海・南シナ海", notEN: "East China Sea and the Baltic Sea"},
	}
	runRenderingCases(t, tests, dict)
}
