package docalign

import (
	"strings"
	"testing"
)

func TestAlignLengths(t *testing.T) {
	tests := []struct {
		name   string
		l1, l2 []int
		want   string // the bead kinds
	}{
		{name: "empty", want: ""},
		{name: "japanese only", l1: []int{10, 20}, want: "1-0 1-0"},
		{name: "english only", l2: []int{30}, want: "0-1"},
		{name: "one to one", l1: []int{20, 40, 10}, l2: []int{44, 88, 22}, want: "1-1 1-1 1-1"},
		{name: "english split", l1: []int{20, 60, 10}, l2: []int{44, 66, 66, 22}, want: "1-1 1-2 1-1"},
		{name: "japanese split", l1: []int{20, 30, 30, 10}, l2: []int{44, 132, 22}, want: "1-1 2-1 1-1"},
		{name: "english sentence dropped", l1: []int{20, 40, 50, 30}, l2: []int{44, 88, 66}, want: "1-1 1-1 1-0 1-1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			beads := AlignLengths(tt.l1, tt.l2, 2.2, 4.3, nil, nil)
			var kinds []string
			for _, b := range beads {
				kinds = append(kinds, b.Kind())
			}
			if got := strings.Join(kinds, " "); got != tt.want {
				t.Errorf("beads %q, want %q", got, tt.want)
			}
			checkBeads(t, beads, len(tt.l1), len(tt.l2))
		})
	}
}

// TestAnchors: numbers, acronyms and term pairs pull a pair together that lengths alone
// would misalign.
func TestAnchors(t *testing.T) {
	ja := []string{"2010年にEDDを設立した。", "拡大抑止を強化した。"}
	en := []string{"The EDD was established in 2010 as a venue to discuss ways to sustain it.", "They strengthened extended deterrence."}
	tests := []struct {
		name      string
		opts      Options
		wantKinds string
		wantAnch  []int
	}{
		{name: "anchors", opts: Options{Terms: []TermPair{{"拡大抑止", "extended deterrence"}}}, wantKinds: "1-1 1-1", wantAnch: []int{2, 1}},
		{name: "numbers and acronyms only", opts: Options{}, wantKinds: "1-1 1-1", wantAnch: []int{2, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			beads := Align(ja, en, tt.opts)
			var kinds []string
			var anch []int
			for _, b := range beads {
				kinds = append(kinds, b.Kind())
				anch = append(anch, b.Anchors)
			}
			if got := strings.Join(kinds, " "); got != tt.wantKinds {
				t.Errorf("beads %q, want %q", got, tt.wantKinds)
			}
			if len(anch) != len(tt.wantAnch) || anch[0] != tt.wantAnch[0] || anch[1] != tt.wantAnch[1] {
				t.Errorf("anchors %v, want %v", anch, tt.wantAnch)
			}
		})
	}
}

func TestRatio(t *testing.T) {
	tests := []struct {
		name   string
		l1, l2 []int
		want   float64
	}{
		{name: "twofold", l1: []int{10, 30}, l2: []int{20, 60}, want: 2},
		{name: "empty side", l1: []int{10}, want: 2.2},
		{name: "bounded", l1: []int{1}, l2: []int{100}, want: 6},
	}
	for _, tt := range tests {
		if got := Ratio(tt.l1, tt.l2); got != tt.want {
			t.Errorf("%s: Ratio = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// checkBeads checks that beads are monotone, contiguous, of the allowed kinds and cover
// n Japanese and m English sentences.
func checkBeads(t *testing.T, beads []Bead, n, m int) {
	t.Helper()
	i, j := 0, 0
	for _, b := range beads {
		if b.JA0 != i || b.EN0 != j {
			t.Fatalf("bead %+v does not start at (%d, %d)", b, i, j)
		}
		switch b.Kind() {
		case "1-1", "1-2", "2-1", "1-0", "0-1":
		default:
			t.Fatalf("bead %+v of kind %s", b, b.Kind())
		}
		i, j = b.JA1, b.EN1
	}
	if i != n || j != m {
		t.Fatalf("beads end at (%d, %d), want (%d, %d)", i, j, n, m)
	}
}

// FuzzAlignLengths: random lengths never panic and always give a monotone, complete
// alignment.
func FuzzAlignLengths(f *testing.F) {
	f.Add([]byte{20, 40, 10}, []byte{44, 88, 22}, uint8(22))
	f.Add([]byte{}, []byte{5}, uint8(0))
	f.Add([]byte{0, 0, 0}, []byte{}, uint8(255))
	f.Fuzz(func(t *testing.T, a, b []byte, ratio uint8) {
		if len(a) > 300 || len(b) > 300 {
			return
		}
		l1, l2 := make([]int, len(a)), make([]int, len(b))
		for i, x := range a {
			l1[i] = int(x)
		}
		for i, x := range b {
			l2[i] = int(x) * 3
		}
		c := float64(ratio) / 10
		checkBeads(t, AlignLengths(l1, l2, c, c, nil, nil), len(l1), len(l2))
		checkBeads(t, AlignLengths(l1, l2, 0, 0, nil, nil), len(l1), len(l2))
		defer func(m int) { maxCells = m }(maxCells)
		maxCells = 16 // a narrow band
		checkBeads(t, AlignLengths(l1, l2, c, c, nil, nil), len(l1), len(l2))
	})
}

// TestBand: documents too long for the full table are aligned in a band that still
// reaches the end.
func TestBand(t *testing.T) {
	defer func(m int) { maxCells = m }(maxCells)
	maxCells = 10000
	n := 1000
	l1, l2 := make([]int, n), make([]int, 3*n)
	for i := range l1 {
		l1[i] = 10 + i%37
	}
	for j := range l2 {
		l2[j] = 8 + j%53
	}
	checkBeads(t, AlignLengths(l2, l1, 2.2, 4.3, nil, nil), len(l2), len(l1))
	checkBeads(t, AlignLengths(l1, l2, 2.2, 4.3, nil, nil), len(l1), len(l2))
}
