package textnorm

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFoldSpelling(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// -ce/-se, a table
		{"the minister of defence", "the minister of defense"},
		{"Defences and offences", "Defenses and offenses"},
		{"a licence", "a license"},
		{"the fence and the presence", "the fence and the presence"},
		// -ise/-ize, -isation/-ization
		{"recognised", "recognized"},
		{"the organisation", "the organization"},
		{"prioritising modernisation", "prioritizing modernization"},
		{"Realise", "Realize"},
		{"CHARACTERISED", "CHARACTERIZED"},
		{"analysed", "analyzed"},
		{"the analyses", "the analyses"},
		{"rise wise exercise advise surprise compromise enterprise premise franchise expertise", "rise wise exercise advise surprise compromise enterprise premise franchise expertise"},
		{"precise promise valise anise arise raise praise noise treatise advertise", "precise promise valise anise arise raise praise noise treatise advertise"},
		// -our/-or
		{"labour behaviour neighbours endeavoured", "labor behavior neighbors endeavored"},
		{"favourite honourable colourful neighbourhood", "favorite honorable colorful neighborhood"},
		{"four hour our your tour pour flour sour scoured", "four hour our your tour pour flour sour scoured"},
		// -re/-er
		{"centre theatres metre calibre fibres", "center theaters meter caliber fibers"},
		{"genre acre ogre timbre massacre", "genre acre ogre timbre massacre"},
		// -mme
		{"the programme, programmes", "the program, programs"},
		// -lled, -lling, -ller
		{"travelled modelling labelled travellers", "traveled modeling labeled travelers"},
		{"called smaller filled spelled", "called smaller filled spelled"},
		// country counters
		{"三か国の協力", "3か国の協力"},
		{"三カ国協力", "3か国協力"},
		{"3ヶ国 3ヵ国 3箇国 3ケ国", "3か国 3か国 3か国 3か国"},
		{"十三カ国", "十三か国"},
		{"数カ国", "数か国"},
		{"各国 外国 三国", "各国 外国 三国"},
	} {
		if got := Fold(Key(c.in)); got != Fold(Key(c.want)) || got != Key(c.want) && !strings.ContainsAny(c.in, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			t.Errorf("Fold(Key(%q)) = %q, want %q", c.in, got, Key(c.want))
		}
		if got := Fold(KeyCase(c.in)); got != KeyCase(c.want) {
			t.Errorf("Fold(KeyCase(%q)) = %q, want %q", c.in, got, KeyCase(c.want))
		}
	}
}

// The shadow's fold equals Fold of its text, and maps every folded word back to the whole
// word as written.
func TestShadowFold(t *testing.T) {
	for _, s := range []string{
		"The Minister of Defence visited the Centre.",
		"Ｌａｂｏｕｒ   and the programme travelled   far",
		"日本、米国及び豪州の三カ国防衛相会談と３か国協力",
		"neighbours' behaviour; a colourful programme",
		"no fold here at all",
		"a programme",
		"the programme. A programme, not programmes",
		"",
	} {
		sh := NewShadow(s)
		sh.Fold()
		if want := Fold(Key(s)); sh.Text != want {
			t.Fatalf("shadow of %q folds to %q, want %q", s, sh.Text, want)
		}
		for _, w := range []string{"defense", "center", "labor", "program", "traveled", "neighbors", "behavior", "colorful", "3か国"} {
			i := strings.Index(sh.Text, w)
			if i < 0 {
				continue
			}
			os, oe := sh.Span(i, i+len(w))
			orig := s[os:oe]
			if Fold(Key(orig)) != w || oe < len(s) && letterOf[s[oe]] != 0 {
				t.Errorf("%q in the shadow of %q maps to %q", w, s, orig)
			}
		}
	}
}

func FuzzShadowFold(f *testing.F) {
	f.Add("the labour programme travelled to the centre")
	f.Add("三カ国の安全保障協力")
	f.Add("a programme")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		sh := NewShadow(s)
		sh.Fold()
		if want := Fold(Key(s)); sh.Text != want {
			t.Fatalf("shadow of %q folds to %q, want %q", s, sh.Text, want)
		}
		for i := 0; i < len(sh.Text); i++ {
			if os, oe := sh.Span(i, i+1); oe > len(s) || os > oe {
				t.Fatalf("byte %d of %q maps to [%d,%d)", i, sh.Text, os, oe)
			}
		}
		// A rune of the fold maps to whole runes (3 of 3か国 to 三 of 三カ国).
		for i := 0; i < len(sh.Text); {
			_, w := utf8.DecodeRuneInString(sh.Text[i:])
			if os, oe := sh.Span(i, i+w); !utf8.ValidString(s[os:oe]) {
				t.Fatalf("%q of the shadow of %q maps to %q", sh.Text[i:i+w], s, s[os:oe])
			}
			i += w
		}
		// A folded word maps back to the whole word as written, which folds to it: a
		// match of the word covers the letters the fold deleted, at its end too.
		for i := 0; i < len(sh.Text); {
			j := i
			for j < len(sh.Text) && letterOf[sh.Text[j]] != 0 {
				j++
			}
			if j == i {
				i++
				continue
			}
			w := sh.Text[i:j]
			if (i == 0 || sh.Text[i-1] < utf8.RuneSelf) && (j == len(sh.Text) || sh.Text[j] < utf8.RuneSelf) {
				os, oe := sh.Span(i, j)
				orig := s[os:oe]
				if k := Key(orig); strings.Trim(k, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" {
					if Fold(k) != w || os > 0 && letterOf[s[os-1]] != 0 || oe < len(s) && letterOf[s[oe]] != 0 {
						t.Fatalf("%q in the shadow of %q maps to %q", w, s, orig)
					}
				}
			}
			i = j
		}
	})
}
