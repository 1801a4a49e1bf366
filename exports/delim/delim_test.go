package delim

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"

	"github.com/glossterm/gloss"
	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/exports/internal/exptest"
	"github.com/glossterm/gloss/glossary"
)

func TestGolden(t *testing.T) {
	g := exptest.Sample(t)
	for _, tc := range []struct {
		name  string
		write func(*bytes.Buffer) (*exports.Report, error)
	}{
		{name: "sample.csv", write: func(b *bytes.Buffer) (*exports.Report, error) { return WriteCSV(b, g, exptest.Options()) }},
		{name: "sample.tsv", write: func(b *bytes.Buffer) (*exports.Report, error) { return WriteTSV(b, g, exptest.Options()) }},
		{name: "sample.omegat.utf8", write: func(b *bytes.Buffer) (*exports.Report, error) { return WriteOmegaT(b, g, exptest.Options()) }},
		{name: "sample.deepl.tsv", write: func(b *bytes.Buffer) (*exports.Report, error) { return WriteDeepL(b, g, exptest.Options()) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if _, err := tc.write(&b); err != nil {
				t.Fatal(err)
			}
			if bytes.HasPrefix(b.Bytes(), []byte("\xEF\xBB\xBF")) {
				t.Error("BOM written without --bom")
			}
			exptest.Golden(t, tc.name, b.Bytes())
		})
	}
}

func TestFormulaSafety(t *testing.T) {
	var b bytes.Buffer
	if _, err := WriteCSV(&b, exptest.Sample(t), exptest.Options()); err != nil {
		t.Fatal(err)
	}
	for _, field := range []string{`'=1+1`, `'@SUM(A1)`, `"'=HYPERLINK(""x"")"`, `'-minus`, `'+81 番号`, `'=cmd|' /C calc'!A0`} {
		if !strings.Contains(b.String(), field) {
			t.Errorf("missing the escaped field %s", field)
		}
	}
	for _, line := range strings.Split(b.String(), "\r\n") {
		for _, f := range strings.Split(line, ",") {
			if f != "" && strings.ContainsRune("=+-@", rune(f[0])) {
				t.Errorf("field %q could run as a formula", f)
			}
		}
	}
}

// TestSafeCell: every start a spreadsheet reads as a formula is neutralized, the full-width
// forms too, and UnsafeCell gives the text back.
func TestSafeCell(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{in: "=1+1", want: "'=1+1"},
		{in: "＝1+1", want: "'＝1+1"},
		{in: "＋81 番号", want: "'＋81 番号"},
		{in: "－x", want: "'－x"},
		{in: "＠SUM(A1)", want: "'＠SUM(A1)"},
		{in: "@SUM(A1)", want: "'@SUM(A1)"},
		{in: "拡大抑止", want: "拡大抑止"},
		{in: "a=b", want: "a=b"},
		{in: "'quoted", want: "'quoted"},
		{in: "", want: ""},
	} {
		if got := SafeCell(tc.in); got != tc.want {
			t.Errorf("SafeCell(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if back := UnsafeCell(SafeCell(tc.in)); back != tc.in {
			t.Errorf("UnsafeCell(SafeCell(%q)) = %q", tc.in, back)
		}
	}
}

func TestRoundTrip(t *testing.T) {
	g := exptest.Sample(t)
	for _, tc := range []struct {
		name  string
		write func(*bytes.Buffer, *glossary.Glossary, exports.Options) (*exports.Report, error)
		bom   bool
	}{
		{name: "csv", write: func(b *bytes.Buffer, g *glossary.Glossary, o exports.Options) (*exports.Report, error) {
			return WriteCSV(b, g, o)
		}},
		{name: "csv with BOM", bom: true, write: func(b *bytes.Buffer, g *glossary.Glossary, o exports.Options) (*exports.Report, error) {
			return WriteCSV(b, g, o)
		}},
		{name: "tsv", write: func(b *bytes.Buffer, g *glossary.Glossary, o exports.Options) (*exports.Report, error) {
			return WriteTSV(b, g, o)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := exptest.All(exptest.Options())
			o.BOM = tc.bom
			var b bytes.Buffer
			if _, err := tc.write(&b, g, o); err != nil {
				t.Fatal(err)
			}
			back, err := Read(&b, "x.csv", ReadOptions{Known: []string{"ja", "en"}})
			if err != nil {
				t.Fatal(err)
			}
			exptest.Same(t, back, exptest.Strip(g, "term.pos"))
		})
	}
}

