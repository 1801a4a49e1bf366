package align

import "testing"

// TestDeverbalHead: a noun and a verbal noun (砲弾|発射, shell + firing) rendered by the -ing
// noun of a verb made from the noun ("shellings") is proposed at review, the verbal noun
// left to that reading; the noun alone in the English ("shells") renders no act.
func TestDeverbalHead(t *testing.T) {
	dict := map[string]string{"砲弾": "shell/artillery shell", "発射": "firing/launch/discharge", "住民": "residents/inhabitants",
		"被害": "damage/harm", "国境": "border", "地域": "area/region"}
	const term = "砲弾発射"
	tests := []struct {
		name, en string
		want     string // the English wanted at review, "" for none of the term
	}{
		{name: "the -ing noun of the object", en: "Residents of the border area suffered damage from repeated shellings.", want: "shellings"},
		{name: "near miss: the object alone", en: "Residents of the border area suffered damage from repeated shells."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, status := "", ""
			for _, p := range designationPairs(t, "bitext", "国境地域の住民は繰り返された砲弾発射による被害を受けた。", tc.en, term, dict) {
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
