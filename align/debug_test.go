package align

import (
	"os"
	"strings"
	"testing"

	"gloss/internal/textnorm"
)

// TestDebugTerm prints how the aligner sees the terms in $GLOSS_DEBUG_TERMS (comma-separated).
func TestDebugTerm(t *testing.T) {
	terms := os.Getenv("GLOSS_DEBUG_TERMS")
	if terms == "" {
		t.Skip("set GLOSS_DEBUG_TERMS")
	}
	ja, en, bt := loadCorpus(t)
	var got *run
	opts := Options{EDICT: EDICTFile(InstalledEDICT())}
	debugHook = func(r *run) { got = r }
	defer func() { debugHook = nil }()
	res, err := Run(ja, en, bt, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, term := range strings.Split(terms, ",") {
		jc := got.ja[textnorm.Key(term)]
		if jc == nil {
			t.Logf("%s: not a candidate", term)
			continue
		}
		cs, opts, _ := got.options(jc)
		var b strings.Builder
		for _, c := range cs {
			b.WriteString(c.text + "{" + strings.Join(c.words, ",") + "}")
			if c.affix {
				b.WriteString("(affix)")
			}
			b.WriteString(" ")
		}
		t.Logf("%s freq %d phrasal %v units %d: %s", term, jc.freq, jc.phrasal, len(jc.units), b.String())
		for i, o := range opts {
			if i >= 6 {
				break
			}
			t.Logf("   %q full=%v cov=%d ue=%d uj=%d half=%d unexpl=%d cooc=%d count=%d", o.g.Surface, o.full, o.covered, o.ue, o.uj, o.half, o.unexpl, o.cooc, o.g.Count)
		}
		for _, p := range res.Pairs {
			if p.JA == term {
				t.Logf("   → %s %.2f %s %v", p.EN, p.Score, p.Status, p.Evidence)
			}
		}
	}
}

// TestDebugDump prints every proposal when $GLOSS_DEBUG_DUMP is set.
func TestDebugDump(t *testing.T) {
	if os.Getenv("GLOSS_DEBUG_DUMP") == "" {
		t.Skip("set GLOSS_DEBUG_DUMP")
	}
	ja, en, bt := loadCorpus(t)
	res, err := Run(ja, en, bt, Options{EDICT: EDICTFile(InstalledEDICT())})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Pairs {
		if os.Getenv("GLOSS_DEBUG_DUMP") == "auto" && p.Status != Auto {
			continue
		}
		var ev []string
		for _, e := range p.Evidence {
			ev = append(ev, e.Type)
		}
		t.Logf("%s\t%s\t%.2f\t%s\t%s", p.JA, p.EN, p.Score, p.Status, strings.Join(ev, ","))
	}
}
