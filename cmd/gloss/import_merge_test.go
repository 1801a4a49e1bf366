package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/exports/xlsx"
	"github.com/glossterm/gloss/glossary"
)

// TestMergeStreamedAsWhole: gloss import --merge of an exchange file whose reader streams
// merges its concepts as they are read and spools the new ones (mergeStreamed); the
// glossary it writes, and what it says it did, must be those of the merge of the file read
// whole (importInto), byte for byte, into an empty, a small and the default glossary.
func TestMergeStreamedAsWhole(t *testing.T) {
	def, err := glossary.Default()
	if err != nil {
		t.Fatal(err)
	}
	dsts := map[string][]byte{
		"new":     nil,
		"sample":  readTestFile(t, "../../testdata/exports/sample.yaml"),
		"lint":    readTestFile(t, "../../testdata/lint/gloss.yaml"),
		"default": glossary.Format(def),
	}
	inputs := map[string][]byte{}
	for _, f := range []string{"sample.csv", "sample.tsv", "sample.tbx", "sample.tbx3.tbx", "sample.tmx"} {
		inputs[f] = readTestFile(t, filepath.Join("../../testdata/exports/golden", f))
	}
	// The default glossary's own concepts, changed: matched by id or by term, reviewed
	// values kept against new ones (conflicts), new terms; and rows new to it, among them
	// ids taken, ill-formed and repeated, and terms of two concepts (ambiguous).
	var csv strings.Builder
	csv.WriteString("id,status,ja,en,en definition\n")
	for i, c := range def.Concepts {
		id := c.ID
		if i%2 == 0 {
			id = ""
		}
		ja, en := firstTerm(c, "ja"), firstTerm(c, "en")
		if i%7 == 0 {
			en += " variant"
		}
		def := ""
		if i%3 == 0 {
			def = fmt.Sprintf("changed definition %d", i)
		}
		fmt.Fprintf(&csv, "%s,%s,%s,%s,%s\n", id, []string{"", "proposed", "approved"}[i%3], ja, en, def)
	}
	for i := range 200 {
		id, ja, en := "", fmt.Sprintf("新語%d", i%150), fmt.Sprintf("new term %d", i)
		switch i % 10 {
		case 0:
			id = def.Concepts[(2*i)%(len(def.Concepts)&^1)].ID // one whose row above has no id
		case 1:
			ja, en = firstTerm(def.Concepts[0], "ja"), firstTerm(def.Concepts[1], "en")
		case 2:
			id = fmt.Sprintf("Bad ID %d!", i)
		case 3:
			en = "deterrence term"
		}
		fmt.Fprintf(&csv, "%s,,%s,%s,\n", id, ja, en)
	}
	for i, c := range def.Concepts[:40] { // concepts met again: merged into as changed
		fmt.Fprintf(&csv, ",,%s,another rendering %d,\n", firstTerm(c, "ja"), i)
	}
	inputs["changed.csv"] = []byte(csv.String())
	g, err := readGlossaryFile(inputs["changed.csv"], "changed.csv", importOptions{format: "csv", known: []string{"ja", "en"}})
	if err != nil {
		t.Fatal(err)
	}
	var x bytes.Buffer
	if _, err := xlsx.Write(&x, g, exports.Options{}); err != nil {
		t.Fatal(err)
	}
	inputs["changed.xlsx"] = x.Bytes()

	e := &env{getenv: func(k string) string { return map[string]string{"GOMEMLIMIT": "off"}[k] }, cwd: t.TempDir()}
	saved := memBudget
	defer func() { memBudget = saved }()
	for in, data := range inputs {
		for dn, cur := range dsts {
			t.Run(in+" into "+dn, func(t *testing.T) {
				format := exports.Detect(in, data)
				parse := func() *glossary.Glossary {
					if cur == nil {
						return exports.NewGlossary()
					}
					g, err := glossary.Parse(cur, "gloss.yaml")
					if err != nil {
						t.Fatal(err)
					}
					return g
				}
				whole := parse()
				read, res, err := importInto(whole, data, in, &importOptions{format: format})
				if err != nil {
					t.Fatal(err)
				}
				want := glossary.Format(whole)

				if len(res.Added) == 0 && dn == "default" && in == "changed.csv" {
					t.Errorf("nothing added: the test merges nothing new")
				}
				for _, split := range []bool{false, true} {
					streamedAsWhole(t, e, cur, split, parse, data, in, format, want, read, res, whole)
				}
			})
		}
	}
}

