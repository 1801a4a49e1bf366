package tmx

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/glossterm/gloss"
	"github.com/glossterm/gloss/exports/internal/exptest"
)

func TestGolden(t *testing.T) {
	var b bytes.Buffer
	rep, err := Write(&b, exptest.Sample(t), exptest.Options())
	if err != nil {
		t.Fatal(err)
	}
	exptest.Golden(t, "sample.tmx", b.Bytes())
	if rep.Dropped["deprecated and forbidden terms"] != 2 {
		t.Errorf("report %v: want the forbidden and the deprecated term counted", rep.Lines())
	}
}

// TestRules checks the TMX 1.4 rules CAT tools depend on, on the written file.
func TestRules(t *testing.T) {
	var b bytes.Buffer
	if _, err := Write(&b, exptest.Sample(t), exptest.Options()); err != nil {
		t.Fatal(err)
	}
	if bytes.HasPrefix(b.Bytes(), []byte("\xef\xbb\xbf")) {
		t.Error("a BOM was written")
	}
	rd, err := NewReader(bytes.NewReader(b.Bytes()), "x.tmx")
	if err != nil {
		t.Fatal(err)
	}
	h := rd.Header()
	if h.Version != "1.4" {
		t.Errorf("version %q", h.Version)
	}
	for _, a := range []string{"creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype"} {
		if h.Attrs[a] == "" {
			t.Errorf("header lacks %s", a)
		}
	}
	if h.SegType != "phrase" || h.SrcLang != "ja-JP" {
		t.Errorf("segtype %q srclang %q", h.SegType, h.SrcLang)
	}
	if !regexp.MustCompile(`^\d{8}T\d{6}Z$`).MatchString(h.CreationDate) {
		t.Errorf("creationdate %q is not 16-character UTC", h.CreationDate)
	}
	ids := map[string]bool{}
	n := 0
	for {
		tu, err := rd.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		n++
		if ids[tu.ID] {
			t.Errorf("tuid %q twice", tu.ID)
		}
		ids[tu.ID] = true
		if len(tu.TUVs) != 2 || tu.TUVs[0].Lang != h.SrcLang || tu.TUVs[1].Lang != "en-US" {
			t.Errorf("tu %s: tuvs %+v; want the source (string-equal to srclang) first, then en-US", tu.ID, tu.TUVs)
		}
	}
	// extended-deterrence: 1; counterstrike: 1 (the deprecated ja term is left out); formula: 2
	if n != 4 {
		t.Errorf("%d units, want 4", n)
	}
}

func TestPositions(t *testing.T) {
	in := "<tmx version=\"1.4\"><header srclang=\"en\"/><body>\n  <tu tuid=\"a\">\n    <tuv xml:lang=\"en\"><seg>one <ph x=\"1\">&lt;b/&gt;</ph><hi>two</hi></seg></tuv>\n  </tu>\n</body></tmx>"
	rd, err := NewReader(strings.NewReader(in), "p.tmx")
	if err != nil {
		t.Fatal(err)
	}
	tu, err := rd.Next()
	if err != nil {
		t.Fatal(err)
	}
	v := tu.TUVs[0]
	if tu.Line != 2 || tu.Col != 3 || v.Line != 3 || v.Col != 5 || v.SegLine != 3 || v.SegCol != 29 {
		t.Errorf("tu at %d:%d, tuv at %d:%d, seg text at %d:%d", tu.Line, tu.Col, v.Line, v.Col, v.SegLine, v.SegCol)
	}
	if in[v.SegOffset:v.SegOffset+3] != "one" {
		t.Errorf("seg offset %d points at %q", v.SegOffset, in[v.SegOffset:])
	}
	if v.Text != "one two" {
		t.Errorf("text %q: want inline code content left out", v.Text)
	}
	if _, err := rd.Next(); err != io.EOF {
		t.Errorf("after the last unit: %v", err)
	}
}

// TestSegAnchors checks that every word of a segment maps back to its bytes in the file,
// across entities, character references, CDATA, CR LF, inline codes and units far enough
// apart that the reader has forgotten the bytes of the earlier ones.
func TestSegAnchors(t *testing.T) {
	filler := strings.Repeat("<tu><tuv xml:lang=\"en\"><seg>filler text</seg></tuv></tu>\n", 3000)
	in := "<tmx version=\"1.4\"><header srclang=\"ja\"/><body>\n" + filler +
		"<tu tuid=\"x\"><tuv xml:lang=\"ja\"><seg>拡大&amp;抑止 &#x62D;&#25126; <![CDATA[<統合>]]>抑止</seg></tuv>\r\n" +
		"<tuv xml:lang=\"en\"><seg>A <bpt i=\"1\">&lt;b&gt;</bpt>model<ept i=\"1\">&lt;/b&gt;</ept> ally\r\nand x&lt;y <hi>extended</hi> deterrence</seg></tuv></tu>\n</body></tmx>"
	rd, err := NewReader(strings.NewReader(in), "a.tmx")
	if err != nil {
		t.Fatal(err)
	}
	var tu *TU
	for {
		u, err := rd.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		tu = u
	}
	if tu == nil || tu.ID != "x" {
		t.Fatalf("last unit %+v", tu)
	}
	tests := []struct {
		name string
		tuv  int
		word string
		file string // the bytes the word stands for in the file
		last bool   // the word's last occurrence, not its first
	}{
		{name: "before an entity", tuv: 0, word: "拡大", file: "拡大"},
		{name: "after an entity", tuv: 0, word: "抑止 ", file: "抑止 "},
		{name: "a character reference", tuv: 0, word: "戦", file: "&#25126;"},
		{name: "inside CDATA", tuv: 0, word: "<統合>", file: "<統合>"},
		{name: "after CDATA", tuv: 0, word: "抑止", file: "抑止</seg>", last: true},
		{name: "after a left-out code", tuv: 1, word: "model", file: "model"},
		{name: "after CR LF", tuv: 1, word: "and", file: "and"},
		{name: "after &lt;", tuv: 1, word: "y ", file: "y <hi>"},
		{name: "inside hi", tuv: 1, word: "extended", file: "extended"},
		{name: "after hi", tuv: 1, word: "deterrence", file: "deterrence"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			seg := tu.TUVs[tc.tuv].Seg
			if seg.Value != tu.TUVs[tc.tuv].Text {
				t.Fatalf("Seg.Value %q, Text %q", seg.Value, tu.TUVs[tc.tuv].Text)
			}
			i := strings.Index(seg.Value, tc.word)
			if i < 0 {
				t.Fatalf("%q not in %q", tc.word, seg.Value)
			}
			if tc.last {
				i = strings.LastIndex(seg.Value, tc.word)
			}
			start := seg.FileOffset(i)
			end := min(start+len(tc.file), len(in))
			if got := in[start:end]; got != tc.file {
				t.Errorf("%q maps to %q, want %q", tc.word, got, tc.file)
			}
		})
	}
}

