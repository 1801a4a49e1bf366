package lint

import (
	"strings"
	"testing"

	"github.com/glossterm/gloss/match"
)

// TestNameWithAcronym: a Japanese term inside a name that the source follows with its Latin
// acronym in parentheses is rendered by the translation's writing that acronym.
func TestNameWithAcronym(t *testing.T) {
	tests := []struct {
		name, src, term, target string
		want                    bool
	}{
		{name: "a region inside a named agreement", src: "両国は東アジア地域包括的経済連携(RCEP)を歓迎した。", term: "東アジア",
			target: "The two countries welcomed the Regional Comprehensive Economic Partnership (RCEP).", want: true},
		{name: "full-width parentheses and letters", src: "北大西洋条約機構（ＮＡＴＯ）の会合", term: "北大西洋",
			target: "a meeting of the North Atlantic Treaty Organization (NATO)", want: true},
		{name: "the translation drops the acronym", src: "両国は東アジア地域包括的経済連携(RCEP)を歓迎した。", term: "東アジア",
			target: "The two countries welcomed the regional economic partnership.", want: false},
		{name: "the term is the whole name", src: "東アジア(EA)の安定", term: "東アジア",
			target: "the stability of East Asia (EA)", want: false},
		{name: "a note in parentheses is no acronym", src: "東アジア地域(仮称)の枠組み", term: "東アジア",
			target: "the East Asian regional framework", want: false},
		{name: "a particle ends the name before the parenthesis", src: "東アジアの協力(EAC)", term: "東アジア",
			target: "East Asian cooperation (EAC)", want: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := strings.Index(tt.src, tt.term)
			o := match.Occurrence{Start: start, End: start + len(tt.term)}
			if got := nameWithAcronym(tt.src, tt.target, o); got != tt.want {
				t.Errorf("nameWithAcronym(%q, %q) = %v, want %v", tt.src, tt.term, got, tt.want)
			}
		})
	}
}
