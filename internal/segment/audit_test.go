package segment

import "testing"

// TestJapaneseSentenceEnds: every mark that ends a Japanese sentence ends one, with the
// closing brackets after it.
func TestJapaneseSentenceEnds(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{name: "full-width exclamation mark", text: "拡大抑止を強化せよ！次の文である。", want: []string{"拡大抑止を強化せよ！", "次の文である。"}},
		{name: "full-width question mark", text: "抑止は十分か？次の文である。", want: []string{"抑止は十分か？", "次の文である。"}},
		{name: "ASCII exclamation mark", text: "強化せよ!次の文である。", want: []string{"強化せよ!", "次の文である。"}},
		{name: "exclamation inside a quote", text: "「強化せよ！」と述べた。", want: []string{"「強化せよ！」と述べた。"}},
		{name: "exclamation inside parentheses", text: "（強化せよ！）と述べた。次の文。", want: []string{"（強化せよ！）と述べた。", "次の文。"}},
		{name: "two exclamation marks", text: "強化せよ！！次の文。", want: []string{"強化せよ！！", "次の文。"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range Japanese(tc.text) {
				got = append(got, s.Text)
				if tc.text[s.Start:s.End] != s.Text {
					t.Errorf("offsets %d-%d hold %q, not %q", s.Start, s.End, tc.text[s.Start:s.End], s.Text)
				}
			}
			if len(got) != len(tc.want) {
				t.Fatalf("sentences %q, want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("sentences %q, want %q", got, tc.want)
					break
				}
			}
		})
	}
}
