package editdist

import "testing"

func TestDistance(t *testing.T) {
	halfR := Costs[byte]{Ins: func(y byte) float64 {
		if y == 'r' {
			return 0.5
		}
		return 1
	}}
	rl := Costs[byte]{Sub: func(x, y byte) float64 {
		if x == 'r' && y == 'l' {
			return 0
		}
		return 1
	}}
	tests := []struct {
		name  string
		a, b  string
		costs Costs[byte]
		limit float64
		want  float64
	}{
		{name: "equal", a: "deter", b: "deter", limit: -1, want: 0},
		{name: "empty a", a: "", b: "abc", limit: -1, want: 3},
		{name: "empty b", a: "abc", b: "", limit: -1, want: 3},
		{name: "kitten sitting", a: "kitten", b: "sitting", limit: -1, want: 3},
		{name: "one deletion, different lengths", a: "allies", b: "alies", limit: -1, want: 1},
		{name: "one insertion, different lengths", a: "alies", b: "allies", limit: -1, want: 1},
		{name: "substitution is not free", a: "ab", b: "ba", limit: -1, want: 2},
		{name: "cheap r insertion", a: "ma", b: "mar", costs: halfR, limit: -1, want: 0.5},
		{name: "deletion of r is not cheap", a: "mar", b: "ma", costs: halfR, limit: -1, want: 1},
		{name: "r for l is free", a: "rove", b: "love", costs: rl, limit: -1, want: 0},
		{name: "l for r is not", a: "love", b: "rove", costs: rl, limit: -1, want: 1},
		{name: "within the limit", a: "kitten", b: "sitting", limit: 3, want: 3},
		{name: "over the limit stops", a: "kitten", b: "sitting", limit: 1, want: 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Distance([]byte(tc.a), []byte(tc.b), tc.costs, tc.limit); got != tc.want {
				t.Errorf("Distance(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

func TestRunes(t *testing.T) {
	if got := Distance([]rune("拡大抑止"), []rune("拡大抑制"), Costs[rune]{}, -1); got != 1 {
		t.Errorf("one kanji apart: %v", got)
	}
}
