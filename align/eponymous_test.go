package align

import "testing"

// TestEponymousHead: a noun after a person's name that names what the person leads (政権,
// 内閣) makes one term with the name, in the English order too (サントス政権 = Santos
// administration), even where the lexicon knows the noun with the suffix 下 ("under") as one
// word (政権下); a title after a name (サントス外務大臣 = Foreign Minister Santos) is a phrase
// of two, never an auto term: only an aligned segment that writes the title before the name
// heard pairs it, at review (titled-name).
func TestEponymousHead(t *testing.T) {
	dict := map[string]string{"政権": "administration", "政権下": "under the administration", "内閣": "cabinet",
		"初": "first", "会合": "meeting", "両国": "both countries", "外務大臣": "foreign minister", "外務": "foreign affairs",
		"大臣": "minister", "発足": "inauguration", "歓迎": "welcome", "訪問": "visit"}
	tests := []renderingCase{
		{name: "a name and 政権 before 下", ja: "両国はサントス政権下で初の会合を開いた。",
			en:     "Both countries held their first meeting under the Santos administration.",
			wantJA: "サントス政権", wantEN: "Santos administration"},
		{name: "a name and 内閣", ja: "両国はモレノ内閣の発足を歓迎した。",
			en:     "Both countries welcomed the inauguration of the Moreno Cabinet.",
			wantJA: "モレノ内閣", wantEN: "Moreno Cabinet"},
		{name: "a name and a title", ja: "両国はサントス外務大臣の訪問を歓迎した。",
			en:     "Both countries welcomed the visit of Foreign Minister Santos.",
			wantJA: "サントス外務大臣", notEN: "Foreign Minister Santos", notAuto: true},
	}
	runRenderingCases(t, tests, dict)
}
