package tbx

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/exports/internal/exptest"
	"github.com/glossterm/gloss/glossary"
)

func TestGolden(t *testing.T) {
	g := exptest.Sample(t)
	for _, tc := range []struct {
		name    string
		version Version
		golden  string
	}{
		{name: "v2", version: V2, golden: "sample.tbx"},
		{name: "v3", version: V3, golden: "sample.tbx3.tbx"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			rep, err := Write(&b, g, tc.version, exptest.Options())
			if err != nil {
				t.Fatal(err)
			}
			if rep.Written != 3 {
				t.Errorf("wrote %d concepts, want the 3 approved ones", rep.Written)
			}
			exptest.Golden(t, tc.golden, b.Bytes())
		})
	}
}

func TestRoundTrip(t *testing.T) {
	g := exptest.Sample(t)
	for _, v := range []Version{V2, V3} {
		var b bytes.Buffer
		if _, err := Write(&b, g, v, exptest.All(exptest.Options())); err != nil {
			t.Fatal(err)
		}
		back, err := Read(&b, "x.tbx", []string{"ja", "en"})
		if err != nil {
			t.Fatal(err)
		}
		exptest.Same(t, back, exptest.Strip(g))
	}
}

func TestRegionLocale(t *testing.T) {
	g := exptest.Sample(t)
	o := exptest.Options()
	o.Locale = "region"
	var b bytes.Buffer
	if _, err := Write(&b, g, V2, o); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<martif type="TBX-Basic" xml:lang="ja-JP">`, `<langSet xml:lang="en-US">`} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("missing %s", want)
		}
	}
	back, err := Read(&b, "x.tbx", []string{"ja", "en"})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(back.Languages, ","); got != "ja,en" {
		t.Errorf("languages %s, want ja-JP and en-US mapped back onto ja,en", got)
	}
}

func TestBadInput(t *testing.T) {
	for _, tc := range []struct {
		name, input, want string
	}{
		{name: "not well formed", input: "<martif><text><body><termEntry id=\"a\"><langSet xml:lang=\"en\"><tig><term>x</tig>", want: "x.tbx:1:"},
		{name: "truncated", input: "<martif><text><body><termEntry id=\"a\"><langSet xml:lang=\"en\">", want: "unexpected end of file"},
		{name: "no xml:lang", input: "<martif>\n<text><body><termEntry id=\"a\">\n  <langSet><tig><term>x</term></tig></langSet></termEntry></body></text></martif>", want: "x.tbx:3:3: <langSet> has no xml:lang"},
		{name: "not tbx", input: "<html></html>", want: "root element <html> is not TBX"},
		{name: "empty", input: "", want: "no <martif> or <tbx> root"},
		{name: "entity bomb", input: billionLaughs, want: "internal subset"},
		{name: "undeclared entity", input: "<martif><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>&lol9;</term></tig></langSet></termEntry></body></text></martif>", want: "not well-formed XML"},
		{name: "bad status", input: "<martif><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>a</term><termNote type=\"administrativeStatus\">maybe</termNote></tig></langSet></termEntry></body></text></martif>", want: "unknown administrativeStatus \"maybe\""},
		{name: "latin-1", input: "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><martif/>", want: "save the file as UTF-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tc.input), "x.tbx", nil)
			if err == nil {
				t.Fatal("no error")
			}
			var pe *exports.Error
			if !errors.As(err, &pe) {
				t.Errorf("error %T is not an *exports.Error", err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not contain %q", err, tc.want)
			}
		})
	}
}

// billionLaughs is the classic entity-expansion bomb. encoding/xml does not expand custom
// entities at all; the reader refuses the internal subset before any could be used.
const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE martif [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&lol9;</term></tig></langSet></termEntry></body></text></martif>`

func TestReadForeign(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(exptest.Root(), "foreign.tbx"))
	if err != nil {
		t.Fatal(err)
	}
	g, err := Read(bytes.NewReader(data), "foreign.tbx", []string{"ja", "en"})
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Concepts) != 1 {
		t.Fatalf("%d concepts, want 1", len(g.Concepts))
	}
	c := g.Concepts[0]
	if got := c.Terms["ja"][1].Status; got != "forbidden" {
		t.Errorf("敵基地攻撃能力 status %q, want forbidden (deprecatedTerm-admn-sts)", got)
	}
	if c.Subject != "defense policy" || c.Terms["en"][0].PartOfSpeech != "noun" {
		t.Errorf("subject %q, pos %q", c.Subject, c.Terms["en"][0].PartOfSpeech)
	}
	if c.Definition["en"] != "The capability to strike back." || len(c.Sources) != 1 || c.Sources[0].Doc != "NSS 2022" {
		t.Errorf("definition %q, sources %v", c.Definition["en"], c.Sources)
	}
}

