package glossary

import (
	"bytes"
	"reflect"
	"testing"
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
