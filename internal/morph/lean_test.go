package morph

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/ikawaha/kagome-dict/ipa"
)

// loads records the BeforeLoad calls of the test process.
var loads []int64

// TestMain loads the lean dictionary before anything asks for the full one: once the full
// one is loaded, ipa.DictShrink and TokenizeLean return it, and comparing the two would
// prove nothing. With MORPH_FULL_FIRST set it loads the full one first instead, for
// TestLeanReusesFull.
//
// The lean dictionary's file is in a directory of the test's own, so that the dictionary
// the tests compare is the one mapped from the file a first load writes (leancache.go).
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "morph-cache")
	if err != nil {
		panic(err)
	}
	leanFile = func() (string, string) { return filepath.Join(dir, leanCacheName), "test" }
	loadLeanDict(nil) // writes the file that TokenizeLean maps
	BeforeLoad = func(n int64) { loads = append(loads, n) }
	if os.Getenv("MORPH_FULL_FIRST") == "" {
		TokenizeLean("")
	} else {
		Tokenize("")
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// sameAsFull reports how lean differs from full, the tokens of one text: the same
// surfaces, spans, parts of speech and Known flags, no reading, and a base form only for
// the forms of する and できる, where it is the full dictionary's.
func sameAsFull(full, lean []Token) error {
	if len(full) != len(lean) {
		return fmt.Errorf("%d tokens, want %d: %s, want %s", len(lean), len(full), surfaces(lean), surfaces(full))
	}
	for i, f := range full {
		l := lean[i]
		if l.Surface != f.Surface || l.Start != f.Start || l.End != f.End || !slices.Equal(l.POS, f.POS) || l.Known != f.Known {
			return fmt.Errorf("token %d: %q %d:%d %v known=%v, want %q %d:%d %v known=%v",
				i, l.Surface, l.Start, l.End, l.POS, l.Known, f.Surface, f.Start, f.End, f.POS, f.Known)
		}
		wantBase := ""
		if f.Known && f.POS[0] == "動詞" && (f.Base == "する" || f.Base == "できる") {
			wantBase = f.Base
		}
		if l.Base != wantBase || l.Reading != "" {
			return fmt.Errorf("token %d %q: base %q reading %q, want base %q and no reading", i, l.Surface, l.Base, l.Reading, wantBase)
		}
	}
	return nil
}

func surfaces(toks []Token) string {
	var s []string
	for _, t := range toks {
		s = append(s, t.Surface)
	}
	return strings.Join(s, "/")
}

func TestLeanIsNotFull(t *testing.T) {
	Tokenize("")
	if leanTok == fullTok.Load() {
		t.Fatal("the lean tokenizer is the full one: the comparisons below would prove nothing")
	}
	if !slices.Equal(loads, []int64{LeanMappedBytes, FullBytes}) {
		t.Errorf("BeforeLoad calls %v, want the mapped lean dictionary's then the full one's", loads)
	}
}

// TestLeanSameAsFull: the lean tokenizer splits sentences as the full one does, with the
// same parts of speech and unknown words, and knows the verbs する and できる in their forms.
func TestLeanSameAsFull(t *testing.T) {
	tests := []struct {
		name, text string
		verbs      []string // the tokens whose base is する or できる
	}{
		{name: "compound", text: "拡大抑止を強化する。", verbs: []string{"する"}},
		{name: "noun used as a verb", text: "北朝鮮の攻撃を抑止し、同盟国を防衛できる。", verbs: []string{"し", "できる"}},
		{name: "passive", text: "核の脅威は抑止される。", verbs: []string{"さ"}},
		{name: "imperative and conditional", text: "強化せよ。協力すれば抑止できれば", verbs: []string{"せよ", "すれ", "できれ"}},
		{name: "causative", text: "彼に知らせる。参加させる。", verbs: []string{"さ"}},
		{name: "person's title", text: "岸田文雄日本国総理大臣と尹錫悦(ユン・ソンニョル)韓国大統領", verbs: nil},
		{name: "unknown words", text: "ジョセフ・バイデン米国大統領とNATO諸国のAUKUS", verbs: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lean := TokenizeLean(tt.text)
			if err := sameAsFull(Tokenize(tt.text), lean); err != nil {
				t.Fatal(err)
			}
			var verbs []string
			for _, tk := range lean {
				if tk.Base != "" {
					verbs = append(verbs, tk.Surface)
				}
			}
			if !slices.Equal(verbs, tt.verbs) {
				t.Errorf("forms of する and できる %v, want %v (%s)", verbs, tt.verbs, surfaces(lean))
			}
		})
	}
}

