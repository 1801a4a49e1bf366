package lint

import (
	"errors"
	"strings"
	"testing"

	"github.com/glossterm/gloss"
)

// tmxFile builds a TMX whose header says srclang and whose units are the given tuvs,
// each "lang=text".
func tmxFile(srclang string, units ...[]string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n<tmx version=\"1.4\">\n")
	b.WriteString(`<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="` + srclang + `" datatype="PlainText"/>` + "\n<body>\n")
	for _, u := range units {
		b.WriteString("<tu>\n")
		for _, v := range u {
			lang, text, _ := strings.Cut(v, "=")
			b.WriteString(`<tuv xml:lang="` + lang + `"><seg>` + text + "</seg></tuv>\n")
		}
		b.WriteString("</tu>\n")
	}
	b.WriteString("</body>\n</tmx>\n")
	return b.String()
}

func TestReadTMXDirection(t *testing.T) {
	ja, en := "ja=日米は拡大抑止を強化する。", "en=They strengthen extended deterrence."
	tests := []struct {
		name       string
		file       string
		opt        ReadOptions
		src, tgt   string
		why        string // a part of Doc.Direction
		sourceText string // the first segment's source
	}{
		{
			// translate-toolkit's po2tmx writes srclang="en" even with --source-language=ja.
			name: "po2tmx header outvoted by the glossary and the tuv order",
			file: tmxFile("en", []string{ja, en}),
			opt:  ReadOptions{Langs: []string{"ja", "en"}},
			src:  "ja", tgt: "en", why: `the header says srclang="en"`, sourceText: "日米",
		},
		{
			name: "an English-to-Japanese memory keeps its direction against the glossary",
			file: tmxFile("en-US", []string{"en-US=Extended deterrence matters.", "ja-JP=拡大抑止が重要だ。"}),
			opt:  ReadOptions{Langs: []string{"ja", "en"}},
			src:  "en", tgt: "ja", why: "the order of the <tuv>s and the header's srclang", sourceText: "Extended",
		},
		{
			name: "all three agree",
			file: tmxFile("ja", []string{ja, en}),
			opt:  ReadOptions{Langs: []string{"ja", "en"}},
			src:  "ja", tgt: "en", why: "the glossary's languages, the order of the <tuv>s and the header's srclang", sourceText: "日米",
		},
		{
			name: "no glossary languages: the tuv order and the header",
			file: tmxFile("*all*", []string{en, ja}),
			src:  "en", tgt: "ja", why: "from the order of the <tuv>s", sourceText: "They",
		},
		{
			name: "a tie goes to the glossary",
			file: tmxFile("*all*", []string{en, ja}),
			opt:  ReadOptions{Langs: []string{"ja", "en"}},
			src:  "ja", tgt: "en", why: "from the glossary's languages", sourceText: "日米",
		},
		{
			name: "--source wins",
			file: tmxFile("ja", []string{ja, en}),
			opt:  ReadOptions{Source: "en", Langs: []string{"ja", "en"}},
			src:  "en", tgt: "ja", why: "from the command line", sourceText: "They",
		},
		{
			name: "most units decide the tuv order",
			file: tmxFile("", []string{en, ja}, []string{ja, en}, []string{ja, en}),
			src:  "ja", tgt: "en", why: "the order of the <tuv>s", sourceText: "日米",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := readTMX("m.tmx", []byte(tc.file), tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			if doc.SourceLang != tc.src || doc.TargetLang != tc.tgt {
				t.Errorf("checked %s → %s, want %s → %s", doc.SourceLang, doc.TargetLang, tc.src, tc.tgt)
			}
			if !strings.Contains(doc.Direction, tc.why) || !strings.HasPrefix(doc.Direction, tc.src+" → "+tc.tgt) {
				t.Errorf("Direction %q, want %s → %s and %q", doc.Direction, tc.src, tc.tgt, tc.why)
			}
			if len(doc.Segments) == 0 || !strings.HasPrefix(doc.Segments[0].Source.Value, tc.sourceText) {
				t.Errorf("segments %+v, want the first source to start with %q", doc.Segments, tc.sourceText)
			}
		})
	}
}

