package align

import "testing"

// TestOfName: a title "X of Y" (Exchange of Notes) renders a compound of two nouns whose
// dictionary gloss of one is no word of the title (公文 "official document"), at review,
// where nothing else renders the term; a phrase in lower case ("exchange of views") is no
// title, and gives none.
func TestOfName(t *testing.T) {
	dict := map[string]string{"交換": "exchange/interchange", "公文": "official document/archives", "両政府": "both governments",
		"署名": "signature"}
	const term = "交換公文"
	tests := []struct {
		name, en string
		want     string // the English wanted at review, "" for none
	}{
		{name: "a title with of", en: "The two governments signed the Exchange of Notes on the project.", want: "Exchange of Notes"},
		{name: "near miss: no title", en: "The two governments signed after an exchange of views on the project."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, status := "", ""
			for _, p := range designationPairs(t, "bitext", "両政府は事業に関する交換公文に署名した。", tc.en, term, dict) {
				if got == "" || p.EN == tc.want {
					got, status = p.EN, p.Status
				}
			}
			if got != tc.want || got != "" && status != Review {
				t.Errorf("%s = %q (%s), want %q (review)", term, got, status, tc.want)
			}
		})
	}
}

// TestLastResort: a title rendered in part yields to any other option, and stands alone.
func TestLastResort(t *testing.T) {
	title := option{ofTitle: true, ue: 1, uj: 1}
	other := option{ue: 1}
	tests := []struct {
		name string
		opts []option
		want []bool // ofTitle of each option kept, in order
	}{
		{name: "the title alone", opts: []option{title}, want: []bool{true}},
		{name: "the title before another option", opts: []option{title, other}, want: []bool{false}},
		{name: "near miss: no title", opts: []option{other, other}, want: []bool{false, false}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := lastResort(tc.opts)
			if len(got) != len(tc.want) {
				t.Fatalf("kept %d options, want %d", len(got), len(tc.want))
			}
			for i, o := range got {
				if o.ofTitle != tc.want[i] {
					t.Errorf("option %d: ofTitle %v, want %v", i, o.ofTitle, tc.want[i])
				}
			}
		})
	}
}
