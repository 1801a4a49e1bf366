package textnorm

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestShadow(t *testing.T) {
	tests := []struct {
		name, in, text string
		find           string // a substring of text
		orig           string // the original span it must map to
	}{
		{name: "full-width acronym", in: "米国のＮＤＳ２０２６は", text: "米国のnds2026は", find: "nds", orig: "ＮＤＳ"},
		{name: "half-width katakana composes", in: "ｺﾞｰﾙﾃﾞﾝﾄﾞｰﾑ構想", text: "ゴールデンドーム構想", find: "ドーム", orig: "ﾄﾞｰﾑ"},
		{name: "case", in: "The National Defense Strategy", text: "the national defense strategy", find: "defense", orig: "Defense"},
		{name: "spaces collapse", in: "  extended \n\t deterrence ", text: "extended deterrence", find: "extended deterrence", orig: "extended \n\t deterrence"},
		{name: "dash fold", in: "burden‐sharing", text: "burden-sharing", find: "-", orig: "‐"},
		{name: "middle dot", in: "インド･太平洋", text: "インド・太平洋", find: "・", orig: "･"},
		{name: "full-width parens and space", in: "（ＮＤＳ）　抑止", text: "(nds) 抑止", find: ") 抑", orig: "）　抑"},
		{name: "expansion", in: "㍻の抑止", text: "平成の抑止", find: "成", orig: "㍻"},
	}
	reused := NewShadow("a text longer than any of the cases, to be overwritten: ＮＡＴＯ、拡大抑止")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reused.Reset(tt.in)
			for _, sh := range []*Shadow{NewShadow(tt.in), reused} {
				checkShadow(t, sh, tt.in, tt.text, tt.find, tt.orig)
			}
		})
	}
}

func checkShadow(t *testing.T, sh *Shadow, in, text, find, orig string) {
	t.Helper()
	if sh.Text != text {
		t.Fatalf("Text = %q, want %q", sh.Text, text)
	}
	i := strings.Index(sh.Text, find)
	s, e := sh.Span(i, i+len(find))
	if got := in[s:e]; got != orig {
		t.Errorf("Span(%q) = %q, want %q", find, got, orig)
	}
}

// TestShadowEveryRune checks the fast paths against Key for every rune of the Basic
// Multilingual Plane, alone and beside runes that combine with it or start a new segment.
func TestShadowEveryRune(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		for _, before := range []string{"", "か", "e"} {
			for _, after := range []string{"", "a", "あ", "\u0301", "\u3099", "ﾞ", "Ａ"} {
				s := before + string(r) + after
				if got, want := NewShadow(s).Text, Key(s); got != want {
					t.Fatalf("NewShadow(%+q).Text = %+q, Key = %+q", s, got, want)
				}
			}
		}
	}
}

func TestKeyCase(t *testing.T) {
	for in, want := range map[string]string{
		"ＮＡＴＯ":                "NATO",
		"Burden‐Sharing":      "Burden-Sharing",
		" National  Defense ": "National Defense",
	} {
		if got := KeyCase(in); got != want {
			t.Errorf("KeyCase(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzShadow(f *testing.F) {
	for _, s := range []string{"", "ＮＡＴＯ", "A\x1cB\x85 c", "Model  Allies\t", "ｶﾞｶﾞ", "a\u0301", "㍻ ㈱", "\xff\xfe", "  x  ", "e\u0301\u0302", "Ａ－Ｂ～Ｃ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if QuickKey(s) != Key(s) {
			t.Fatalf("QuickKey(%q) = %q, Key = %q", s, QuickKey(s), Key(s))
		}
		sh := NewShadow(s)
		if utf8.ValidString(s) && sh.Text != Key(s) {
			t.Fatalf("NewShadow(%q).Text = %q, Key = %q", s, sh.Text, Key(s))
		}
		for i := 0; i < len(sh.Text); {
			_, w := utf8.DecodeRuneInString(sh.Text[i:])
			a, b := sh.Span(i, i+w)
			if a < 0 || b > len(s) || a > b {
				t.Fatalf("Span(%d,%d) = %d,%d out of %d", i, i+w, a, b, len(s))
			}
			// The original span normalizes to text that holds the shadow's rune.
			if x := sh.Text[i : i+w]; x != " " && utf8.ValidString(s) && !strings.Contains(Key(s[a:b]), x) {
				t.Fatalf("NewShadow(%q): %q at %d maps to %q, whose key is %q", s, x, i, s[a:b], Key(s[a:b]))
			}
			i += w
		}
	})
}