func TestReadTMXLabelsThatLie(t *testing.T) {
	tests := []struct {
		name string
		file string
		want string // the error's text, with its position
	}{
		{
			name: "two tuvs labelled en, one Japanese",
			file: tmxFile("en", []string{"en=日米は拡大抑止を強化する。", "en=They strengthen expanded deterrence."}),
			want: `m.tmx:6:1: the <tuv xml:lang="en"> holds Japanese text`,
		},
		{
			name: "Japanese text labelled en-US in the second tuv",
			file: tmxFile("ja", []string{"ja=日米は拡大抑止を強化する。", "en-US=日米は拡大抑止を強化する。"}),
			want: `m.tmx:7:1: the <tuv xml:lang="en-US"> holds Japanese text`,
		},
		{
			name: "two tuvs of one language",
			file: tmxFile("en", []string{"en=They strengthen deterrence.", "en-GB=They strengthen expanded deterrence."}),
			want: `m.tmx:7:1: the unit has two <tuv>s in "en-GB"`,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := readTMX("m.tmx", []byte(tc.file), ReadOptions{Langs: []string{"ja", "en"}})
			var ie *gloss.Error
			if !errors.As(err, &ie) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want a *gloss.Error with %q", err, tc.want)
			}
		})
	}
	// English quoting a Japanese term is English.
	ok := tmxFile("ja", []string{"ja=拡大抑止", "en=extended deterrence (拡大抑止, kakudai yokushi)"})
	if _, err := readTMX("m.tmx", []byte(ok), ReadOptions{}); err != nil {
		t.Errorf("English quoting Japanese: %v", err)
	}
}

func TestDirection(t *testing.T) {
	xlf := `<xliff version="1.2"><file source-language="ja-JP" target-language="en-US"><body><trans-unit id="1"><source>拡大抑止</source><target state="final">extended deterrence</target></trans-unit></body></file></xliff>`
	po := "msgid \"\"\nmsgstr \"\"\n\"Language: en\\n\"\n\nmsgid \"拡大抑止\"\nmsgstr \"extended deterrence\"\n"
	poBare := "msgid \"拡大抑止\"\nmsgstr \"extended deterrence\"\n"
	tests := []struct {
		name, file, data string
		opt              ReadOptions
		want             string
	}{
		{name: "XLIFF languages", file: "a.xlf", data: xlf, want: "ja → en, from the file's languages"},
		{name: "XLIFF with --target", file: "a.xlf", data: xlf, opt: ReadOptions{Target: "en-GB"}, want: "ja → en, the source from the file's languages, the target from the command line"},
		{name: "TSV header", file: "a.tsv", data: "id\tja\ten\n1\t拡大抑止\textended deterrence\n", want: "ja → en, from the header's language columns"},
		{name: "TSV with flags", file: "a.tsv", data: "id\tja\ten\n1\t拡大抑止\textended deterrence\n", opt: ReadOptions{Source: "en", Target: "ja"}, want: "en → ja, from the command line"},
		{name: "PO with a Language header", file: "a.po", data: po, want: "ja → en, the source from the script of the msgids, the target from the header's Language"},
		{name: "PO without", file: "a.po", data: poBare, want: "ja → en, the source from the script of the msgids, the target from the script of the msgstrs"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Read(tc.file, []byte(tc.data), tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Direction != tc.want {
				t.Errorf("Direction %q, want %q", doc.Direction, tc.want)
			}
		})
	}
	mono, _ := Read("a.md", []byte("拡大抑止"), ReadOptions{})
	if mono.Direction != "" {
		t.Errorf("a monolingual text has a direction: %q", mono.Direction)
	}
}

// TestTSVCommentLines: a line starting with # is a comment in TSV, never a segment, even
// when it holds tabs and a wrong rendering.
func TestTSVCommentLines(t *testing.T) {
	doc, err := Read("c.tsv", []byte("id\tja\ten\n# P0\t拡大抑止\texpanded deterrence\nP1\t拡大抑止\textended deterrence\n"), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Segments) != 1 || doc.Segments[0].ID != "P1" {
		t.Fatalf("segments = %+v, want P1 alone", doc.Segments)
	}
}
