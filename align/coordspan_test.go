package align

import (
	"strings"
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestCoordSpan: a coordination of nouns whose rendering is one member with the shared
// part is paired, for review, with the English that goes on across "and" over a run
// holding a gloss of the other member's edge; not when the run beside the conjunction
// glosses nothing of the term.
func TestCoordSpan(t *testing.T) {
	dict := map[string]string{"防衛": "defense", "装備品": "equipment", "技術移転": "technology transfer",
		"協定": "agreement/arrangement", "両国": "both countries", "署名": "signature"}
	const ja, term = "両国は防衛装備品・技術移転協定に署名した。", "防衛装備品・技術移転協定"
	tests := []struct {
		name, en string
		want     string // the English proposed for the term at review that crosses "and", "" for none
	}{
		{name: "the member after the conjunction", en: "Both countries signed the Agreement concerning the Transfer of Defense Equipment and Technology.",
			want: "Agreement concerning the Transfer of Defense Equipment and Technology"},
		{name: "near miss: the run glosses nothing of the term", en: "Both countries signed the Agreement concerning the Transfer of Defense Equipment and Services."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, status := "", ""
			for _, p := range designationPairs(t, "bitext", ja, tc.en, term, dict) {
				if strings.Contains(p.EN, " and ") {
					got, status = p.EN, p.Status
				}
			}
			if got != tc.want || got != "" && status != Review {
				t.Errorf("%s = %q (%s), want %q (review)", term, got, status, tc.want)
			}
		})
	}
}

// TestAndRun: the run of content words across "and" beside a rendering, on either side,
// that holds a gloss of the member left out.
func TestAndRun(t *testing.T) {
	glosses := map[string]bool{lexicon.Norm("friend"): true, lexicon.Norm("technology"): true} // as Entry.Words
	tests := []struct {
		name, en, e string
		wantRun     string
		wantAfter   bool
	}{
		{name: "a run before, in lower case", en: "They met friends and like-minded partners in Rome.", e: "like-minded partners", wantRun: "friends"},
		{name: "a run after, capitalized in a name", en: "The Fund for Science and Technology opened.", e: "Fund for Science", wantRun: "Technology", wantAfter: true},
		{name: "near miss: the run glosses nothing", en: "They met neighbours and like-minded partners.", e: "like-minded partners"},
		{name: "near miss: the name goes on past three words", en: "The Fund for Science and Technology Transfer Office Board opened.", e: "Fund for Science"},
		{name: "near miss: the case of the run differs", en: "They met Friends and like-minded partners.", e: "like-minded partners"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			run, after := andRun(tc.en, tc.e, glosses)
			if run != tc.wantRun || run != "" && after != tc.wantAfter {
				t.Errorf("andRun(%q, %q) = %q, %v; want %q, %v", tc.en, tc.e, run, after, tc.wantRun, tc.wantAfter)
			}
		})
	}
}