// streamedAsWhole checks the merge of data into cur as read by mergeStreamed against the
// one of importInto (want, read, res, whole): into the glossary parsed whole, or (split)
// into the file read one concept at a time (exports.NewEntriesMerger).
func streamedAsWhole(t *testing.T, e *env, cur []byte, split bool, parse func() *glossary.Glossary, data []byte, in, format string,
	want []byte, read int, res exports.MergeResult, whole *glossary.Glossary) {
	t.Helper()
	var (
		dst    *glossary.Glossary
		merger *exports.Merger
	)
	if split {
		if cur == nil {
			return
		}
		ent, ok := glossary.SplitEntries(cur, "gloss.yaml")
		if !ok {
			t.Fatal("the glossary does not split into its concepts")
		}
		if merger, ok = exports.NewEntriesMerger(ent, nil); !ok {
			t.Fatal("a concept of the glossary does not decode alone")
		}
		dst = ent.Head()
	} else {
		dst = parse()
	}
	sread, sres, sp, merger, ok, _, err := mergeStreamed(e, dst, merger, data, in, len(cur), &importOptions{format: format})
	defer sp.Remove()
	if err != nil || !ok {
		t.Fatalf("not streamed: ok %v, %v", ok, err)
	}
	var got bytes.Buffer
	check := glossary.NewChecker(dst)
	if err := glossary.WriteEach(&got, dst, mergedConcepts(ownConcepts(dst, merger), sp, check)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Errorf("streamed merge (split %v) differs from the whole one:\n%s", split, firstDiff(got.String(), string(want)))
	}
	var added []string // those spooled
	for id, err := range sp.IDs() {
		if err != nil {
			t.Fatal(err)
		}
		added = append(added, string(id))
	}
	if !slices.Equal(added, res.Added) || sres.Added != nil {
		t.Errorf("streamed: added %.200q (and %d in the result); whole: %.200q", added, len(sres.Added), res.Added)
	}
	sres.Added = res.Added
	if read != sread || !reflect.DeepEqual(res, sres) {
		t.Errorf("streamed: %d read, %+v; whole: %d read, %+v", sread, sres, read, res)
	}
	if n, m := countErrors(check.Problems()), countErrors(glossary.Validate(whole)); n != m {
		t.Errorf("streamed: %d errors; whole: %d", n, m)
	}
}

// TestMergeSplitRun: gloss import --merge into a glossary read one concept at a time
// (splitMin lowered to take the default glossary) writes what the merge of the glossary
// read whole writes, and says the same; -n writes nothing.
func TestMergeSplitRun(t *testing.T) {
	def, err := glossary.Default()
	if err != nil {
		t.Fatal(err)
	}
	var csv strings.Builder
	csv.WriteString("ja,en\n")
	for i, c := range def.Concepts {
		if i%3 == 0 {
			fmt.Fprintf(&csv, "%s,rendering %d\n", firstTerm(c, "ja"), i) // a new term in a concept
		}
	}
	csv.WriteString("新語,new term\n")
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "in.csv"), []byte(csv.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	saved := splitMin
	defer func() { splitMin = saved }()
	run1 := func(min int, args ...string) (file, stderr string, code int) {
		splitMin = min
		p := filepath.Join(dir, "gloss.yaml")
		if err := os.WriteFile(p, glossary.Format(def), 0o644); err != nil {
			t.Fatal(err)
		}
		var out, errb bytes.Buffer
		e := &env{args: append([]string{"import", "in.csv", "--merge"}, args...), stdout: &out, stderr: &errb, cwd: dir,
			getenv: func(k string) string { return map[string]string{"GOMEMLIMIT": "off", "GLOSS_CACHE": "off"}[k] }}
		code = run(e)
		return string(readTestFile(t, p)), errb.String(), code
	}
	for _, args := range [][]string{nil, {"-n"}} {
		wf, we, wc := run1(1<<62, args...)
		gf, ge, gc := run1(0, args...)
		if gf != wf || ge != we || gc != wc {
			t.Errorf("%q: split: exit %d, %s\n%s\nwhole: exit %d, %s", args, gc, ge, firstDiff(gf, wf), wc, we)
		}
		if changed := wf != string(glossary.Format(def)); changed == (len(args) > 0) {
			t.Errorf("%q: glossary changed %v", args, changed)
		}
	}
}

func firstTerm(c *glossary.Concept, lang string) string {
	if ts := c.Terms[lang]; len(ts) > 0 && !strings.ContainsAny(ts[0].Text, ",\"") {
		return ts[0].Text
	}
	return ""
}

func readTestFile(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func firstDiff(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			return fmt.Sprintf("line %d:\n got  %q\n want %q", i+1, la[i], lb[i])
		}
	}
	return fmt.Sprintf("lengths %d and %d lines", len(la), len(lb))
}
