package wordnet

import (
	"os"
	"slices"
	"strings"
	"testing"
)

func open(t *testing.T) *WordNet {
	t.Helper()
	dir := Installed()
	if dir == "" {
		if os.Getenv("GLOSS_REQUIRE_INTEROP") != "" {
			t.Fatal("WordNet is not installed (apt-get install wordnet-base); GLOSS_REQUIRE_INTEROP is set")
		}
		t.Skip("WordNet is not installed (Debian package wordnet-base)")
	}
	wn, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	return wn
}

// TestRelated: the relations the aligner relies on — a synonym, a hypernym's words and a
// hyponym's words — and none of the word's own compounds.
func TestRelated(t *testing.T) {
	wn := open(t)
	for _, tc := range []struct{ word, want, why string }{
		{"cost", "spending", "hypernym: a cost is an amount spent"},
		{"expense", "disbursement", "synonym"},
		{"transport", "delivery", "hyponym: a delivery is a transport of goods"},
		{"country", "homeland", "hyponym: the country where one was born"},
		{"means", "way", "synonym"},
	} {
		got := wn.Related(tc.word)
		if !slices.Contains(got, tc.want) {
			t.Errorf("Related(%q) = %v, want %q among them (%s)", tc.word, got, tc.want, tc.why)
		}
		if slices.Contains(got, tc.word) {
			t.Errorf("Related(%q) holds the word itself", tc.word)
		}
		for _, w := range got {
			if w == "" {
				t.Errorf("Related(%q) holds an empty word", tc.word)
			}
		}
		if len(got) > MaxRelated {
			t.Errorf("Related(%q): %d words, want at most %d", tc.word, len(got), MaxRelated)
		}
	}
	if got := wn.Related("mother_country"); len(got) == 0 {
		t.Errorf("Related(mother_country) is empty: the index search misses compounds")
	}
	if got := wn.Related("zzzzqx"); got != nil {
		t.Errorf("Related of an unknown word = %v, want nil", got)
	}
	if got := wn.Related("aardvark"); len(got) == 0 {
		t.Errorf("Related(aardvark) is empty: the index search misses the first lemma")
	}
}

func TestOpenRefusesOtherFiles(t *testing.T) {
	if _, err := Open(t.TempDir()); err == nil {
		t.Error("Open of an empty directory: no error")
	}
}

// TestDefined: a phrase all of whose words stand in the definition of a narrower word of
// one of them is that word; a phrase the definitions do not hold names nothing.
func TestDefined(t *testing.T) {
	wn := open(t)
	stop := func(w string) bool { return w == "where" || w == "one" || w == "was" || w == "the" }
	same := func(w string) string { return w }
	if got := wn.Defined([]string{"country", "where", "one", "was", "born"}, stop, same); !slices.Contains(got, "homeland") {
		t.Errorf("Defined(country where one was born) = %v, want homeland among them", got)
	}
	if got := wn.Defined([]string{"defense", "costs"}, stop, same); len(got) != 0 {
		t.Errorf("Defined(defense costs) = %v, want nothing", got)
	}
}

// TestClose: neighbours in the first sense of either word, and not through a rarer sense.
func TestClose(t *testing.T) {
	wn := open(t)
	for _, tc := range []struct {
		a, b string
		want bool
		why  string
	}{
		{"expenditure", "spending", true, "synonyms in expenditure's first sense"},
		{"spending", "expenditure", true, "symmetric"},
		{"ability", "capability", true, "capability's first sense is a kind of ability's first sense"},
		{"ally", "state", false, "no first sense holds the other"},
		{"meaning", "burden", false, "burden is a narrower word of a sense of meaning, not of the first"},
		{"nowordhere", "spending", false, "not in WordNet"},
	} {
		if got := wn.Close(tc.a, tc.b); got != tc.want {
			t.Errorf("Close(%q, %q) = %v, want %v (%s)", tc.a, tc.b, got, tc.want, tc.why)
		}
	}
}