func TestEncodings(t *testing.T) {
	text := "ja,en,ja definition\n拡大抑止,extended deterrence,米国の関与\n"
	sjis, _ := japanese.ShiftJIS.NewEncoder().String(text)
	euc, _ := japanese.EUCJP.NewEncoder().String(text)
	u16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(text)
	u16be, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().String(text)
	for _, tc := range []struct {
		name, data, enc string
	}{
		{name: "utf-8", data: text},
		{name: "utf-8 BOM", data: "\uFEFF" + text},
		{name: "shift_jis detected", data: sjis},
		{name: "shift_jis named", data: sjis, enc: "cp932"},
		{name: "utf-16le BOM", data: u16},
		{name: "utf-16be BOM", data: u16be},
		{name: "euc-jp named", data: euc, enc: "euc-jp"},
		{name: "semicolons", data: strings.ReplaceAll(text, ",", ";")},
		{name: "crlf", data: strings.ReplaceAll(text, "\n", "\r\n")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := Read(strings.NewReader(tc.data), "x.csv", ReadOptions{Encoding: tc.enc, Known: []string{"ja", "en"}})
			if err != nil {
				t.Fatal(err)
			}
			c := g.Concepts[0]
			if c.Terms["ja"][0].Text != "拡大抑止" || c.Terms["en"][0].Text != "extended deterrence" || c.Definition["ja"] != "米国の関与" {
				t.Errorf("read %+v", c)
			}
		})
	}
}

func TestHeaders(t *testing.T) {
	for _, tc := range []struct {
		name, data string
		check      func(*glossary.Glossary) bool
	}{
		{name: "trados language names", data: "Japanese,English,Definition\n反撃能力,counterstrike capabilities,x\n",
			check: func(g *glossary.Glossary) bool { return g.Concepts[0].Definition["ja"] == "x" }},
		{name: "crowdin scheme", data: "term_ja,description_ja,term_en\n反撃能力,d,counterstrike capabilities\n",
			check: func(g *glossary.Glossary) bool { return g.Concepts[0].Definition["ja"] == "d" }},
		{name: "phrase booleans", data: "ja,en,en forbidden\n反撃能力,strike-back,WAHR\n",
			check: func(g *glossary.Glossary) bool { return g.Concepts[0].Terms["en"][0].Status == glossary.Forbidden }},
		{name: "region tags", data: "ja-JP,en_US\n反撃能力,counterstrike\n",
			check: func(g *glossary.Glossary) bool { return strings.Join(g.Languages, ",") == "ja,en" }},
		{name: "memoq alternatives", data: "ja\ten\n反撃能力\tcounterstrike capabilities;counterstrike capability\n",
			check: func(g *glossary.Glossary) bool { return len(g.Concepts[0].Terms["en"]) == 2 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := Read(strings.NewReader(tc.data), "x.csv", ReadOptions{Known: []string{"ja", "en"}})
			if err != nil {
				t.Fatal(err)
			}
			if !tc.check(g) {
				t.Errorf("read %s", glossary.Format(g))
			}
		})
	}
}

func TestPairs(t *testing.T) {
	g := exptest.Sample(t)
	var b bytes.Buffer
	if _, err := WriteOmegaT(&b, g, exptest.Options()); err != nil {
		t.Fatal(err)
	}
	back, err := Read(&b, "x.utf8", ReadOptions{Pairs: true, Source: "ja", Target: "en"})
	if err != nil {
		t.Fatal(err)
	}
	en := back.Concepts[0].Terms["en"]
	if len(en) != 2 || en[1].Text != "expanded deterrence" || en[1].Status != glossary.Forbidden {
		t.Errorf("en terms of the first concept: %s", glossary.Format(back))
	}
}

