package english

import (
	"fmt"
	"slices"
	"testing"
)

func TestForms(t *testing.T) {
	tests := []struct {
		term, pos string
		want      []string // must be among the forms
		not       []string // must not be
	}{
		{term: "ally", want: []string{"allies"}},
		{term: "model allies", want: []string{"model ally"}},
		{term: "missile", want: []string{"missiles"}},
		{term: "capability", want: []string{"capabilities"}},
		{term: "crisis", want: []string{"crises"}},
		{term: "National Defense Strategy", want: []string{"National Defense Strategies"}},
		{term: "deter", pos: "verb", want: []string{"deters", "deterred", "deterring"}},
		{term: "defend", pos: "verb", want: []string{"defends", "defended", "defending"}, not: []string{"defendded"}},
		{term: "reinforce", pos: "verb", want: []string{"reinforces", "reinforced", "reinforcing"}},
		{term: "deploy", pos: "verb", want: []string{"deploys", "deployed", "deploying"}},
		{term: "step up", pos: "verb", want: []string{"steps up", "stepped up", "stepping up"}},
		{term: "ICBM", want: []string{"ICBMs"}},
		{term: "Korean Peninsula", pos: "properNoun", not: []string{"Korean Peninsulas"}},
		{term: "burden-sharing", not: []string{"burden-sharings"}},
		{term: "co-chair", want: []string{"co-chairs"}},
		{term: "Co-Chair", want: []string{"Co-Chairs"}},
		{term: "vice-ministers", want: []string{"vice-minister"}},
		{term: "co-chaired", pos: "other", not: []string{"co-chaireds"}},
		{term: "cost-sharing", not: []string{"cost-sharings"}},
	}
	for _, tt := range tests {
		t.Run(tt.term, func(t *testing.T) {
			got := Forms(tt.term, tt.pos)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("Forms(%q, %q) = %q, missing %q", tt.term, tt.pos, got, w)
				}
			}
			for _, w := range tt.not {
				if slices.Contains(got, w) {
					t.Errorf("Forms(%q, %q) = %q, should not have %q", tt.term, tt.pos, got, w)
				}
			}
			if slices.Contains(got, tt.term) {
				t.Errorf("Forms(%q) contains the term itself", tt.term)
			}
		})
	}
}

func ExampleForms() {
	fmt.Println(Forms("ally", ""))
	fmt.Println(Forms("deter", "verb"))
	// Output:
	// [allies]
	// [deters deterred deterring detered detering]
}

func TestIsPostWord(t *testing.T) {
	tests := []struct {
		name string
		w    string
		want bool
	}{
		{name: "a title's head", w: "Minister", want: true},
		{name: "in capitals", w: "SECRETARY", want: true},
		{name: "lower case", w: "chair", want: true},
		{name: "near miss: the body, not the post", w: "Ministry", want: false},
		{name: "near miss: a plain noun", w: "Meeting", want: false},
	}
	for _, tc := range tests {
		if got := IsPostWord(tc.w); got != tc.want {
			t.Errorf("%s: IsPostWord(%q) = %v, want %v", tc.name, tc.w, got, tc.want)
		}
	}
}
