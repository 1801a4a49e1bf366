package morph

import (
	"strings"
	"testing"
)

func TestTokenizeSpans(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{name: "compound", text: "拡大抑止を強化する。", want: []string{"拡大", "抑止", "を", "強化", "する", "。"}},
		{name: "mixed scripts", text: "NATO諸国の核共有", want: []string{"NATO", "諸国", "の", "核", "共有"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, tk := range Tokenize(tt.text) {
				if tt.text[tk.Start:tk.End] != tk.Surface {
					t.Errorf("span %d:%d = %q, surface %q", tk.Start, tk.End, tt.text[tk.Start:tk.End], tk.Surface)
				}
				got = append(got, tk.Surface)
			}
			if strings.Join(got, "/") != strings.Join(tt.want, "/") {
				t.Errorf("Tokenize(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestTokenizeChunksLongInput(t *testing.T) {
	line := "統合抑止は国家防衛戦略の中心である。\n"
	text := strings.Repeat(line, 5000) // about 270 kB, several chunks
	toks := Tokenize(text)
	n := 0
	for _, tk := range toks {
		if text[tk.Start:tk.End] != tk.Surface {
			t.Fatalf("span %d:%d = %q, surface %q", tk.Start, tk.End, text[tk.Start:tk.End], tk.Surface)
		}
		if tk.Surface == "統合" {
			n++
		}
	}
	if n != 5000 {
		t.Errorf("found 統合 %d times, want 5000", n)
	}
}
