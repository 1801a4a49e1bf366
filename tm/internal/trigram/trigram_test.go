package trigram

import (
	"slices"
	"testing"
)

func TestOf(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"抑止", nil},
		{"拡大抑止", []string{"拡大抑", "大抑止"}},
		{"aaaa", []string{"aaa"}},
	} {
		if got := Of(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("%q: %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestProbes(t *testing.T) {
	grams := []string{"a", "b", "c", "d", "e", "f", "g"}
	for _, tc := range []struct {
		name  string
		df    map[string]int
		total int
		want  []string
	}{
		{name: "rarest first, absent left out", total: 100,
			df:   map[string]int{"a": 5, "b": 1, "c": 0, "d": 3},
			want: []string{"b", "d", "a"}},
		{name: "common trigrams kept while there are fewer than minProbes", total: 10,
			df:   map[string]int{"a": 9, "b": 8, "c": 1, "d": 7, "e": 9},
			want: []string{"c", "d", "b", "a"}},
		{name: "past minProbes a common trigram ends the list", total: 100,
			df:   map[string]int{"a": 1, "b": 2, "c": 3, "d": 4, "e": 50, "f": 5},
			want: []string{"a", "b", "c", "d", "f"}},
		{name: "ties keep the key's order", total: 100,
			df:   map[string]int{"g": 2, "a": 2, "b": 1},
			want: []string{"b", "a", "g"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Probes(grams, tc.df, tc.total); !slices.Equal(got, tc.want) {
				t.Errorf("Probes = %q, want %q", got, tc.want)
			}
		})
	}
	many := make([]string, 40)
	df := map[string]int{}
	for i := range many {
		many[i] = string(rune('A' + i))
		df[many[i]] = 1
	}
	if got := Probes(many, df, 1000); len(got) != maxProbes {
		t.Errorf("%d probes of 40 rare trigrams, want at most %d", len(got), maxProbes)
	}
}

// TestFreq checks the packed trigram counts against Of, and Sub and Merge against Add.
func TestFreq(t *testing.T) {
	f := NewFreq()
	f.Add("拡大抑止と拡大抑止", "aa")
	want := map[string]int{}
	for _, g := range Of(Pad("拡大抑止と拡大抑止")) {
		want[g]++
	}
	if len(f.N[0]) != len(want) {
		t.Fatalf("%d trigrams, want %d", len(f.N[0]), len(want))
	}
	for g, n := range f.N[0] {
		if want[Unpack(g)] != n {
			t.Errorf("%q: %d, want %d", Unpack(g), n, want[Unpack(g)])
		}
	}
	if len(f.N[1]) != 2 { // "aa\x01", "a\x01\x01"
		t.Errorf("english trigrams %v", f.N[1])
	}
	g := NewFreq()
	g.Add("拡大抑止", "aa")
	g.Add("拡大抑止", "aa")
	g.Sub("拡大抑止", "aa")
	f.Merge(g)
	if f.N[0][pack("拡大抑")] != 2 {
		t.Errorf("拡大抑 counted %d after merging two units added and one taken back, want 2", f.N[0][pack("拡大抑")])
	}
}

func pack(g string) uint64 {
	r := []rune(g)
	return uint64(r[0])<<42 | uint64(r[1])<<21 | uint64(r[2])
}

// TestGramsPad checks that Grams gives the trigrams of Pad(key), which it works out
// without copying the key.
func TestGramsPad(t *testing.T) {
	for _, key := range []string{"", "核", "抑止", "拡大抑止の信頼性", "ab", "extended deterrence", "a\x01b"} {
		var want []uint64
		var a, b uint64
		for i, r := range []rune(Pad(key)) {
			g := a<<42 | b<<21 | uint64(r)
			a, b = b, uint64(r)
			if i >= 2 {
				want = append(want, g)
			}
		}
		if got := Grams([]uint64{42}, key); !slices.Equal(got[1:], want) || got[0] != 42 {
			t.Errorf("Grams(%q) = %v, want 42 then %v", key, got, want)
		}
	}
}
