package synth

import (
	"fmt"

	"github.com/glossterm/gloss/glossary"
)

var (
	kanji = []rune("抑止戦略同盟防衛安全保障統合拡大柔軟性核軍事国家政策協力地域平和支援態勢能作指揮制")
	words = []string{"deterrence", "strategy", "alliance", "defense", "security", "integrated", "extended",
		"flexibility", "nuclear", "military", "national", "policy", "cooperation", "regional", "peace",
		"support", "posture", "capability", "operation", "command", "control"}
)

// Glossary returns a glossary of n approved concepts whose terms are all distinct.
func Glossary(n int) *glossary.Glossary {
	g := &glossary.Glossary{Version: glossary.FormatVersion, Languages: []string{"ja", "en"}}
	for i := 0; i < n; i++ {
		ja, en := name(i)
		c := &glossary.Concept{
			ID:         fmt.Sprintf("concept-%d", i),
			Subject:    words[i%len(words)],
			Status:     glossary.Approved,
			Definition: map[string]string{"en": "A generated concept for benchmarks: " + en + "."},
		}
		c.AddTerm("ja", &glossary.Term{Text: ja, Status: glossary.Preferred})
		c.AddTerm("en", &glossary.Term{Text: en, Status: glossary.Preferred})
		c.AddTerm("en", &glossary.Term{Text: en + " policy", Status: glossary.Admitted})
		c.Sources = []*glossary.Source{{Lang: "en", Doc: "Generated corpus", Quote: "the " + en + " of the alliance"}}
		g.Concepts = append(g.Concepts, c)
	}
	return g
}

// name returns distinct Japanese and English terms for concept i: i written in base
// len(kanji) and base len(words).
func name(i int) (string, string) {
	var ja []rune
	for k, x := 0, i; k < 4 || x > 0; k, x = k+1, x/len(kanji) {
		ja = append(ja, kanji[x%len(kanji)])
	}
	en := ""
	for k, x := 0, i; k < 3 || x > 0; k, x = k+1, x/len(words) {
		if en != "" {
			en += " "
		}
		en += words[x%len(words)]
	}
	return string(ja), en
}
