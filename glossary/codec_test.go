package glossary

import (
	"reflect"
	"testing"
)

func TestConceptRecordRoundTrip(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	big, err := Parse([]byte(fullExample), "x.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range append(append([]*Concept{}, g.Concepts...), big.Concepts...) {
		got, err := decodeConcept(appendConcept(nil, c), symbols{})
		if err != nil {
			t.Fatalf("%s: %v", c.ID, err)
		}
		if !reflect.DeepEqual(got, c) {
			t.Errorf("%s: record round trip\n got %+v\nwant %+v", c.ID, got, c)
		}
		// the lean decoding is the same concept without the positions of fields
		lean, err := decodeLean(appendConcept(nil, c), symbols{})
		if err != nil {
			t.Fatalf("%s, lean: %v", c.ID, err)
		}
		want := *c
		want.FieldPos = nil
		want.Terms = map[string][]*Term{}
		for l, ts := range c.Terms {
			for _, t := range ts {
				t2 := *t
				t2.FieldPos = nil
				want.Terms[l] = append(want.Terms[l], &t2)
			}
		}
		if !reflect.DeepEqual(lean, &want) {
			t.Errorf("%s: lean record round trip\n got %+v\nwant %+v", c.ID, lean, &want)
		}
	}
	// a record cut short in a field's name is an error, lean or not
	rec := appendConcept(nil, big.Concepts[0])
	for _, cut := range []int{len(rec) - 1, len(rec) - 3, len(rec) / 2} {
		if _, err := decodeLean(rec[:cut], symbols{}); err == nil {
			t.Errorf("lean decoding of the record cut at %d of %d: no error", cut, len(rec))
		}
	}
}

// fullExample uses every field of the format.
const fullExample = `# top comment
gloss: 1
languages: [ja, en]
concepts:
  # a comment on the entry
  - id: extended-deterrence
    subject: deterrence
    status: approved
    definition:
      en: The U.S. commitment to deter attacks on allies.
      ja: 同盟国への攻撃を抑止する米国の関与。
    note: "Say: \"extended\"."
    translate: true
    homonyms: [other]
    related: [other]
    terms:
      ja:
        - 拡大抑止
        - {term: 核の拡大抑止, status: admitted, pos: noun, note: narrower, case: sensitive, boundary: script, except: [核の拡大抑止力], forms: [拡大抑止力]}
      en:
        - extended deterrence # line comment
        - {term: expanded deterrence, status: forbidden, note: not used in official texts}
        - {term: U.S. extended deterrence, status: admitted, short: [the commitment, "the U.S. deterrent"], verb: deter, adjective: deterrent}
    sources:
      - lang: en
        doc: U.S.-Japan Extended Deterrence Dialogue (June 2024)
        quote: reaffirmed the U.S. commitment to extended deterrence
        loc: bitext ed-03
        url: https://example.org/ed
  - id: other
    status: proposed
    translate: false
    homonyms: [extended-deterrence]
    terms:
      en: [extended deterrence]
`
