package glossary

import (
	"fmt"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// sameNode reports how the fast reader's node a differs from the YAML parser's b, or "".
func sameNode(a, b *yaml.Node, path string) string {
	if a.Kind != b.Kind || a.Style != b.Style || a.Tag != b.Tag || a.Value != b.Value ||
		a.Line != b.Line || a.Column != b.Column || a.Anchor != b.Anchor || len(a.Content) != len(b.Content) {
		return fmt.Sprintf("%s: fast {%v %v %q %q %d:%d %d} yaml {%v %v %q %q %d:%d %d}", path,
			a.Kind, a.Style, a.Tag, a.Value, a.Line, a.Column, len(a.Content),
			b.Kind, b.Style, b.Tag, b.Value, b.Line, b.Column, len(b.Content))
	}
	for i := range a.Content {
		if d := sameNode(a.Content[i], b.Content[i], fmt.Sprintf("%s/%d", path, i)); d != "" {
			return d
		}
	}
	return ""
}

// fastSameAsYAML checks every entry of the concepts list of data the fast reader takes
// against the YAML parser, and returns how many it took of how many, or how one differs.
func fastSameAsYAML(data []byte) (took, all int, diff string) {
	_, items, ok := splitConcepts(data)
	if !ok {
		return 0, 0, ""
	}
	for _, it := range items {
		fast, ok := fastItem(it.text, it.line)
		if !ok {
			continue
		}
		took++
		want, ok := yamlItem(it)
		if !ok {
			return took, len(items), "the fast reader takes an entry the YAML parser does not:\n" + string(it.text)
		}
		if d := sameNode(fast, want, "item"); d != "" {
			return took, len(items), d + "\n" + string(it.text)
		}
	}
	return took, len(items), ""
}

func checkFast(t *testing.T, data []byte) (took, all int) {
	t.Helper()
	took, all, d := fastSameAsYAML(data)
	if d != "" {
		t.Fatal(d)
	}
	return took, all
}

func TestFastItemSameAsYAML(t *testing.T) {
	for name, data := range map[string][]byte{
		"default": DefaultSource(),
		"full":    []byte(fullExample),
	} {
		took, all := checkFast(t, data)
		if took < all*9/10 {
			t.Errorf("%s: the fast reader took %d of %d entries", name, took, all)
		}
	}
}

func TestFastItemGivesUp(t *testing.T) {
	for _, entry := range []string{
		"  - id: a # comment\n",
		"  - id: a\n    note: x #y\n",
		"  - id: &x a\n",
		"  - id: a\n    note: |\n      text\n",
		"  - id: a\n    note: two\n      lines\n",
		"  - id: a\n    note: \"two\n      lines\"\n",
		"  - id: 12\n",
		"  - id: yes\n",
		"  - id: a\n    status:\n",
		"  - id: a\n    id: b\n",
		"  - id: a\n    note: 'single'\n",
		"  - id: a\n    \"note\": x\n",
		"  - id: a\n    note: a: b\n",
		"  - id: a\n    note: \"\\N\"\n",
		"  - id: a\n    note: x\tb\n",
		"  - id: a\n    terms:\n      ja:\n      - x\n",
		"  - id: a\n    terms:\n      ja:\n        - {term: a, term: b}\n",
		"  - id: a\n    terms:\n      ja:\n        - {term: a:b}\n",
		"  - id: a\n    terms:\n      ja:\n        - [a, b\n",
	} {
		if n, ok := fastItem([]byte(entry), 10); ok {
			t.Errorf("the fast reader took %q: %+v", entry, n)
		}
	}
}

// FuzzFastItem: whatever entry the fast reader takes, the YAML parser reads the same.
func FuzzFastItem(f *testing.F) {
	_, items, _ := splitConcepts([]byte(fullExample))
	for _, it := range items {
		f.Add(string(it.text))
	}
	f.Add("  - id: a\n    terms:\n      ja:\n        - {term: \"x\\u00e9\", status: admitted, forms: [a, \"b\"]}\n")
	f.Add("  - id: a\n    terms: {ja: [x, \"y\"], en: []}\n    definition: {en: z}\n")
	f.Add("  - id: a\n    translate: false\n    related: [b, c]\n    sources:\n      - lang: en\n        doc: d\n      - {}\n")
	f.Fuzz(func(t *testing.T, entry string) {
		if !strings.HasPrefix(entry, "  - ") {
			return
		}
		checkFast(t, []byte("gloss: 1\nconcepts:\n"+entry))
	})
}

// FastSameAsYAML is fastSameAsYAML for the external tests.
var FastSameAsYAML = fastSameAsYAML
