package align

import "testing"

// TestBareName: a one-word name of a body whose English a segment writes with the country
// it belongs to after it ("Ministry of Defense of Japan") is rendered by the name without
// the country the Japanese leaves implicit; a name widened on the left by a modifier the
// Japanese leaves out is no such bare name, unless the Japanese writes the term against a
// noun after it, which the English word before the name renders.
func TestBareName(t *testing.T) {
	dict := dictOf(map[string]string{"防衛省": "Ministry of Defense", "会議": "meeting", "両国": "both countries", "改革": "reform"})
	tests := []struct {
		name, ja, en string
		want         string // the English paired with 防衛省 at best, "" for none
		whole        string // the whole name proposed beside it at review, "" for none
	}{
		{name: "the country after the name", ja: "両国は防衛省において会議を開いた。",
			en: "The two countries held a meeting at the Ministry of Defense of Japan.", want: "Ministry of Defense",
			whole: "Ministry of Defense of Japan"},
		{name: "near miss: a modifier before the name", ja: "両国は防衛省において会議を開いた。",
			en: "The two countries held a meeting at the Royal Ministry of Defense."},
		{name: "a noun after the term, written before the name", ja: "両国は防衛省改革会議を開いた。",
			en: "The two countries held a meeting of the Reforming Ministry of Defense Council.", want: "Ministry of Defense"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pairs := runPairs(t, dict, tc.ja, tc.en)
			got, whole := "", ""
			best := -1.0
			for _, p := range pairs {
				if p.JA != "防衛省" {
					continue
				}
				if p.Score > best {
					got, best = p.EN, p.Score
				}
				if p.Status == Review && p.EN != tc.want {
					whole = p.EN
				}
			}
			if got != tc.want {
				t.Errorf("防衛省 paired at best with %q, want %q", got, tc.want)
			}
			if whole != tc.whole {
				t.Errorf("防衛省 paired at review with %q, want %q", whole, tc.whole)
			}
		})
	}
}