// TestCloseTo: the words Close to a word, found without reading every sense's neighbours.
func TestCloseTo(t *testing.T) {
	wn := open(t)
	for _, tc := range []struct{ word, want string }{
		{"expenditure", "spending"},
		{"ability", "capability"},
	} {
		got := wn.CloseTo(tc.word, nil)
		if !slices.Contains(got, tc.want) {
			t.Errorf("CloseTo(%q) = %v, want %q among them", tc.word, got, tc.want)
		}
		for _, w := range got {
			if !wn.Close(tc.word, w) {
				t.Errorf("CloseTo(%q) holds %q, which is not Close", tc.word, w)
			}
		}
	}
	if got := wn.CloseTo("ally", nil); slices.Contains(got, "state") {
		t.Errorf("CloseTo(ally) = %v holds state", got)
	}
}

// TestLemma: WordNet's morphology for nouns — the word itself, an irregular plural from
// noun.exc, a detachment rule, the last word of a compound — and "" for what is no noun.
func TestLemma(t *testing.T) {
	wn := open(t)
	for _, tc := range []struct{ word, want string }{
		{"atrocity", "atrocity"},
		{"Atrocities", "atrocity"},
		{"exercises", "exercise"},
		{"boxes", "box"},
		{"women", "woman"},
		{"crises", "crisis"},  // noun.exc
		{"children", "child"}, // noun.exc
		{"nuclear weapons", "nuclear_weapon"},
		{"quickly", ""},
		{"zzzzqx", ""},
	} {
		if got := wn.Lemma(tc.word); got != tc.want {
			t.Errorf("Lemma(%q) = %q, want %q", tc.word, got, tc.want)
		}
	}
}

// TestDefinitions: every sense's definition, without its examples, most frequent first.
func TestDefinitions(t *testing.T) {
	wn := open(t)
	got := wn.Definitions("atrocity")
	if !slices.Contains(got, "an act of atrocious cruelty") || !slices.Contains(got, "the quality of being shockingly cruel and inhumane") {
		t.Errorf("Definitions(atrocity) = %q, want both senses", got)
	}
	for _, d := range wn.Definitions("exercise") {
		if strings.ContainsAny(d, ";\"") {
			t.Errorf("definition %q keeps its examples", d)
		}
	}
	if got := wn.Definitions("zzzzqx"); got != nil {
		t.Errorf("Definitions of an unknown word = %q, want nil", got)
	}
}

// TestForms: the irregular forms of a verb, from verb.exc; a regular verb has none.
func TestForms(t *testing.T) {
	wn := open(t)
	if !slices.Contains(wn.Forms("build"), "built") || !slices.Contains(wn.Forms("hold"), "held") {
		t.Errorf("build: %q, hold: %q; want built, held", wn.Forms("build"), wn.Forms("hold"))
	}
	if f := wn.Forms("share"); len(f) > 0 {
		t.Errorf("share: %q, want no irregular form", f)
	}
}

// TestPhraseSynonyms: a phrase of several words with one noun sense names one thing, and
// its synset's other lemmas are names of it; a single word, or a phrase with two senses
// (the White House: a building and an administration), gives none.
func TestPhraseSynonyms(t *testing.T) {
	wn := open(t)
	if got := wn.PhraseSynonyms("North Korea"); !slices.Contains(got, "democratic people's republic of korea") || slices.Contains(got, "north korea") {
		t.Errorf("PhraseSynonyms(North Korea) = %q, want the official name and not the phrase itself", got)
	}
	for _, p := range []string{"korea", "White House"} {
		if got := wn.PhraseSynonyms(p); got != nil {
			t.Errorf("PhraseSynonyms(%q) = %q, want none", p, got)
		}
	}
}

func TestLexFile(t *testing.T) {
	wn := open(t)
	tests := []struct {
		name, lemma string
		want        int
	}{
		{name: "a person", lemma: "director", want: LexPerson},
		{name: "an organization", lemma: "department", want: LexGroup},
		{name: "a plan is no being of its own", lemma: "plan", want: 9},
		{name: "no such noun", lemma: "xqzv", want: -1},
	}
	for _, tt := range tests {
		if got := wn.LexFile(tt.lemma); got != tt.want {
			t.Errorf("%s: LexFile(%q) = %d, want %d", tt.name, tt.lemma, got, tt.want)
		}
	}
}
