package align

import (
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/textnorm"
)

// TestMisbounded: a candidate whose every occurrence starts or ends inside a word the
// dictionary knows, ends on an adjective before な, on a dependent noun, or joins a person's
// name to a title is no term (a name with a bound suffix, 主義, is one word); its whole words and the terms that contain them are. Two
// countries' abbreviations that kagome reads as a surname (日比, Hibi) are the parties of
// a relation, no person's name.
func TestMisbounded(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		for _, w := range []string{"安全保障", "国家安全", "防衛大臣", "外務大臣", "委員会"} {
			lx.Add(w, "x", "edict")
		}
		return 5, nil
	}
	ja := []Doc{{Name: "ja.txt", Text: "米国の国家安全保障戦略を歓迎した。\n浜田防衛大臣と豪外務大臣は会談した。\n" +
		"日本国とアメリカ合衆国との間の相互協力を確認した。\n国の新たな防衛計画を策定した。\n日米安全保障協議委員会が開かれた。\n李在明政権の方針である。\n" +
		"両国の間で日比外相会談を行った。\nウィルソン主義の外交を論じた。\nカーター国防長官が訪れた。\n"}}
	_, r, err := runAll(ja, nil, nil, Options{EDICT: dict})
	if err != nil {
		t.Fatal(err)
	}
	for ja, want := range map[string]bool{
		"国家安全":       true,  // ends inside 安全保障
		"浜田防衛":       true,  // a name and a part of 防衛大臣
		"浜田防衛大臣":     true,  // a name and a title
		"豪外務":        true,  // ends inside 外務大臣
		"安全保障協議委員":   true,  // ends inside 委員会
		"アメリカ合衆国との間": true,  // ends on the dependent noun 間
		"間の相互協力":     true,  // starts on it
		"国の新た":       true,  // ends on the stem of 新たな
		"安全保障":       false, // starts inside 国家安全, but is a word of its own (国家|安全保障)
		"国家安全保障戦略":   false,
		"防衛大臣":       false,
		"安全保障協議委員会":  false,
		"相互協力":       false,
		"李在明政権":      false, // a name kagome split (李|在|明): no title follows it
		"日比外相会談":     false, // 日比 (read as a surname) is Japan and the Philippines
		"ウィルソン主義":    false, // a name and the bound suffix 主義 (-ism, doctrine): one word
		"カーター国防長官":   true,  // a name and a title
	} {
		jc := r.ja[textnorm.Key(ja)]
		if jc == nil {
			t.Errorf("%s: no candidate", ja)
			continue
		}
		if got := r.misbounded(jc); got != want {
			t.Errorf("misbounded(%s) = %v, want %v (edges %v)", ja, got, want, jc.edges)
		}
	}
}

// TestBoundPrefix: a prefix that changes the meaning of the word it is written against (再,
// 非) makes one word with it, so the word without it is a slice; a determiner prefix (同:
// the said) leaves the word it points at a term of its own.
func TestBoundPrefix(t *testing.T) {
	ja := []Doc{{Name: "ja.txt", Text: "同盟の再構築を進めた。\n同条約を締結した。\n"}}
	_, r, err := runAll(ja, nil, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for ja, want := range map[string]bool{
		"構築":  true,  // 再|構築: rebuilding, not building
		"再構築": false, // the word
		"条約":  false, // 同|条約: the said treaty
	} {
		jc := r.ja[textnorm.Key(ja)]
		if jc == nil {
			t.Errorf("%s: no candidate", ja)
			continue
		}
		if got := r.misbounded(jc); got != want {
			t.Errorf("misbounded(%s) = %v, want %v (edges %v)", ja, got, want, jc.edges)
		}
	}
}
