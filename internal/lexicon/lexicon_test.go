package lexicon

import (
	"os"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/japanese"
)

func TestSameWord(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"deterrent", "deterrence", true},
		{"industry", "industrial", true},
		{"integrated", "integration", true},
		{"countr", "count", false},
		{"flexible", "flexibility", true},
		{"strategic", "strategy", true},
		{"defence", "defense", true},
		{"allies", "ally", true},
		{"forces", "force", true},
		{"national", "nation", true},
		{"nuclear", "nation", false},
		{"security", "secretary", false},
		{"war", "warfare", false},
		{"deter", "determine", false},
		{"pacifism", "pacific", false}, // a doctrine is not its adjective's root
		{"isolationism", "isolationism", true},
		{"china’s", "china", true}, // a possessive, with either apostrophe, is its noun
		{"china's", "china", true},
		{"china’s", "chinese", false},
		{"mutually", "mutual", true}, // an adverb stems as its adjective does
		{"closely", "close", true},
		{"additionally", "additional", true},
		{"mutually", "mutiny", false},
	}
	for _, tc := range tests {
		if got := SameWord(Norm(tc.a), Norm(tc.b)); got != tc.want {
			t.Errorf("SameWord(%q→%q, %q→%q) = %v, want %v", tc.a, Norm(tc.a), tc.b, Norm(tc.b), got, tc.want)
		}
	}
}

func TestContentWords(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Republic of Korea", "republ korea ^rk ^rok"},
		{"(United States of) America", "america unit stat ^us"}, // the country, as official English writes it
		{"Japan-America-Australia", "japanamericaaustralia japan america unit stat ^us australia ^jaa"},
		{"america", "america"},
		{"on the sea", "sea maritim marin"}, // the relational adjective of the noun
		{"navy", "navy naval"},
		{"U.S. force posture", "us forc postur"},
		{"Japan and the United States", "japan unit stat ^us ^jus ^jatus ^tus"}, // the name inside: U.S.
		{"Secretary of State of the United States", "secretar stat unit stat ^ss ^us ^ssus ^sosotus"},
	}
	for _, tc := range tests {
		if got := strings.Join(ContentWords(DropParens(tc.in)), " "); got != tc.want {
			t.Errorf("ContentWords(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestParseGlosses(t *testing.T) {
	got := parseGlosses(" [よくし] /(n,vs) check/checkmate/stave off/deterrent (e.g. nuclear)/deterrence/(P)/EntL1/")
	want := "check|checkmate|stave off|deterrent|deterrence"
	if strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// leading words in parentheses are optional words, not a tag: both readings
	got = parseGlosses(" [べいこく] /(n) (United States of) America/USA/(P)/")
	if want := "America|United States of America|USA"; strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestLoadEDICT(t *testing.T) {
	src := "　？？？ /EDICT header/\n抑止 [よくし] /(n,vs) check/deterrence/(P)/\n拡大;擴大 [かくだい] /(n,vs) expansion/(P)/\n関係ない [かんけいない] /(exp) unrelated/\n"
	data, err := japanese.EUCJP.NewEncoder().String(src)
	if err != nil {
		t.Fatal(err)
	}
	lx := New()
	n, err := lx.LoadEDICT(strings.NewReader(data), map[string]bool{"抑止": true, "擴大": true})
	if err != nil || n != 3 {
		t.Fatalf("LoadEDICT: %d, %v", n, err)
	}
	if e := lx.Lookup("抑止"); len(e) != 2 || e[1].Gloss != "deterrence" {
		t.Errorf("抑止: %+v", e)
	}
	if lx.Has("関係ない") {
		t.Error("unwanted headword loaded")
	}
}

func TestInstalledEDICT(t *testing.T) {
	f, err := os.Open("/usr/share/edict/edict")
	if err != nil {
		if os.Getenv("GLOSS_REQUIRE_INTEROP") != "" {
			t.Fatal("EDICT is not installed (apt-get install edict); GLOSS_REQUIRE_INTEROP is set")
		}
		t.Skip("edict is not installed")
	}
	defer f.Close()
	lx := New()
	if _, err := lx.LoadEDICT(f, map[string]bool{"抑止": true, "朝鮮半島": true}); err != nil {
		t.Fatal(err)
	}
	if !lx.Has("朝鮮半島") {
		t.Error("朝鮮半島 not found in the installed EDICT")
	}
}

// TestDesignations: a designation of letters and digits (COVID-19, F-35, 2+2) is one word,
// marked as an acronym when written in capitals; a range of numbers, a number with an
// ending and a hyphenated phrase are not designations.
func TestDesignations(t *testing.T) {
	for _, tc := range []struct {
		in    string
		words []string
		raw   []string // of Split
	}{
		{"COVID-19 is a threat", []string{"covid-19", "is", "a", "threat"}, []string{"^covid-19", "threat"}},
		{"the F-35 and SM-3 Block IIA", []string{"the", "f-35", "and", "sm-3", "block", "iia"}, []string{"^f-35", "^sm-3", "block", "^iia"}},
		{"the 2+2 meeting", []string{"the", "2+2", "meeting"}, []string{"^2+2", "meeting"}},
		{"G7 and 5G", []string{"g7", "and", "5g"}, []string{"^g7", "^5g"}},
		{"COVID-19-related measures", []string{"covid-19", "related", "measures"}, []string{"^covid-19", "related", "measures"}},
		{"in 2022-2023", []string{"in", "2022", "2023"}, []string{"2022", "2023"}},
		{"the 1990s and the 21st century", []string{"the", "1990s", "and", "the", "21st", "century"}, []string{"1990s", "21st", "century"}},
		{"burden-sharing", []string{"burden", "sharing"}, []string{"burden", "sharing"}},
		{"covid-19", []string{"covid-19"}, []string{"covid-19"}}, // not in capitals: a word, not matched as an acronym
	} {
		if got := Words(tc.in); !slices.Equal(got, tc.words) {
			t.Errorf("Words(%q) = %q, want %q", tc.in, got, tc.words)
		}
		if _, raw := Split(tc.in); !slices.Equal(raw, tc.raw) {
			t.Errorf("Split(%q) raw = %q, want %q", tc.in, raw, tc.raw)
		}
	}
}
