package xliff

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/glossterm/gloss/exports"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name, file, data string
		want             []string // per unit: id|state|checked|source|target
	}{
		{
			name: "1.2 states, translate=no, inline codes, entities",
			file: "a.xlf",
			data: `<xliff version="1.2"><file source-language="ja" target-language="en"><body>
<trans-unit id="1"><source>拡大抑止</source><target state="translated">extended <g id="1">deterrence</g> &amp; <ph id="2">{0}</ph>more</target></trans-unit>
<trans-unit id="2"><source>a</source><target state="needs-translation">b</target></trans-unit>
<trans-unit id="3" translate="no"><source>a</source><target state="final">b</target></trans-unit>
<trans-unit id="4"><source>a</source><target>b</target><note>gloss-ignore</note></trans-unit>
<trans-unit id="5"><source>a</source></trans-unit>
</body></file></xliff>`,
			want: []string{"1|translated|true|拡大抑止|extended deterrence & more", "2|needs-translation|false|a|b", "3|final|false|a|b", "4||true|a|b", "5||false|a|"},
		},
		{
			name: "sdlxliff mrk segments and seg-defs",
			file: "a.sdlxliff",
			data: `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0"><file source-language="ja-JP" target-language="en-US"><body>
<trans-unit id="u"><source>一。二。</source><seg-source><mrk mtype="seg" mid="1">一。</mrk><mrk mtype="seg" mid="2">二。</mrk></seg-source>
<target><mrk mtype="seg" mid="1">One.</mrk><mrk mtype="seg" mid="2">Two.</mrk></target>
<sdl:seg-defs><sdl:seg id="1" conf="Translated"/><sdl:seg id="2" conf="ApprovedSignOff" locked="true"/></sdl:seg-defs></trans-unit>
</body></file></xliff>`,
			want: []string{"u#1|Translated|true|一。|One.", "u#2|ApprovedSignOff|false|二。|Two."},
		},
		{
			name: "mqxliff status and lock",
			file: "a.mqxliff",
			data: `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff"><file source-language="ja" target-language="en"><body>
<trans-unit id="1" mq:status="ManuallyConfirmed"><source>a</source><target>b</target></trans-unit>
<trans-unit id="2" mq:status="NotStarted"><source>a</source><target>b</target></trans-unit>
<trans-unit id="3" mq:status="ManuallyConfirmed" mq:locked="locked"><source>a</source><target>b</target></trans-unit>
</body></file></xliff>`,
			want: []string{"1|ManuallyConfirmed|true|a|b", "2|NotStarted|false|a|b", "3|ManuallyConfirmed|false|a|b"},
		},
		{
			name: "2.0 segments, pc kept, ph dropped, notes",
			file: "a.xliff",
			data: `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ja" trgLang="en"><file id="f">
<unit id="u1"><notes><note>gloss-ignore: dod</note></notes><segment id="s1" state="translated"><source>抑止</source><target><pc id="1">deter</pc>rence<ph id="2"/></target></segment><segment id="s2" state="initial"><source>x</source><target>y</target></segment></unit>
</file></xliff>`,
			want: []string{"u1#s1|translated|true|抑止|deterrence", "u1#s2|initial|false|x|y"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse([]byte(tt.data), tt.file)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, u := range f.Units {
				got = append(got, strings.Join([]string{u.ID, u.State, map[bool]string{true: "true", false: "false"}[u.Checked()], u.Source.Value, u.Target.Value}, "|"))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("units:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if f.SourceLang == "" || f.TargetLang == "" {
				t.Errorf("languages %q %q", f.SourceLang, f.TargetLang)
			}
		})
	}
}

// TestAnchors checks that anchors point at the text in the file.
func TestAnchors(t *testing.T) {
	data := "<xliff version=\"1.2\"><file source-language=\"ja\" target-language=\"en\"><body>\n<trans-unit id=\"1\"><source>&#x62E1;大&amp;抑止</source>\n<target>A &lt;b&gt; &#26550;\r\n<![CDATA[x<y]]> extended <g id=\"1\">deterrence</g></target></trans-unit></body></file></xliff>"
	f, err := Parse([]byte(data), "a.xlf")
	if err != nil {
		t.Fatal(err)
	}
	u := f.Units[0]
	if u.Source.Value != "拡大&抑止" || u.Target.Value != "A <b> 架\nx<y extended deterrence" {
		t.Fatalf("text %q / %q", u.Source.Value, u.Target.Value)
	}
	// The term after the entities maps to its bytes in the file.
	for _, c := range []struct {
		tx   exports.Text
		term string
	}{{u.Source, "抑止"}, {u.Target, "extended"}, {u.Target, "x<y"}} {
		i := strings.Index(c.tx.Value, c.term)
		k := 0
		for k+1 < len(c.tx.Anchors) && c.tx.Anchors[k+1].Text <= i {
			k++
		}
		a := c.tx.Anchors[k]
		off := a.File + i - a.Text
		if got := data[off : off+len(c.term)]; got != c.term {
			t.Errorf("%q maps to %q", c.term, got)
		}
	}
	for _, tx := range []exports.Text{u.Source, u.Target} {
		for k, a := range tx.Anchors {
			end := len(tx.Value)
			if k+1 < len(tx.Anchors) {
				end = tx.Anchors[k+1].Text
			}
			// Up to the next anchor, file and text agree byte for byte, except where the
			// next anchor sits after an entity.
			seg := tx.Value[a.Text:end]
			got := data[a.File:min(a.File+len(seg), len(data))]
			if !strings.HasPrefix(got, seg) && !strings.HasPrefix(seg, got[:strings.IndexAny(got+"&\r<", "&\r<")]) {
				t.Errorf("anchor %d: file has %q, text %q", k, got, seg)
			}
		}
	}
}

