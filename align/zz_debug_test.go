package align

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glossterm/gloss/align/internal/enterm"
)

func TestZZDebug(t *testing.T) {
	jaKey, enPhrase := os.Getenv("ZZJA"), os.Getenv("ZZEN")
	if jaKey == "" {
		t.Skip()
	}
	ents, _ := os.ReadDir("../testdata/corpus/parallel")
	var segs []BitextSegment
	for _, de := range ents {
		if !de.IsDir() {
			continue
		}
		d := filepath.Join("../testdata/corpus/parallel", de.Name())
		j, _ := ReadDoc(filepath.Join(d, "ja.txt"), "ja")
		e, _ := ReadDoc(filepath.Join(d, "en.txt"), "en")
		s, err := AlignParallel(j, e, nil)
		if err != nil {
			t.Fatal(err)
		}
		segs = append(segs, s...)
	}
	var jd, ed []Doc
	if os.Getenv("ZZCORPUS") != "" {
		segs = nil
		for _, pat := range []string{"ja", "en"} {
			fs, _ := filepath.Glob("../testdata/corpus/" + pat + "/*.txt")
			for _, f := range fs {
				d, _ := ReadDoc(f, pat)
				if pat == "ja" {
					jd = append(jd, d)
				} else {
					ed = append(ed, d)
				}
			}
		}
		bs, _ := ReadBitext("../testdata/corpus/bitext/official-statements-2024-2025.tsv")
		segs = bs
	}
	_, r, err := runAll(jd, ed, segs, Options{EDICT: EDICTFile(InstalledEDICT()), WordNet: InstalledWordNet()})
	if err != nil {
		t.Fatal(err)
	}
	jc := r.ja[jaKey]
	if jc == nil {
		for k := range r.ja {
			if strings.Contains(k, jaKey) {
				t.Logf("cand %q", k)
			}
		}
		t.Fatalf("no cand")
	}
	cs, na, exp := r.parts(jc)
	for _, c := range cs {
		t.Logf("part %q affix=%v glosses=%v words=%v", c.text, c.affix, c.glosses, c.words)
	}
	t.Logf("nonAffix %d expect %d coord %d phrasal %v units %d", na, exp, jc.coord, jc.phrasal, len(jc.units))
	g := r.en.ByKey(enterm.Key(enPhrase))
	if g == nil {
		t.Fatalf("no ngram %q", enPhrase)
	}
	t.Logf("ngram %q words %v raw %v info %+v", g.Surface, g.Words, g.Raw, *r.ngInfo(g))
	o, ok := r.rate(jc, cs, na, g, true)
	t.Logf("rate ok=%v %+v", ok, o)
	cs2, opts, expect := r.options(jc)
	for i, o := range opts {
		if i < 3 {
			t.Logf("opt %q full=%v unexpl=%d", o.g.Surface, o.full, o.unexpl)
		}
	}
	for _, c := range cs2 {
		x := r.expandOne(c)
		t.Logf("expand %q known=%v kata=%v subst=%v rel=%v", c.text, c.known, c.kata, x.subst, r.related("expenditure", true))
	}
	{
		tcs, na, steps := r.expand(cs2)
		t.Logf("steps %v", steps)
		for i, o := range r.optionsOf(jc, tcs, na, expect, steps, nil) {
			if i < 6 {
				t.Logf("topt %q full=%v ue=%d uj=%d whole=%v one=%v", o.g.Surface, o.full, o.ue, o.uj, wholeGlosses(tcs, o.g.Words, o.g.Raw), oneStep(cs2, tcs, o.g.Words, o.g.Raw))
			}
		}
	}
	tcs, topt, tok := r.thesaurusOption(jc, cs2, opts, expect)
	t.Logf("thes ok=%v %v", tok, topt.g)
	for _, c := range tcs {
		t.Logf("tpart %q variants=%v", c.text, c.variants)
	}
	if h := r.resplit(cs, g.Words, g.Raw); h != nil {
		for _, c := range h {
			t.Logf("resplit part %q glosses=%v", c.text, c.glosses)
		}
		f, fok := r.rate(jc, h, nonAffixCount(h), g, true)
		t.Logf("resplit rate ok=%v %+v", fok, f)
	}
}
