package glossary

import (
	"bytes"
	"reflect"
	"testing"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// FuzzParseFormat: Parse never panics; a glossary that parses formats to text that parses
// back to the same glossary, and Format is idempotent.
func FuzzParseFormat(f *testing.F) {
	f.Add([]byte(fullExample))
	f.Add(DefaultSource()[:4000])
	f.Add([]byte("gloss: 1\nlanguages: [ja]\nconcepts:\n  - id: a\n    terms: {ja: [\"x\\u2028\"]}\n"))
	f.Add([]byte("gloss: 1\nconcepts:\n\t- id: a\n"))
	f.Add([]byte("\uFEFFgloss: 1\r\n"))
	f.Add([]byte("gloss: 1\nlanguages: &a [x]\nconcepts: *a\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		// reading one concept at a time gives what reading the whole tree gives
		if checkEncoding(data, &problems{}) {
			ps1, ps2 := &problems{file: "f.yaml"}, &problems{file: "f.yaml"}
			if gc, ok := parseChunkedAnySize(data, ps2); ok {
				gw, okW := parseWhole(data, ps1)
				if !okW || !reflect.DeepEqual(gw, gc) || !reflect.DeepEqual(ps1.list, ps2.list) {
					t.Fatalf("chunked parse differs from the whole (%v):\n%v\n---\n%v", okW, ps1.list, ps2.list)
				}
			}
		}
		g, err := Parse(data, "f.yaml")
		if err != nil {
			_ = err.Error()
			return
		}
		Validate(g)
		out := Format(g)
		g2, err := Parse(out, "f.yaml")
		if err != nil {
			t.Fatalf("canonical form does not parse: %v\n%s", err, out)
		}
		if !reflect.DeepEqual(withoutPos(g), withoutPos(g2)) {
			t.Fatalf("round trip changed the glossary\n%s", out)
		}
		if out2 := Format(g2); !bytes.Equal(out, out2) {
			t.Fatalf("Format not idempotent:\n%s\n---\n%s", out, out2)
		}
	})
}

// FuzzScalar: every string written by scalar reads back as itself, in block and flow context.
func FuzzScalar(f *testing.F) {
	for _, s := range []string{"what is that?", "a:b", "x #y", "- a", "? a", "a?", "[x", "y}", "&a", "*a", "!t", "|", ">", "'q", "%x", "@x", "`x", "a, b", "yes", "0o17", "1e3", "-.5", "a\tb", " ", "\u2028", "統合抑止"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		for _, flow := range []bool{false, true} {
			doc := "k: " + scalar(s, flow)
			if flow {
				doc = "k: [" + scalar(s, flow) + "]"
			}
			var got map[string]any
			if err := yaml.Unmarshal([]byte(doc), &got); err != nil {
				t.Fatalf("flow=%v %q: %v", flow, doc, err)
			}
			v := got["k"]
			if flow {
				list, _ := v.([]any)
				if len(list) != 1 {
					t.Fatalf("flow %q: %#v", doc, v)
				}
				v = list[0]
			}
			if v != s {
				t.Fatalf("flow=%v %q reads back as %#v", flow, doc, v)
			}
		}
	})
}

// FuzzValidateStream: validation one entry at a time (streamEach, which reads what the
// chunked parse does not: comments in the list, flow style, entries that are no document of
// their own, syntax errors) never panics, and finds what the whole file's parse and
// validation find: the same problems, or a load error where the whole parse fails.
func FuzzValidateStream(f *testing.F) {
	f.Add([]byte(fullExample))
	f.Add(DefaultSource()[:4000])
	f.Add([]byte("gloss: 1\nlanguages: [ja, en]\nconcepts:\n  # a comment\n  - id: a\n    terms: {ja: [x]}\n  - id: a\n    status: nope\n"))
	f.Add([]byte("gloss: 1\nlanguages: [ja, en]\nconcepts: [{id: a, terms: {ja: [x]}}, {id: b, terms: {en: [y]}}]\n"))
	f.Add([]byte("gloss: 1\nlanguages: [ja, en]\nconcepts:\n  - id: a\n    terms: {ja: [x]\n  - id: b\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		saved := chunkedMin
		chunkedMin = 0 // stream whatever the size
		defer func() { chunkedMin = saved }()
		got, _, err := ValidateData(data, "f.yaml")
		g, werr := Parse(data, "f.yaml")
		if (err != nil) != (werr != nil) {
			t.Fatalf("streamed validation: %v; whole parse: %v", err, werr)
		}
		if err == nil {
			if want := Validate(g); !reflect.DeepEqual(got, want) {
				t.Fatalf("streamed validation finds\n%v\nthe whole model\n%v", got, want)
			}
		}
	})
}
