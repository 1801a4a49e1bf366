package tm

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestXLIFFMarkup(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{name: "no codes", in: "拡大抑止を&amp;強化", want: ""},
		{name: "1.2 g and x", in: `<g id="1">拡大抑止</g>を強化<x id="2"/>する`,
			want: `<bpt i="1" x="1">&lt;g id=&#34;1&#34;&gt;</bpt>拡大抑止<ept i="1">&lt;/g&gt;</ept>を強化<ph x="2">&lt;x id=&#34;2&#34;/&gt;</ph>する`},
		{name: "1.2 bx ex and ph", in: `<bx id="3" rid="r1"/>同盟<ex id="4" rid="r1"/><ph id="5">&lt;br/&gt;</ph>`,
			want: `<bpt i="1" x="3">&lt;bx id=&#34;3&#34; rid=&#34;r1&#34;/&gt;</bpt>同盟<ept i="1">&lt;ex id=&#34;4&#34; rid=&#34;r1&#34;/&gt;</ept><ph x="5">&lt;br/&gt;</ph>`},
		{name: "1.2 bx without its ex", in: `<bx id="3"/>同盟`, want: `<it pos="begin" x="3">&lt;bx id=&#34;3&#34;/&gt;</it>同盟`},
		{name: "1.2 bx ex without rid", in: `<bx id="3"/>同盟<ex id="4"/>`, want: `<bpt i="1" x="3">&lt;bx id=&#34;3&#34;/&gt;</bpt>同盟<ept i="1">&lt;ex id=&#34;4&#34;/&gt;</ept>`},
		{name: "2.x pc ph sc ec", in: `<pc id="1" dataRefStart="d1">抑止</pc><ph id="2" dataRef="d2"/><sc id="3"/>力<ec startRef="3"/><mrk id="m1" type="term">同盟</mrk>`,
			want: `<bpt i="1" x="1">&lt;pc id=&#34;1&#34; dataRefStart=&#34;d1&#34;&gt;</bpt>抑止<ept i="1">&lt;/pc&gt;</ept><ph x="2">&lt;ph id=&#34;2&#34; dataRef=&#34;d2&#34;/&gt;</ph><bpt i="2" x="3">&lt;sc id=&#34;3&#34;/&gt;</bpt>力<ept i="2">&lt;ec startRef=&#34;3&#34;/&gt;</ept>同盟`},
		{name: "2.x isolated", in: `<ec id="9" isolated="yes"/>end`, want: `<it pos="end" x="9">&lt;ec id=&#34;9&#34; isolated=&#34;yes&#34;/&gt;</it>end`},
		{name: "not well-formed", in: `<g id="1">x`, want: ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := xliffMarkup(tc.in)
			if got != tc.want {
				t.Fatalf("got  %s\nwant %s", got, tc.want)
			}
			if got == "" {
				return
			}
			if _, ok := MarkupText(got); !ok {
				t.Fatalf("%s is not well-formed TMX markup", got)
			}
		})
	}
}

const xliff12 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file source-language="ja-JP" target-language="en-US" datatype="html" original="a.html">
  <body>
   <trans-unit id="1">
    <source><g id="1">拡大抑止</g>を強化する。<x id="2"/></source>
    <target state="translated">Strengthen <g id="1">extended deterrence</g>.<x id="2"/></target>
   </trans-unit>
   <trans-unit id="2">
    <source><bx id="3"/>日米同盟<ex id="4"/>の<ph id="5">&lt;br/&gt;</ph>中核</source>
    <target state="translated"><bx id="3"/>The core<ex id="4"/> of the Alliance</target>
   </trans-unit>
   <trans-unit id="3">
    <source>抑止力</source>
    <target state="translated">deterrence</target>
   </trans-unit>
  </body>
 </file>
</xliff>
`

const xliff20 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en-US" trgLang="ja-JP">
 <file id="f1">
  <unit id="u1">
   <segment state="translated">
    <source><pc id="1">Integrated deterrence</pc> matters.<ph id="2"/></source>
    <target><pc id="1">統合抑止</pc>は重要である。<ph id="2"/></target>
   </segment>
  </unit>
  <unit id="u2">
   <segment state="translated">
    <source><sc id="3"/>Allies<ec startRef="3"/> and partners</source>
    <target><sc id="3"/>同盟国<ec startRef="3"/>とパートナー</target>
   </segment>
  </unit>
 </file>
</xliff>
`

