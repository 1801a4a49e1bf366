package translit

import "testing"

func TestSimilarity(t *testing.T) {
	tests := []struct {
		ja, en string
		same   bool
	}{
		{"ゴールデンドーム", "Golden Dome", true},
		{"アイアンドーム", "Iron Dome", true},
		{"ピボット", "pivot", true},
		{"インセンティブ", "incentive", true},
		{"キル・ヴィークル", "kill vehicle", true},
		{"エスカレート", "escalate", true},
		{"ミサイル", "missile", true},
		{"トランプ", "Trump", true},
		{"パワー・プロジェクション", "power projection", true},
		{"ピボット", "posture", false},
		{"ゴールデンドーム", "Golden Age", false},
		{"ドーム", "deterrence", false},
		{"ウクライナ", "Ukraine", true},
		{"イスラエル", "Israel", true},
		{"イスラエル", "Iran", false},
		{"イスラエル", "sorry", false},
		{"インド", "end", false},
		{"ロシア", "Lee Jae", false},
		{"インド", "Indo", true},
		{"アメリカ", "America", true},
		{"コルビー", "Colby", true},
		// accents fold to their letters: ñ = n
		{"ラニーニャ", "La Niña", true},
		{"ラニーニャ", "Lancia", false},
		// a consonant repeated across a vowel is a syllable of its own; katakana may merge
		// one of them (テタテ), not lose a syllable of a short word
		{"テタテ", "tête-à-tête", true},
		{"テタテ", "tactic", false},
		{"テタテ", "Tate Britain", false},
		{"ココナッツ", "coconut", true},
		{"ミサイル", "mississippi", false},
	}
	for _, tc := range tests {
		s := Similarity(tc.ja, tc.en)
		if (s >= Threshold) != tc.same {
			t.Errorf("Similarity(%q, %q) = %.2f (%q vs %q), want same=%v", tc.ja, tc.en, s, NewSound(tc.ja).Skeleton(), Skeleton(tc.en), tc.same)
		}
	}
}

func TestRomaji(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ゴールデンドーム", "gorudendomu"},
		{"ピボット", "pibotto"},
		{"ティ", "ti"},
		{"キャンプ", "kyanpu"},
		{"ジャパン", "japan"},
	}
	for _, tc := range tests {
		if got := Romaji(tc.in); got != tc.want {
			t.Errorf("Romaji(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSkeleton(t *testing.T) {
	tests := []struct{ in, skeleton, syllables string }{
		{in: "butter", skeleton: "btr", syllables: "btr"},      // doubled letters collapse
		{in: "tetate", skeleton: "t", syllables: "ttt"},        // a vowel between keeps each syllable
		{in: "berurin", skeleton: "brn", syllables: "brrn"},    // katakana's vowel inside a cluster
		{in: "La Niña", skeleton: "rn", syllables: "rnn"},      // accents fold
		{in: "tête-à-tête", skeleton: "tt", syllables: "tttt"}, // words never collapse
	}
	for _, tc := range tests {
		if got := Skeleton(tc.in); got != tc.skeleton {
			t.Errorf("Skeleton(%q) = %q, want %q", tc.in, got, tc.skeleton)
		}
		if got := Syllables(tc.in); got != tc.syllables {
			t.Errorf("Syllables(%q) = %q, want %q", tc.in, got, tc.syllables)
		}
	}
}

// TestSyllableSimilarity: words that share a skeleton (コロラリー "kr", Korea "kr",
// corollary "kr") are told apart by their syllables, a consonant repeated across a vowel
// counted each time.
func TestSyllableSimilarity(t *testing.T) {
	tests := []struct {
		name, ja, closer, farther string
	}{
		{name: "four syllables over two", ja: "コロラリー", closer: "corollary", farther: "Korea"},
		{name: "two syllables over four", ja: "コリア", closer: "Korea", farther: "corollary"},
		{name: "a repeated consonant", ja: "パラレル", closer: "parallel", farther: "pearl"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := NewSound(tc.ja)
			if Skeleton(tc.closer) != Skeleton(tc.farther) {
				t.Fatalf("%q and %q differ in skeleton already (%q, %q)", tc.closer, tc.farther, Skeleton(tc.closer), Skeleton(tc.farther))
			}
			c, f := s.SyllableSimilarity(tc.closer), s.SyllableSimilarity(tc.farther)
			if c <= f {
				t.Errorf("%s: %q %.2f, %q %.2f; want the first closer", tc.ja, tc.closer, c, tc.farther, f)
			}
		})
	}
}