// TestLeanSameAsFullOnCorpus compares the two on every line of the corpus.
func TestLeanSameAsFullOnCorpus(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/corpus/*/*.t[xs][tv]")
	more, _ := filepath.Glob("../../testdata/corpus/parallel/*/*.txt")
	files = append(files, more...)
	if len(files) < 8 {
		t.Fatalf("found %d corpus files", len(files))
	}
	lines, unknown, verbs := 0, 0, 0
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<20)
		for n := 1; sc.Scan(); n++ {
			full, lean := Tokenize(sc.Text()), TokenizeLean(sc.Text())
			if err := sameAsFull(full, lean); err != nil {
				t.Errorf("%s:%d: %v", f, n, err)
			}
			for _, tk := range lean {
				if !tk.Known {
					unknown++
				}
				if tk.Base != "" {
					verbs++
				}
			}
			lines++
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("%d files, %d lines, %d unknown words, %d forms of する and できる", len(files), lines, unknown, verbs)
	if unknown == 0 || verbs == 0 {
		t.Error("the corpus has no unknown word or no form of する or できる: the comparison is not exercised")
	}
}

// TestSuruForms derives suruForms from the full dictionary.
func TestSuruForms(t *testing.T) {
	d := ipa.Dict()
	base := d.ContentsMeta["_base"] - d.ContentsMeta["_pos_hierarchy"] // Contents leave out the POS levels
	want := map[int32]string{}
	for id, c := range d.Contents {
		pos := d.POSTable.POSs[id]
		if int(base) < len(c) && (c[base] == "する" || c[base] == "できる") && len(pos) > 0 && d.POSTable.NameList[pos[0]] == "動詞" {
			want[int32(id)] = c[base]
		}
	}
	if len(want) == 0 {
		t.Fatalf("no form of する in the dictionary: its features moved (meta %v)", d.ContentsMeta)
	}
	if fmt.Sprint(want) != fmt.Sprint(suruForms) {
		ids := make([]int, 0, len(want))
		for id := range want {
			ids = append(ids, int(id))
		}
		sort.Ints(ids)
		var b strings.Builder
		for _, id := range ids {
			fmt.Fprintf(&b, "%d: %q, ", id, want[int32(id)])
		}
		t.Errorf("suruForms does not match the dictionary; it should be\n%s", b.String())
	}
}

// TestLeanReusesFull: in a process that loaded the full dictionary, TokenizeLean uses it
// and loads nothing more.
func TestLeanReusesFull(t *testing.T) {
	if os.Getenv("MORPH_FULL_FIRST") != "" {
		TokenizeLean("抑止する")
		if leanTok != fullTok.Load() || !slices.Equal(loads, []int64{FullBytes}) {
			t.Fatalf("after the full dictionary, TokenizeLean loaded another (BeforeLoad calls %v)", loads)
		}
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestLeanReusesFull$")
	cmd.Env = append(os.Environ(), "MORPH_FULL_FIRST=1")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
}

// BenchmarkTokenize tokenizes a commentary line by line over each dictionary.
func BenchmarkTokenize(b *testing.B) {
	data, err := os.ReadFile("../../testdata/corpus/ja/commentary-us-defense-strategy-2026.txt")
	if err != nil {
		b.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	for _, bc := range []struct {
		name string
		f    func(string) []Token
	}{{"full", Tokenize}, {"lean", TokenizeLean}} {
		b.Run(bc.name, func(b *testing.B) {
			bc.f("") // loads the dictionary
			b.SetBytes(int64(len(data)))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				for _, l := range lines {
					bc.f(l)
				}
			}
		})
	}
}
