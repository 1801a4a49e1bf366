package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func texts(ss []Sentence) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Text)
	}
	return out
}

func TestJapanese(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"full stops", "拡大抑止を強化する。統合抑止も。", []string{"拡大抑止を強化する。", "統合抑止も。"}},
		{"closer follows", "「力による平和。」と述べた。", []string{"「力による平和。」と述べた。"}},
		{"stop inside brackets", "彼は「強化する。実施する。」と述べた。次。", []string{"彼は「強化する。実施する。」と述べた。", "次。"}},
		{"spaces kept", "力による平和(Peace through Strength)を強調する。", []string{"力による平和(Peace through Strength)を強調する。"}},
		{"line ends", "見出し\n\n本文である。\n", []string{"見出し", "本文である。"}},
		{"unbalanced", "（注。続き\n次の行。", []string{"（注。続き", "次の行。"}},
		{"empty", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := texts(Japanese(tc.in))
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("Japanese(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestEnglish(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"abbreviations", "The U.S. Army met Donald J. Trump in Washington, D.C. on Jan. 5. It was good.",
			[]string{"The U.S. Army met Donald J. Trump in Washington, D.C. on Jan. 5.", "It was good."}},
		{"titles before a name", "The minister met Hon. Enrique A. Manalo and Rt. Hon. Christopher Luxon. Both spoke.",
			[]string{"The minister met Hon. Enrique A. Manalo and Rt. Hon. Christopher Luxon.", "Both spoke."}},
		{"a word that ends in a title's letters", "They ran a marathon. Then they rested.", []string{"They ran a marathon.", "Then they rested."}},
		{"decimals", "Spend 3.5 percent. Then stop!", []string{"Spend 3.5 percent.", "Then stop!"}},
		{"quotes", `He said "America First." Then left.`, []string{`He said "America First."`, "Then left."}},
		{"lines", "Line of Effort 1: Defend the American Homeland\nLine of Effort 2", []string{"Line of Effort 1: Defend the American Homeland", "Line of Effort 2"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := texts(English(tc.in))
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("English(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestLineNumbers(t *testing.T) {
	in := "一行目。\n\n三行目。四。\n五"
	got := Japanese(in)
	want := []int{1, 3, 3, 4}
	if len(got) != len(want) {
		t.Fatalf("got %d sentences, want %d: %q", len(got), len(want), texts(got))
	}
	for i, s := range got {
		if s.Line != want[i] {
			t.Errorf("sentence %q: line %d, want %d", s.Text, s.Line, want[i])
		}
		if in[s.Start:s.End] != s.Text {
			t.Errorf("offsets of %q point at %q", s.Text, in[s.Start:s.End])
		}
	}
}

func TestMaxLen(t *testing.T) {
	in := strings.Repeat("あ", 10000)
	for _, s := range Japanese(in) {
		if len(s.Text) > MaxLen+4 {
			t.Fatalf("sentence of %d bytes", len(s.Text))
		}
	}
}

func TestCorpus(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/corpus/ja/*.txt")
	if len(files) == 0 {
		t.Fatal("no corpus texts under testdata/corpus/ja: the path is wrong")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ss := Japanese(string(data))
		long := 0
		for _, s := range ss {
			if utf8.RuneCountInString(s.Text) > 128 {
				long++
			}
		}
		if len(ss) < 40 {
			t.Errorf("%s: only %d sentences", f, len(ss))
		}
		t.Logf("%s: %d sentences, %d longer than 128 runes", filepath.Base(f), len(ss), long)
	}
}

func FuzzSplit(f *testing.F) {
	f.Add("拡大抑止を強化する。「統合抑止」（integrated deterrence）も。\n次")
	f.Add("The U.S. Army. Mr. Smith (p. 19) said so! Yes?")
	for _, g := range []string{"../../testdata/corpus/ja/*.txt", "../../testdata/corpus/en/*.txt"} {
		files, _ := filepath.Glob(g)
		for _, p := range files {
			if data, err := os.ReadFile(p); err == nil && len(data) < 8000 {
				f.Add(string(data))
			}
		}
	}
	f.Fuzz(func(t *testing.T, in string) {
		for _, fn := range []func(string) []Sentence{Japanese, English} {
			prev := 0
			for _, s := range fn(in) {
				if s.Start < prev || s.End > len(in) || s.Start >= s.End {
					t.Fatalf("bad span %d..%d after %d in %d bytes", s.Start, s.End, prev, len(in))
				}
				if in[s.Start:s.End] != s.Text {
					t.Fatalf("span text mismatch")
				}
				if s.Line < 1 || s.Line > strings.Count(in, "\n")+1 {
					t.Fatalf("line %d out of range", s.Line)
				}
				if s.Line != strings.Count(in[:s.Start], "\n")+1 {
					t.Fatalf("line %d, want %d for %q", s.Line, strings.Count(in[:s.Start], "\n")+1, s.Text)
				}
				prev = s.End
			}
		}
	})
}
