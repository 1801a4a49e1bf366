package align

import (
	"testing"

	"github.com/glossterm/gloss/glossary"
)

func TestAttest(t *testing.T) {
	g, err := glossary.Parse([]byte(`gloss: 1
languages: [ja, en]
concepts:
  - id: model-allies
    status: approved
    terms:
      ja: [模範的な同盟国]
      en: [model allies]
  - id: invented
    status: approved
    terms:
      ja: [架空抑止]
      en: [imaginary deterrence]
  - id: draft
    status: proposed
    terms:
      en: [not checked]
`), "g.yaml")
	if err != nil {
		t.Fatal(err)
	}
	as, err := Attest(g, corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, a := range as {
		got[a.Concept+"/"+a.Lang] = len(a.Where)
	}
	want := map[string]int{"model-allies/ja": MaxWhere, "model-allies/en": MaxWhere, "invented/ja": 0, "invented/en": 0}
	if len(got) != len(want) {
		t.Errorf("got %v, want %v", got, want)
	}
	for k, n := range want {
		if got[k] != n {
			t.Errorf("%s: %d places, want %d", k, got[k], n)
		}
	}
}
