package align

import "testing"

// TestNegatedAttributive: X のない Y is "Y without X", ない read as "without" where the
// English writes it between two words; an English that drops the negation is no rendering of
// the whole term.
func TestNegatedAttributive(t *testing.T) {
	dict := map[string]string{"核兵器": "nuclear weapon", "ない": "not/nonexistent", "世界": "the world/world", "紛争": "conflict/dispute", "地域": "area/region", "両国": "both countries", "実現": "realization"}
	tests := []renderingCase{
		{name: "a world without", ja: "両国は核兵器のない世界を目指す。",
			en: "The two countries aim at a world without nuclear weapons.", wantJA: "核兵器のない世界", wantEN: "world without nuclear weapons", modes: []string{"bitext"}},
		{name: "a region without", ja: "両国は紛争のない地域の実現を目指す。",
			en: "The two countries aim at the realization of a region without conflict.", wantJA: "紛争のない地域", wantEN: "region without conflict", modes: []string{"bitext"}},
		{name: "the negation dropped", ja: "両国は核兵器のない世界を目指す。",
			en: "The two countries aim at a world with nuclear weapons.", wantJA: "核兵器のない世界", notEN: "world with nuclear weapons", modes: []string{"bitext"}},
		{name: "another wording", ja: "両国は核兵器のない世界を目指す。",
			en: "The two countries aim at a world free of nuclear weapons.", wantJA: "核兵器のない世界", notEN: "world free of nuclear weapons", modes: []string{"bitext"}},
	}
	runRenderingCases(t, tests, dict)
}

// TestWritesWithout: "without" counts between two words only.
func TestWritesWithout(t *testing.T) {
	tests := []struct {
		en   string
		want bool
	}{
		{en: "world without nuclear weapons", want: true},
		{en: "region Without conflict", want: true},
		{en: "without nuclear weapons", want: false},
		{en: "world withouts", want: false},
	}
	for _, tc := range tests {
		if got := writesWithout(tc.en); got != tc.want {
			t.Errorf("writesWithout(%q) = %v, want %v", tc.en, got, tc.want)
		}
	}
}

// TestWritesNegation: a rendering of a のない link writes a negation.
func TestWritesNegation(t *testing.T) {
	tests := []struct {
		en   string
		want bool
	}{
		{en: "seamless response", want: true},
		{en: "region free of conflict", want: true},
		{en: "no-first-use policy", want: true},
		{en: "world with nuclear weapons", want: false},
		{en: "lessons learned", want: false},
	}
	for _, tc := range tests {
		if got := writesNegation(tc.en); got != tc.want {
			t.Errorf("writesNegation(%q) = %v, want %v", tc.en, got, tc.want)
		}
	}
}
