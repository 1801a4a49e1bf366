package align

import "testing"

// TestBareOfState: a post whose English the aligned segments holding it write only before
// a holder's name ("Chief Cabinet Secretary Mori") or with the state it belongs to after it
// ("Chief Cabinet Secretary of Japan") is never named by the bare rendering on its own: it
// stays at review beside the whole name. Where one segment writes the post on its own,
// the bare rendering is the post's name and may be auto; a place or a body is no post,
// a longer post that holds the rendering ("Deputy Chief Cabinet Secretary") is another
// post, and an of-phrase that names a date ("of March 16") names no state.
func TestBareOfState(t *testing.T) {
	if InstalledWordNet() == "" {
		t.Skip("WordNet is not installed (Debian package wordnet-base)")
	}
	dict := dictOf(map[string]string{"官房長官": "Chief Cabinet Secretary", "記者会見": "press conference",
		"声明": "statement", "発表": "announcement", "海洋局": "Ocean Bureau"})
	tests := []struct {
		name     string
		term, en string // the term and its bare rendering
		segs     [][2]string
		wantAuto bool // the bare rendering is auto
	}{
		{name: "a title and the post with its state", term: "官房長官", en: "Chief Cabinet Secretary", segs: [][2]string{
			{"官房長官は記者会見を開いた。", "Chief Cabinet Secretary Mori held a press conference."},
			{"官房長官は声明を発表した。", "Mr. MORI Taro, Chief Cabinet Secretary of Japan, made a statement."},
		}},
		{name: "near miss: the post on its own once", term: "官房長官", en: "Chief Cabinet Secretary", segs: [][2]string{
			{"官房長官は記者会見を開いた。", "Chief Cabinet Secretary Mori held a press conference."},
			{"官房長官は声明を発表した。", "The Chief Cabinet Secretary made a statement."},
		}, wantAuto: true},
		{name: "near miss: titles only", term: "官房長官", en: "Chief Cabinet Secretary", segs: [][2]string{
			{"官房長官は記者会見を開いた。", "Chief Cabinet Secretary Mori held a press conference."},
			{"官房長官は声明を発表した。", "Chief Cabinet Secretary Mori made a statement."},
		}, wantAuto: true},
		{name: "near miss: a body before its state and a title, no post", term: "海洋局", en: "Ocean Bureau", segs: [][2]string{
			{"海洋局は記者会見を開いた。", "The Ocean Bureau of the Republic of Lithuania held a press conference."},
			{"海洋局は声明を発表した。", "Ocean Bureau Director Mori made a statement."},
		}, wantAuto: true},
		{name: "near miss: the state after a longer post", term: "官房長官", en: "Chief Cabinet Secretary", segs: [][2]string{
			{"官房長官は記者会見を開いた。", "Chief Cabinet Secretary Mori held a press conference."},
			{"官房長官と副長官は声明を発表した。", "Chief Cabinet Secretary Mori and the Deputy Chief Cabinet Secretary of Japan made a statement."},
		}, wantAuto: true},
		{name: "near miss: an of-phrase that names a date", term: "官房長官", en: "Chief Cabinet Secretary", segs: [][2]string{
			{"官房長官は記者会見を開いた。", "Chief Cabinet Secretary Mori held a press conference."},
			{"3月16日の官房長官の声明が発表された。", "The statement by the Chief Cabinet Secretary of March 16 was released."},
		}, wantAuto: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var segs []BitextSegment
			for i, s := range tc.segs {
				segs = append(segs, BitextSegment{JA: s[0], EN: s[1], Doc: "a.txt", Line: i + 1, Origin: "parallel"})
			}
			res, err := Run(nil, nil, segs, Options{EDICT: dict, WordNet: InstalledWordNet()})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, p := range res.Pairs {
				if p.JA != tc.term || p.EN != tc.en {
					continue
				}
				found = true
				if got := p.Status == Auto; got != tc.wantAuto {
					t.Errorf("%s = %s is %s (%.2f), want auto %v", p.JA, p.EN, p.Status, p.Score, tc.wantAuto)
				}
			}
			if !found {
				t.Errorf("%s = %s not proposed", tc.term, tc.en)
			}
		})
	}
}