func TestParseErrors(t *testing.T) {
	for data, want := range map[string]string{
		"":                               "no <xliff> element",
		"<tmx/>":                         "the root element is <tmx>",
		"<xliff><file><body><trans-unit": "a.xlf:1:",
		"<xliff version=\"2.0\"><file><unit id=\"1\"><segment><source>a</source>": "truncated",
		"<!DOCTYPE x [<!ENTITY a \"b\">]><xliff/>":                                "internal subset",
	} {
		_, err := Parse([]byte(data), "a.xlf")
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Parse(%q) error = %v, want %q", data, err, want)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, name := range []string{"wrong.xlf", "wrong.sdlxliff", "wrong.mqxliff", "wrong.xliff", "official.xlf"} {
		if b, err := os.ReadFile(filepath.Join("../../testdata/lint", name)); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`<xliff version="2.0"><file><unit id="1"><segment><source>a<pc>b</pc></source><target>c</target></segment></unit></file></xliff>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		parseBoth(t, data, "f.xlf")
		x, err := Parse(data, "f.xlf")
		if err != nil {
			return
		}
		for _, u := range x.Units {
			for _, tx := range []exports.Text{u.Source, u.Target} {
				for _, a := range tx.Anchors {
					if a.File < 0 || a.File > len(data) || a.Text < 0 || a.Text > len(tx.Value) {
						t.Fatalf("anchor %+v out of range", a)
					}
				}
			}
		}
	})
}

// parseBoth parses data whole (ParseEach) and from a reader that hands over one byte at
// a time (ParseReader, the raw bytes kept by the reader or by the parser), and fails
// unless both give the same units, file and error.
func parseBoth(t *testing.T, data []byte, file string) {
	t.Helper()
	each := func(units *[]Unit) func(f *File, u *Unit) error {
		return func(f *File, u *Unit) error { *units = append(*units, *u); return nil }
	}
	var whole, streamed []Unit
	wf, werr := ParseEach(data, file, each(&whole))
	// A reader that keeps what it has read, and one that does not.
	keeps := func(off, end int) []byte { return data[off:min(end, len(data))] }
	for _, raw := range []func(off, end int) []byte{keeps, nil} {
		streamed = nil
		sf, serr := ParseReader(iotest.OneByteReader(bytes.NewReader(data)), raw, file, each(&streamed))
		if fmt.Sprint(werr) != fmt.Sprint(serr) {
			t.Fatalf("%s: error %v, whole %v", file, serr, werr)
		}
		if !reflect.DeepEqual(streamed, whole) || !reflect.DeepEqual(sf, wf) {
			t.Errorf("%s: streamed units differ from the whole file's (%d, %d)", file, len(streamed), len(whole))
		}
	}
}

// TestParseReader: a file parsed as it is read gets the units (anchors and spans
// included) and the errors of the file parsed whole.
func TestParseReader(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/lint/*.*xliff")
	more, _ := filepath.Glob("../../testdata/lint/*.xlf")
	for _, name := range append(files, more...) {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		parseBoth(t, b, filepath.Base(name))
	}
	parseBoth(t, []byte("<xliff version=\"1.2\"><file source-language=\"ja\" target-language=\"en\"><body>\n<trans-unit id=\"1\"><source>&#x62E1;大&amp;抑止</source>\n<target>A &lt;b&gt; &#26550;\r\n<![CDATA[x<y]]> extended <g id=\"1\">deterrence</g></target></trans-unit></body></file></xliff>"), "a.xlf")
	for _, data := range []string{"", "<tmx/>", "<xliff><file><body><trans-unit",
		"<xliff version=\"2.0\"><file><unit id=\"1\"><segment><source>a</source>", "<!DOCTYPE x [<!ENTITY a \"b\">]><xliff/>",
		"<xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><source>a</source><target>b&bad;</target></trans-unit></body></file></xliff>"} {
		parseBoth(t, []byte(data), "a.xlf")
	}
}
