package glossary

import (
	"regexp"
	"strings"
	"testing"

	"github.com/glossterm/gloss/docs"
)

// TestFormatReference checks that docs/glossary-format.md, which `gloss help glossary`
// prints, names every key the loader accepts and that its example is a clean glossary.
func TestFormatReference(t *testing.T) {
	doc := docs.GlossaryFormat
	for _, set := range []struct {
		name string
		keys []string
	}{
		{"top-level", topKeys},
		{"concept", conceptKeys},
		{"term", termKeys},
		{"source", sourceKeys},
	} {
		for _, k := range set.keys {
			if !strings.Contains(doc, "`"+k+"`") {
				t.Errorf("the %s key %q is not documented in docs/glossary-format.md", set.name, k)
			}
		}
	}
	m := regexp.MustCompile("(?s)```yaml\n(.*?)```").FindStringSubmatch(doc)
	if m == nil {
		t.Fatal("docs/glossary-format.md has no yaml example")
	}
	g, err := Parse([]byte(m[1]), "glossary-format.md")
	if err != nil {
		t.Fatalf("the example does not load: %v", err)
	}
	if ps := Validate(g); len(ps) > 0 {
		t.Errorf("the example has problems: %v", ps)
	}
}
