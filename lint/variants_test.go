package lint

import "testing"

// TestDefaultGlossaryCompoundSpellings checks the default glossary's admitted spellings of
// a closed English compound: written open or hyphenated it renders its concept, and a
// translation that keeps only part of it, or another word, is still caught.
func TestDefaultGlossaryCompoundSpellings(t *testing.T) {
	l := defaultLinter(t)
	runJaEn(t, l, []jaEnCase{
		{name: "closed", ja: "両国は反撃能力について協議した。", en: "The two countries discussed counterstrike capabilities."},
		{name: "open", ja: "両国は反撃能力について協議した。", en: "The two countries discussed counter strike capabilities."},
		{name: "hyphenated", ja: "両国は反撃能力について協議した。", en: "The two countries discussed counter-strike capabilities."},
		{name: "singular open", ja: "両国は反撃能力について協議した。", en: "The two countries discussed a counter strike capability."},
		{name: "strike alone is missing", ja: "両国は反撃能力について協議した。", en: "The two countries discussed strike capabilities.",
			want: "missing-term/counterstrike-capabilities"},
		{name: "counter and strike apart is missing", ja: "両国は反撃能力について協議した。", en: "The two countries discussed counter drone and strike capabilities.",
			want: "missing-term/counterstrike-capabilities"},
	})
}