func TestDeepLRefuses(t *testing.T) {
	for _, tc := range []struct {
		name, yaml, want string
	}{
		{name: "duplicate source", want: "also translated as",
			yaml: "  - {id: a, status: approved, terms: {ja: [抑止], en: [deterrence]}}\n  - {id: b, status: approved, terms: {ja: [抑止], en: [deterrent]}}\n"},
		{name: "too long", want: "DeepL takes at most 1024",
			yaml: "  - {id: a, status: approved, terms: {ja: [" + strings.Repeat("長", 400) + "], en: [x]}}\n"},
		{name: "empty", want: "no entries", yaml: "  - {id: a, status: proposed, terms: {ja: [抑止], en: [deterrence]}}\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := glossary.Parse([]byte("gloss: 1\nlanguages: [ja, en]\nconcepts:\n"+tc.yaml), "g.yaml")
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			_, err = WriteDeepL(&b, g, exports.Options{})
			var re *RefusedError
			if !errors.As(err, &re) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want a refusal with %q", err, tc.want)
			}
			if b.Len() != 0 {
				t.Error("something was written")
			}
		})
	}
	if msg := deeplCheck("a\u0085b"); msg == "" {
		t.Error("C1 control accepted")
	}
}

func TestBadInput(t *testing.T) {
	for _, tc := range []struct {
		name, data, want string
		pairs            bool
		kind             error
	}{
		{name: "unknown column", data: "ja,en,colour\nx,y,z\n", want: "x.csv:1:3: unknown column \"colour\""},
		{name: "renamed xlsx", data: "PK\x03\x04\x14\x00", want: "zip file"},
		{name: "bad quote", data: "ja,en\n\"x,y\n", want: "x.csv:2:"},
		{name: "bad status", data: "ja,ja status\nx,maybe\n", want: "x.csv:2:2: unknown term status"},
		{name: "utf-16 without BOM", data: "j\x00a\x00,\x00e\x00n\x00\n\x00", want: "UTF-16 without a byte-order mark"},
		{name: "no language", data: "id,note\na,b\n", want: "no term column"},
		{name: "empty", data: "", want: "the file is empty"},
		{name: "stray cell", data: "ja,en\nx,y,z\n", want: "x.csv:2:3: a cell beyond"},
		{name: "bad utf-8 named", data: "ja\n\xff\n", want: "not valid UTF-8"},
		{name: "utf-8 with one shift_jis line", data: "ja,en\n拡大抑止,extended deterrence\n統合抑止,integrated deterrence\n\x94\xbd\x8c\x82\x94\\\x97\xcd,counterstrike\n",
			want: "x.csv:4:1: invalid UTF-8 byte 0x94: the file mixes UTF-8 with another encoding", kind: gloss.ErrNotUTF8},
		{name: "BOM then invalid utf-8", data: "\uFEFFja,en\n\xff,x\n", want: "x.csv:2:1: invalid UTF-8", kind: gloss.ErrNotUTF8},
		{name: "NUL in a term", data: "ja,en\n拡大\x00抑止,extended deterrence\n", want: "x.csv:2:3: a NUL byte", kind: gloss.ErrBinary},
		{name: "bell in a term", data: "ja,en\n拡大抑止,extended\adeterrence\n", want: "x.csv:2:14: the control character U+0007", kind: gloss.ErrBinary},
		{name: "omegat without a tab", pairs: true, data: "# glossary\n拡大抑止 extended deterrence\n統合抑止 integrated deterrence\n", want: "x.csv:2:1: no line of the file is tab-separated"},
		{name: "omegat empty", pairs: true, data: "# only a comment\n\n", want: "the file has no pairs"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			enc := ""
			if tc.name == "bad utf-8 named" {
				enc = "utf-8"
			}
			_, err := Read(strings.NewReader(tc.data), "x.csv", ReadOptions{Encoding: enc, Known: []string{"ja", "en"}, Pairs: tc.pairs, Source: "ja", Target: "en"})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want %q", err, tc.want)
			}
			if tc.kind != nil && !errors.Is(err, tc.kind) {
				t.Errorf("error %v is not %v", err, tc.kind)
			}
		})
	}
}

func FuzzRead(f *testing.F) {
	for _, name := range []string{"golden/sample.csv", "golden/sample.tsv"} {
		if data, err := os.ReadFile(filepath.Join(exptest.Root(), name)); err == nil {
			f.Add(data, false)
		}
	}
	if data, err := os.ReadFile(filepath.Join(exptest.Root(), "golden", "sample.omegat.utf8")); err == nil {
		f.Add(data, true)
	}
	f.Add([]byte("ja;en\n\x82\xa0;x\n"), false)
	f.Fuzz(func(t *testing.T, data []byte, pairs bool) {
		g, err := Read(bytes.NewReader(data), "f.csv", ReadOptions{Pairs: pairs, Source: "ja", Target: "en", Known: []string{"ja", "en"}})
		if err == nil && g == nil {
			t.Fatal("nil glossary without an error")
		}
	})
}
