package exports

import (
	"testing"

	"github.com/glossterm/gloss/glossary"
)

// TestMergeIntoRetired: a retired concept is reviewed like an approved one: its differing
// values are conflicts, not overwritten, and it is not brought back to life.
func TestMergeIntoRetired(t *testing.T) {
	dst := parse(t, `  - id: old-term
    status: retired
    subject: deterrence
    note: replaced by integrated deterrence
    terms:
      ja: [拡大抑止]
      en: [extended deterrence]
`)
	in := parse(t, `  - id: vendor-1
    status: approved
    subject: nuclear
    note: vendor note
    terms:
      ja: [拡大抑止]
      en: [nuclear umbrella]
`)
	res := Merge(dst, in)
	c := dst.Concepts[0]
	if len(dst.Concepts) != 1 || c.Status != glossary.Retired || c.Subject != "deterrence" || c.Note != "replaced by integrated deterrence" {
		t.Errorf("the retired concept changed: %d concepts, status %s, subject %q, note %q", len(dst.Concepts), c.Status, c.Subject, c.Note)
	}
	if p := c.Preferred("en"); p == nil || p.Text != "extended deterrence" {
		t.Errorf("preferred en %v", p)
	}
	fields := map[string]bool{}
	for _, cf := range res.Conflicts {
		fields[cf.Field] = true
	}
	for _, f := range []string{"status", "subject", "note", "preferred en term"} {
		if !fields[f] {
			t.Errorf("no conflict on %s; conflicts: %v", f, res.Conflicts)
		}
	}
	// The same import into a proposed concept takes the values.
	dst = parse(t, `  - id: old-term
    status: proposed
    subject: deterrence
    terms:
      ja: [拡大抑止]
      en: [extended deterrence]
`)
	res = Merge(dst, parse(t, `  - id: vendor-1
    subject: nuclear
    terms:
      ja: [拡大抑止]
`))
	if dst.Concepts[0].Subject != "nuclear" || len(res.Conflicts) != 0 {
		t.Errorf("proposed concept: subject %q, conflicts %v", dst.Concepts[0].Subject, res.Conflicts)
	}
}
