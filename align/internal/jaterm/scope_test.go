package jaterm

import (
	"testing"

	"github.com/glossterm/gloss/internal/morph"
)

// TestMisscoped: a chunk that takes a modifier or a conjunct away from the phrase it belongs
// to is a slice of a phrase; the near misses are phrases of their sentence.
func TestMisscoped(t *testing.T) {
	tests := []struct {
		name, sentence, chunk string
		want                  bool
	}{
		{"shared modifier cut before the second conjunct", "日本の経済と文化を守る。", "日本の経済", true},
		{"the second conjunct has its own modifier", "日本の経済及び地域の文化を守る。", "日本の経済", false},
		{"the second conjunct has its own link", "自由で開かれた海洋と法に基づく秩序を守る。", "自由で開かれた海洋", false},
		{"the second conjunct goes on with の", "日本の経済と文化の関係", "日本の経済", false},
		{"a list goes on after the conjunct", "新たな脅威や災害、感染症に備える。", "新たな脅威", false},
		{"a name coordinated with a common noun", "制度の改革と日本の外交政策を論じた。", "制度の改革と日本", true},
		{"a relation takes the whole coordination", "制度の改革と日本の間で論じた。", "制度の改革と日本", false},
		{"two common nouns", "制度の改革と運用の指針を論じた。", "制度の改革と運用", false},
		{"a name with a name", "米国と日本の外交官", "米国と日本", false},
		{"a stranded verbal modifier", "強化された同盟とルールに基づく秩序を守る。", "同盟とルールに基づく秩序", true},
		{"a verbal modifier shared by bare conjuncts", "強化された同盟と協力を守る。", "同盟と協力", false},
		{"an adjunct of the head, not of the name", "地域における米国の関与を歓迎した。", "地域における米国", true},
		{"an adjunct of a common noun may read either way", "地域における軍備の拡大を懸念した。", "地域における軍備", false},
		{"the whole phrase", "地域における米国の関与を歓迎した。", "地域における米国の関与", false},
	}
	for _, tt := range tests {
		toks := morph.Tokenize(tt.sentence)
		found := false
		for _, c := range Chunks(toks) {
			if c.Text(tt.sentence, toks) != tt.chunk {
				continue
			}
			found = true
			if got := Misscoped(toks, c); got != tt.want {
				t.Errorf("%s: Misscoped(%s in %s) = %v, want %v", tt.name, tt.chunk, tt.sentence, got, tt.want)
			}
		}
		if !found {
			t.Errorf("%s: %s is no chunk of %s", tt.name, tt.chunk, tt.sentence)
		}
	}
}
