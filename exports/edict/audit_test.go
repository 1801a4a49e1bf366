package edict

import "testing"

// TestDuplicateGlosses: glosses that normalize alike (case, width, spacing) are one
// English term; the first stays preferred, and tags and EntL ids are not glosses.
func TestDuplicateGlosses(t *testing.T) {
	tests := []struct {
		name, line string
		en         []string // the English terms, in order
	}{
		{name: "the same gloss twice", line: "抑止 [よくし] /(n,vs) deterrence/check/deterrence/", en: []string{"deterrence", "check"}},
		{name: "in other case and with a tag", line: "抑止 [よくし] /(n) deterrence/(2) Deterrence/restraint/", en: []string{"deterrence", "restraint"}},
		{name: "in full width", line: "核 [かく] /(n) nucleus/ｎｕｃｌｅｕｓ/core/EntL1234567X/", en: []string{"nucleus", "core"}},
		{name: "no duplicates", line: "同盟 [どうめい] /(n) alliance/union/", en: []string{"alliance", "union"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, msg := parseLine(tc.line)
			if c == nil {
				t.Fatalf("no entry: %s", msg)
			}
			var got []string
			for i, term := range c.Terms["en"] {
				got = append(got, term.Text)
				if want := i == 0; (term.Status == "preferred") != want {
					t.Errorf("%q has status %s", term.Text, term.Status)
				}
			}
			if len(got) != len(tc.en) {
				t.Fatalf("English terms %q, want %q", got, tc.en)
			}
			for i := range got {
				if got[i] != tc.en[i] {
					t.Errorf("English terms %q, want %q", got, tc.en)
					break
				}
			}
		})
	}
}