func FuzzRead(f *testing.F) {
	for _, name := range []string{"golden/sample.tbx", "golden/sample.tbx3.tbx", "foreign.tbx"} {
		if data, err := os.ReadFile(filepath.Join(exptest.Root(), name)); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(billionLaughs))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := Read(bytes.NewReader(data), "f.tbx", []string{"ja", "en"})
		if err == nil && g == nil {
			t.Fatal("nil glossary without an error")
		}
	})
}

// TestReadWarnNamespace: a root in a namespace TBX does not use is read, with a warning at
// the root; TBX's own namespaces give none.
func TestReadWarnNamespace(t *testing.T) {
	const body = `><text><body><conceptEntry id="a"><langSec xml:lang="en"><termSec><term>x</term></termSec></langSec></conceptEntry></body></text>`
	for _, tc := range []struct {
		name, root string
		warn       string
	}{
		{name: "v3", root: `<tbx xmlns="urn:iso:std:iso:30042:ed-2"` + body + `</tbx>`},
		{name: "v2", root: `<martif type="TBX-Basic"` + strings.ReplaceAll(strings.ReplaceAll(body, "conceptEntry", "termEntry"), "langSec", "langSet") + `</martif>`},
		{name: "v3 in another namespace", root: `<tbx xmlns="urn:example:x"` + body + `</tbx>`, warn: "w.tbx:1:1: <tbx> is in the namespace urn:example:x"},
		{name: "v3 without a namespace", root: `<tbx` + body + `</tbx>`, warn: "<tbx> is in no namespace"},
		{name: "v2 in a namespace", root: `<martif xmlns="urn:example:x"` + strings.ReplaceAll(body, "conceptEntry", "termEntry") + `</martif>`, warn: "not none, as TBX v2 has"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, warns, err := ReadWarn(strings.NewReader(tc.root), "w.tbx", []string{"en"})
			if err != nil || len(g.Concepts) != 1 {
				t.Fatalf("ReadWarn = %v, %v", g, err)
			}
			switch {
			case tc.warn == "" && len(warns) > 0:
				t.Errorf("warnings %v, want none", warns)
			case tc.warn != "" && (len(warns) != 1 || !strings.Contains(warns[0].Error(), tc.warn)):
				t.Errorf("warnings %v, want %q", warns, tc.warn)
			}
		})
	}
}

// TestShortForms writes a term's short forms as termType shortForm terms and reads them
// back onto the term; a glossary without short forms writes no termType.
func TestShortForms(t *testing.T) {
	const src = "gloss: 1\nlanguages: [ja, en]\nconcepts:\n  - id: a\n    status: approved\n    terms:\n      ja: [日米同盟]\n      en:\n        - {term: Japan-U.S. Alliance, status: preferred, short: [the Alliance]}\n        - {term: U.S.-Japan Alliance, status: admitted}\n"
	g, err := glossary.Parse([]byte(src), "a.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []Version{V2, V3} {
		var b bytes.Buffer
		if _, err := Write(&b, g, v, exports.Options{}); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), `<term>the Alliance</term>`+"\n"+`            <termNote type="termType">shortForm</termNote>`) {
			t.Errorf("v%d: no shortForm term:\n%s", v, b.String())
		}
		back, err := Read(&b, "a.tbx", g.Languages)
		if err != nil {
			t.Fatal(err)
		}
		if len(back.Concepts) != 1 {
			t.Fatalf("v%d: read back %d concepts", v, len(back.Concepts))
		}
		en := back.Concepts[0].Terms["en"]
		if len(en) != 2 || len(en[0].Short) != 1 || en[0].Short[0] != "the Alliance" || len(en[1].Short) != 0 {
			t.Errorf("v%d: read back %+v %+v", v, en[0], en[1])
		}
	}
}
