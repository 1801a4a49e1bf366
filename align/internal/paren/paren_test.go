package paren

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

func TestFind(t *testing.T) {
	tests := []struct {
		name, in                  string
		kind                      Kind
		inner, acronym, expansion string
	}{
		{"english half-width", "「力による平和(Peace through Strength)」を強調する。", English, "Peace through Strength", "", "Peace through Strength"},
		{"english full-width", "模範的な同盟国（model allies）——", English, "model allies", "", "model allies"},
		{"acronym", "北大西洋条約機構(NATO)加盟国", Acronym, "NATO", "NATO", ""},
		{"acronym with expansion", "米国防産業基盤(DIB: Defense Industrial Base)の強化", Acronym, "DIB: Defense Industrial Base", "DIB", "Defense Industrial Base"},
		{"expansion then acronym", "自律型兵器システム(Lethal Autonomous Weapons Systems: LAWS)", English, "Lethal Autonomous Weapons Systems: LAWS", "LAWS", "Lethal Autonomous Weapons Systems"},
		{"prefixed acronym", "核軍縮条約(新START)が失効", Acronym, "新START", "START", ""},
		{"acronym with digits", "指揮統制通信(NC3)の", Acronym, "NC3", "NC3", ""},
		{"list", "(ICBM、SLBM、戦略爆撃機)", List, "ICBM、SLBM、戦略爆撃機", "", ""},
		{"etc", "(note等)", List, "note等", "", ""},
		{"date", "第2次トランプ政権(2025年1月20日就任)が", Date, "2025年1月20日就任", "", ""},
		{"edition", "「国家防衛戦略(2026年版)」", Date, "2026年版", "", ""},
		{"japanese gloss", "パワー・プロジェクション(力の投射)を", Japanese, "力の投射", "", ""},
		{"source", "トランプ大統領(AP通信)", Qualifier, "AP通信", "", ""},
		{"nested", "A（B（C）D）", Japanese, "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ps := Find(tc.in)
			if len(ps) != 1 {
				if tc.name == "nested" && len(ps) == 0 {
					t.Fatalf("nested parenthetical not found")
				}
				if tc.name != "nested" {
					t.Fatalf("Find(%q) found %d parentheticals", tc.in, len(ps))
				}
			}
			p := ps[0]
			if tc.name == "nested" {
				if p.Inner != "B（C）D" {
					t.Errorf("nested inner %q", p.Inner)
				}
				return
			}
			if p.Kind != tc.kind || p.Inner != tc.inner || p.Acronym != tc.acronym || p.Expansion != tc.expansion {
				t.Errorf("got %s %q acronym %q expansion %q; want %s %q %q %q", p.Kind, p.Inner, p.Acronym, p.Expansion, tc.kind, tc.inner, tc.acronym, tc.expansion)
			}
			_, n := utf8.DecodeRuneInString(tc.in[p.Open:])
			if c := tc.in[p.Open : p.Open+n]; c != "(" && c != "（" {
				t.Errorf("Open points at %q", c)
			}
		})
	}
}

func TestUnclosed(t *testing.T) {
	if ps := Find("拡大抑止(extended deterrence"); len(ps) != 0 {
		t.Errorf("unclosed parenthesis yielded %v", ps)
	}
}

func FuzzFind(f *testing.F) {
	f.Add("模範的な同盟国（model allies）と米国防産業基盤(DIB: Defense Industrial Base)")
	f.Add("((（）))（")
	files, _ := filepath.Glob("../../../testdata/corpus/ja/*.txt")
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(string(data[:min(len(data), 6000)]))
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, p := range Find(s) {
			if p.Open < prev || p.Close > len(s) || p.Open >= p.Close {
				t.Fatalf("bad span %d..%d", p.Open, p.Close)
			}
			if p.Inner == "" || len(p.Inner) > MaxInner {
				t.Fatalf("bad inner %q", p.Inner)
			}
			if p.Kind == Acronym && p.Acronym == "" {
				t.Fatalf("acronym kind without acronym: %q", p.Inner)
			}
			prev = p.Close
		}
	})
}
