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
	}
	for _, tc := range tests {
		s := Similarity(tc.ja, tc.en)
		if (s >= Threshold) != tc.same {
			t.Errorf("Similarity(%q, %q) = %.2f (%q vs %q), want same=%v", tc.ja, tc.en, s, Skeleton(Romaji(tc.ja)), Skeleton(tc.en), tc.same)
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