func TestRead(t *testing.T) {
	var b bytes.Buffer
	g := exptest.Sample(t)
	if _, err := Write(&b, g, exptest.Options()); err != nil {
		t.Fatal(err)
	}
	back, err := Read(&b, "x.tmx", []string{"ja", "en"})
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Concepts) != 3 {
		t.Fatalf("%d concepts, want 3", len(back.Concepts))
	}
	c := back.Concepts[2]
	if c.ID != "formula-injection" || len(c.Terms["ja"]) != 2 || c.Terms["ja"][1].Status != "admitted" || c.Subject != `=HYPERLINK("x")` {
		t.Errorf("concept %s: subject %q, ja terms %d", c.ID, c.Subject, len(c.Terms["ja"]))
	}
	if d := back.Concepts[0].Definition["en"]; !strings.HasPrefix(d, "The commitment") {
		t.Errorf("definition %q", d)
	}
}

func TestBadInput(t *testing.T) {
	for _, tc := range []struct{ name, input, want string }{
		{name: "tuv without xml:lang", input: "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu>\n<tuv><seg>x</seg></tuv></tu></body></tmx>", want: "x.tmx:2:1: <tuv> has no xml:lang"},
		{name: "truncated", input: "<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"en\"><seg>x", want: "unexpected end of file"},
		{name: "not well formed", input: "<tmx version=\"1.4\"><header/><body><tu></tuv></body></tmx>", want: "not well-formed XML"},
		{name: "not tmx", input: "<martif/>", want: "root element <martif> is not TMX"},
		{name: "entity bomb", input: "<!DOCTYPE tmx [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><tmx><header/><body><tu><tuv xml:lang=\"en\"><seg>&b;</seg></tuv></tu></body></tmx>", want: "internal subset"},
		{name: "bad lang", input: "<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"not a tag!\"><seg>x</seg></tuv></tu></body></tmx>", want: "is not a language tag"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tc.input), "x.tmx", nil)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want %q", err, tc.want)
			}
		})
	}
}

func FuzzRead(f *testing.F) {
	if data, err := os.ReadFile(filepath.Join(exptest.Root(), "golden", "sample.tmx")); err == nil {
		f.Add(data)
	}
	f.Add([]byte("<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv lang=\"EN\"><seg>a<bpt i=\"1\">x</bpt></seg></tuv></tu></body></tmx>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := Read(bytes.NewReader(data), "f.tmx", []string{"ja", "en"})
		if err == nil && g == nil {
			t.Fatal("nil glossary without an error")
		}
	})
}

// TestStreamReader reads units as NewReader does, with no limit on the file, and refuses a
// unit larger than its limit (MaxUnit, here 1 MiB) with its position, having read the
// units before it.
func TestStreamReader(t *testing.T) {
	var b strings.Builder
	b.WriteString("<tmx version=\"1.4\">\n<header srclang=\"ja-JP\"/>\n<body>\n")
	for i := 0; i < 3; i++ {
		b.WriteString("<tu tuid=\"" + string(rune('a'+i)) + "\"><tuv xml:lang=\"ja-JP\"><seg>抑止</seg></tuv><tuv xml:lang=\"en-US\"><seg>deterrence</seg></tuv></tu>\n")
	}
	b.WriteString("<tu tuid=\"big\"><tuv xml:lang=\"en-US\"><seg>")
	b.WriteString(strings.Repeat("deterrence ", 1<<20/10))
	b.WriteString("</seg></tuv></tu>\n</body>\n</tmx>\n")
	rd, err := newStreamReader(strings.NewReader(b.String()), "big.tmx", 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for {
		tu, err := rd.Next()
		if err != nil {
			if !errors.Is(err, gloss.ErrTooLarge) || !strings.Contains(err.Error(), "big.tmx:7:") || !strings.Contains(err.Error(), "a <tu> (or what precedes the first) is larger than 1 MiB") {
				t.Fatalf("error %v, want the <tu> of line 7 too large", err)
			}
			break
		}
		ids = append(ids, tu.ID)
		if tu.TUVs[1].Text != "deterrence" {
			t.Fatalf("unit %s: %+v", tu.ID, tu.TUVs)
		}
	}
	if strings.Join(ids, ",") != "a,b,c" {
		t.Fatalf("units %v before the error, want a, b, c", ids)
	}
}
