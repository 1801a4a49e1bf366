package textnorm

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

func TestSingular(t *testing.T) {
	tests := []struct {
		name, word, want string
	}{
		{name: "-ies", word: "allies", want: "ally"},
		{name: "-sses", word: "classes", want: "class"},
		{name: "-shes", word: "clashes", want: "clash"},
		{name: "-ches", word: "approaches", want: "approach"},
		{name: "-xes", word: "taxes", want: "tax"},
		{name: "-zes", word: "blitzes", want: "blitz"},
		{name: "regular -s", word: "forces", want: "force"},
		{name: "-us is not a plural", word: "status", want: "status"},
		{name: "-is is not a plural", word: "analysis", want: "analysis"},
		{name: "-ss is not a plural", word: "class", want: "class"},
		{name: "short words stay", word: "bus", want: "bus"},
		{name: "four letters fold", word: "arms", want: "arm"},
		{name: "case is kept", word: "Allies", want: "Ally"},
		{name: "capital suffix", word: "FORCES", want: "FORCE"},
		{name: "not letters", word: "f-35s", want: "f-35s"},
		{name: "not ASCII", word: "défenses", want: "défenses"},
		{name: "no s", word: "deterrence", want: "deterrence"},
	}
	for _, tc := range tests {
		if got := Singular(tc.word); got != tc.want {
			t.Errorf("%s: Singular(%q) = %q, want %q", tc.name, tc.word, got, tc.want)
		}
	}
}

func TestPlural(t *testing.T) {
	tests := []struct{ key, want string }{
		{key: "model allies", want: "model ally"},
		{key: "us", want: "us"},
		{key: "status", want: "status"},
		{key: "armed forces", want: "armed force"},
		{key: "拡大抑止", want: "拡大抑止"},
	}
	for _, tc := range tests {
		if got := Plural(tc.key); got != tc.want {
			t.Errorf("Plural(%q) = %q, want %q", tc.key, got, tc.want)
		}
	}
}

// TestCJKKept checks Key's fast path: every rune it passes over FoldRune and the space
// test is one that they keep as it is.
func TestCJKKept(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if cjkKept(r) && (FoldRune(r) != r || unicode.IsSpace(r)) {
			t.Errorf("U+%04X: kept by the fast path, folded to U+%04X by FoldRune", r, FoldRune(r))
		}
	}
	if got := Key("Ｕ．Ｓ．と　拡大抑止・核"); got != "u.s.と 拡大抑止・核" {
		t.Errorf("Key = %q", got)
	}
}

// TestKeyCJKRun: a key of kana and kanji alone is the text itself, the same as the rune by
// rune fold gives; anything else in it (a compatibility character, a space, a rune just
// outside the range, a letter) goes through the fold.
func TestKeyCJKRun(t *testing.T) {
	slow := func(s string) string { // Key's fold, rune by rune
		var b strings.Builder
		space := false
		for _, r := range norm.NFKC.String(s) {
			if r = FoldRune(r); unicode.IsSpace(r) {
				space = b.Len() > 0
				continue
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
		return b.String()
	}
	tests := []struct {
		name, s string
		same    bool // Key returns s
	}{
		{name: "kanji", s: "拡大抑止", same: true},
		{name: "kana and kanji", s: "ぁ統合抑止ゔヺー", same: true},
		{name: "first and last of the range", s: "\u3040\u9fff", same: true},
		{name: "just below the range (the fold keeps it too)", s: "抑止\u303f", same: true},
		{name: "just above the range (the fold keeps it too)", s: "抑止\ua000", same: true},
		{name: "half-width katakana", s: "ﾐｻｲﾙ防衛", same: false},
		{name: "enclosed ideograph", s: "㈱防衛", same: false},
		{name: "ideographic space", s: "拡大\u3000抑止", same: false},
		{name: "ideographic comma", s: "平和、安全", same: false},
		{name: "a letter", s: "F35戦闘機", same: false},
		{name: "combining voiced mark", s: "か\u3099", same: false},
		{name: "not UTF-8", s: "抑\xe3AB", same: false},
		{name: "cut short", s: "抑\xe6\x8a", same: false},
	}
	for _, tc := range tests {
		got := Key(tc.s)
		if want := slow(tc.s); got != want {
			t.Errorf("%s: Key(%q) = %q, want %q", tc.name, tc.s, got, want)
		}
		if (got == tc.s) != tc.same {
			t.Errorf("%s: Key(%q) = %q: the text itself is %v, want %v", tc.name, tc.s, got, got == tc.s, tc.same)
		}
	}
}

// TestKeyCJKNoCopy: the key of a term of kana and kanji is the term's own string: EDICT's
// index and matcher take the keys of some 400,000 such terms.
func TestKeyCJKNoCopy(t *testing.T) {
	for _, s := range []string{"拡大抑止", "とうごうよくし", "ミサイル防衛"} {
		if n := testing.AllocsPerRun(100, func() { Key(s) }); n != 0 {
			t.Errorf("Key(%q): %.0f allocations, want 0", s, n)
		}
	}
}

// TestKeyComma: the list comma of Japanese official texts, written 、, ， or ",", is one
// comma; the full stop is not folded into it.
func TestKeyComma(t *testing.T) {
	want := Key("平和、安全及び繁栄")
	for _, s := range []string{"平和，安全及び繁栄", "平和,安全及び繁栄", "平和､安全及び繁栄"} {
		if got := Key(s); got != want {
			t.Errorf("Key(%q) = %q, want %q", s, got, want)
		}
	}
	if Key("平和。安全及び繁栄") == want {
		t.Error("a full stop is no list comma")
	}
	// the shadow text that the matcher reads folds it in place, one rune for one
	sh := NewShadow("平和，安全及び繁栄")
	if !strings.Contains(sh.Text, "平和,安全") {
		t.Errorf("shadow %q keeps the ideographic comma", sh.Text)
	}
}