// TestAddXLIFFInlineCodes adds XLIFF 1.2 and 2.0 files with inline codes: the units keep
// them as TMX markup, export writes them, and clean sees a missing one.
func TestAddXLIFFInlineCodes(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	m := newMemory(t, dir)
	for name, data := range map[string]string{"a.xlf": xliff12, "b.xlf": xliff20} {
		path := filepath.Join(dir, name)
		os.WriteFile(path, []byte(data), 0o644)
		if res, err := m.AddFile(ctx, path); err != nil || res.Added == 0 {
			t.Fatalf("%s: %v %+v", name, err, res)
		}
	}
	byID := map[string]*Unit{}
	m.Store.Scan(ctx, func(u *Unit) bool { byID[filepath.Base(u.Origin)+":"+u.OriginID] = u; return true })
	for key, want := range map[string][2]string{
		"a.xlf:1":  {`<bpt i="1" x="1">&lt;g id=&#34;1&#34;&gt;</bpt>拡大抑止<ept i="1">&lt;/g&gt;</ept>を強化する。<ph x="2">&lt;x id=&#34;2&#34;/&gt;</ph>`, `Strengthen <bpt i="1" x="1">&lt;g id=&#34;1&#34;&gt;</bpt>extended deterrence<ept i="1">&lt;/g&gt;</ept>.<ph x="2">&lt;x id=&#34;2&#34;/&gt;</ph>`},
		"a.xlf:3":  {"", ""},
		"b.xlf:u1": {`<bpt i="1" x="1">&lt;pc id=&#34;1&#34;&gt;</bpt>統合抑止<ept i="1">&lt;/pc&gt;</ept>は重要である。<ph x="2">&lt;ph id=&#34;2&#34;/&gt;</ph>`, `<bpt i="1" x="1">&lt;pc id=&#34;1&#34;&gt;</bpt>Integrated deterrence<ept i="1">&lt;/pc&gt;</ept> matters.<ph x="2">&lt;ph id=&#34;2&#34;/&gt;</ph>`},
		"b.xlf:u2": {`<bpt i="1" x="3">&lt;sc id=&#34;3&#34;/&gt;</bpt>同盟国<ept i="1">&lt;ec startRef=&#34;3&#34;/&gt;</ept>とパートナー`, `<bpt i="1" x="3">&lt;sc id=&#34;3&#34;/&gt;</bpt>Allies<ept i="1">&lt;ec startRef=&#34;3&#34;/&gt;</ept> and partners`},
	} {
		u := byID[key]
		if u == nil {
			t.Fatalf("no unit %s in %v", key, byID)
		}
		if u.JAMarkup != want[0] || u.ENMarkup != want[1] {
			t.Errorf("%s: markup\n%s\n%s\nwant\n%s\n%s", key, u.JAMarkup, u.ENMarkup, want[0], want[1])
		}
	}
	var b strings.Builder
	if _, err := m.ExportTMX(ctx, &b, Filter{}, "test", time.Now()); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<seg><bpt i="1" x="1">&lt;g id=&#34;1&#34;&gt;</bpt>拡大抑止<ept i="1">`, `<ph x="5">&lt;br/&gt;</ph>`, `&lt;ec startRef=&#34;3&#34;/&gt;</ept>`} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("the export has no %s:\n%s", want, b.String())
		}
	}
	// unit 2 of a.xlf lost its ph in the translation
	if p := tagProblem(byID["a.xlf:2"]); !strings.Contains(p, "ph:x=5 ×1 in ja, ×0 in en") {
		t.Errorf("tag problem %q, want the ph missing in English", p)
	}
	for _, key := range []string{"a.xlf:1", "b.xlf:u1", "b.xlf:u2"} {
		if p := tagProblem(byID[key]); p != "" {
			t.Errorf("%s: tag problem %q, want none", key, p)
		}
	}
}
