package align

import (
	"slices"
	"testing"
)

// TestPostParens: a post written after a foreign person's name in katakana pairs with the
// post the parenthetical writes after the person's name and a comma, a surname the English
// name holds left out, a name with a Latin initial (ドナルド・J・トランプ) as well; at review. A parenthetical without the comma, a post no word of
// which is glossed in the English, and a phrase with a particle pair nothing. A post that
// names no state (同国防大臣: the state said before) pairs with the English post without
// the of-phrase of its state too; one that names it keeps the of-phrase only.
func TestPostParens(t *testing.T) {
	dict := dictOf(map[string]string{"大臣": "minister", "首相": "prime minister", "代表": "representative", "王国": "kingdom", "大統領": "president", "共和": "republicanism", "共和国": "republic"})
	tests := []struct {
		name, ja, term string
		want           string // an English proposed for term, "" for none
		not            string // an English not proposed for term
	}{
		{name: "the same state, and a generational suffix after the name", ja: "マリア・ロペス・エスパーニャ王国首相(H.E. Ms. Maria Lopez, Prime Minister of the Kingdom of Spain)及びカルロス・ガルシア同国防大臣(H.E. Mr. Carlos Garcia, Jr., Minister of National Defense of the Kingdom of Spain)と会談した。",
			term: "国防大臣", want: "Minister of National Defense"},
		{name: "near miss: a post that names its state keeps it", ja: "マリア・ロペス・エスパーニャ王国首相(H.E. Ms. Maria Lopez, Prime Minister of the Kingdom of Spain)と会談した。",
			term: "エスパーニャ王国首相", want: "Prime Minister of the Kingdom of Spain", not: "Prime Minister"},
		{name: "a country's post after the person's name", ja: "マリア・ロペス・エスパーニャ王国外務大臣(H.E. Ms. Maria Lopez, Minister of Foreign Affairs of the Kingdom of Spain)と会談した。",
			term: "エスパーニャ王国外務大臣", want: "Minister of Foreign Affairs of the Kingdom of Spain"},
		{name: "a post whose of-phrase opens with the", ja: "マリア・ロペス・エスパーニャ王国首相(H.E. Ms. Maria Lopez, Prime Minister of the Kingdom of Spain)と会談した。",
			term: "エスパーニャ王国首相", want: "Prime Minister of the Kingdom of Spain"},
		{name: "a one-word post before of the", ja: "マリア・ロペス・エスパーニャ王国大臣(H.E. Ms. Maria Lopez, Minister of the Kingdom of Spain)と会談した。",
			term: "エスパーニャ王国大臣", want: "Minister of the Kingdom of Spain"},
		{name: "the surname the English name holds left out", ja: "ジョン・スミス通商代表(Mr. John Smith, Trade Representative)が来日した。",
			term: "通商代表", want: "Trade Representative"},
		{name: "a name with a Latin initial", ja: "ドナルド・J・トランプ米国大統領(Mr. Donald J. Trump, President of the United States)と会談した。",
			term: "米国大統領", want: "President of the United States"},
		{name: "a suffix noun glossed with the noun before it", ja: "アンナ・ベルク・エストニア共和国首相(H.E. Ms. Anna Berg, Head of Government of the Estonian Republic)と会談した。",
			term: "エストニア共和国首相", want: "Head of Government of the Estonian Republic"},
		{name: "near miss: the word a suffix noun makes is not glossed in the English", ja: "アンナ・ベルク・エストニア共和国首相(H.E. Ms. Anna Berg, Head of Government of Estonia)と会談した。",
			term: "エストニア共和国首相"},
		{name: "a post that names its state, without the state on both sides", ja: "アンナ・ベルク・エストニア共和国首相(H.E. Ms. Anna Berg, Prime Minister of the Republic of Estonia)と会談した。",
			term: "首相", want: "Prime Minister"},
		{name: "near miss: the English post names no state", ja: "アンナ・ベルク・エストニア共和国首相(H.E. Ms. Anna Berg, Prime Minister)と会談した。",
			term: "首相"},
		{name: "near miss: no post after a comma", ja: "ジョン・スミス通商代表(Mr. John Smith)が来日した。",
			term: "通商代表"},
		{name: "near miss: no word of the post glossed in the English", ja: "ジョン・スミス通商代表(Mr. John Smith, Chief Negotiator)が来日した。",
			term: "通商代表"},
		{name: "near miss: a particle before the post", ja: "ジョン・スミスの通商代表(Mr. John Smith, Trade Representative)が来日した。",
			term: "通商代表"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Run([]Doc{{Name: "a.txt", Text: tc.ja}}, nil, nil, Options{EDICT: dict})
			if err != nil {
				t.Fatal(err)
			}
			checkEvidencePairs(t, res, EvPostParen, tc.term, tc.want, tc.not, "the parenthetical")
		})
	}
}

// checkEvidencePairs checks, in res, the English paired with term by evidence of type
// typ: want among them ("" for none) and not absent, and no such pair at auto on that
// evidence alone (by, what the evidence rests on, says so in the error).
func checkEvidencePairs(t *testing.T, res *Result, typ, term, want, not, by string) {
	t.Helper()
	var got []string
	for _, p := range res.Pairs {
		if !hasType(p.Evidence, typ) {
			continue
		}
		if p.Status == Auto && !translated(p.Evidence) {
			t.Errorf("%s = %s is auto on %s alone, want review", p.JA, p.EN, by)
		}
		if p.JA == term {
			got = append(got, p.EN)
		}
	}
	if want == "" && len(got) > 0 || want != "" && !slices.Contains(got, want) {
		t.Errorf("%s paired by %s with %q, want %q", term, by, got, want)
	}
	if not != "" && slices.Contains(got, not) {
		t.Errorf("%s paired by %s with %q, want no %q", term, by, got, not)
	}
}
