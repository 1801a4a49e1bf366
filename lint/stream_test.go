package lint_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/textnorm"
	"github.com/glossterm/gloss/lint"
)

// streamInputs are files of more segments than a batch holds, with forbidden, missing and
// inconsistent renderings and short forms.
func streamInputs(t *testing.T) map[string][]byte {
	ja := []string{"拡大抑止の信頼性を高める", "統合抑止を推進する", "日米同盟の抑止力", "地域の平和と安定", "拡大抑止を強化する", "日米同盟を強化する"}
	en := []string{"strengthen the credibility of extended deterrence", "advance integrated deterrence", "the deterrence of the Japan-U.S. Alliance",
		"peace and stability in the region", "strengthen expanded deterrence", "strengthen the U.S.-Japan Alliance"}
	var x, tm, tsv, po bytes.Buffer
	po.WriteString("msgid \"\"\nmsgstr \"\"\n\"Language: en\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n")
	x.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="s" source-language="ja" target-language="en" datatype="plaintext"><body>` + "\n")
	tm.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<tmx version="1.4"><header srclang="ja" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>` + "\n")
	tsv.WriteString("id\tja\ten\n")
	for i := 1; i <= 6000; i++ {
		k := i % 4
		switch {
		case i%10 == 0:
			k = 4
		case i%7 == 0:
			k = 5
		}
		note := ""
		if i%13 == 0 {
			note = "<note>gloss-ignore: forbidden-term</note>"
		}
		fmt.Fprintf(&x, "<trans-unit id=\"%d\"><source>%s</source><target>%s</target>%s</trans-unit>\n", i, ja[k], en[k], note)
		fmt.Fprintf(&tm, "<tu tuid=\"%d\"><tuv xml:lang=\"ja\"><seg>%s</seg></tuv><tuv xml:lang=\"en\"><seg>%s</seg></tuv></tu>\n", i, ja[k], en[k])
		fmt.Fprintf(&tsv, "P%d-%d\t%s\t%s\n", i%3, i, ja[k], en[k])
		// PO entries: fuzzy ones skipped, notes, escapes, a msgstr over two lines.
		switch {
		case i%11 == 0:
			po.WriteString("#, fuzzy\n")
		case i%13 == 0:
			po.WriteString("# gloss-ignore: forbidden-term\n")
		}
		if i%17 == 0 {
			fmt.Fprintf(&po, "msgid \"%s\"\nmsgstr \"\"\n\"\\\"%s\\\"\\t\"\n\"and %s\"\n\n", ja[k], en[k], en[(k+1)%6])
		} else {
			fmt.Fprintf(&po, "#: s:%d\nmsgid \"%s\"\nmsgstr \"%s\"\n\n", i, ja[k], en[k])
		}
	}
	x.WriteString("</body></file></xliff>\n")
	tm.WriteString("</body></tmx>\n")
	files, _ := filepath.Glob("../testdata/corpus/ja/*.txt")
	var text bytes.Buffer
	for text.Len() < 2<<20 {
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			text.Write(b)
			text.WriteString("\n\n")
		}
	}
	return map[string][]byte{"segs.xlf": x.Bytes(), "segs.tmx": tm.Bytes(), "segs.tsv": tsv.Bytes(), "segs.po": po.Bytes(), "text.md": text.Bytes()}
}

// TestStreamSameFindings: a file checked as it is read (Run.LintFile), a batch of
// segments at a time, gets the findings of the same file read whole (Read, Lint), within
// one file and across files, and each fingerprint is the documented hash of its file,
// rule, concept, term and segment text.
func TestStreamSameFindings(t *testing.T) {
	g, l := defaultLinter(t)
	inputs := streamInputs(t)
	ro := lint.ReadOptions{Langs: g.Languages}
	var docs []*lint.Doc
	names := []string{"segs.xlf", "segs.tmx", "segs.tsv", "segs.po", "text.md"}
	across := l.NewRun(true)
	for _, name := range names {
		data := inputs[name]
		doc, err := lint.Read(name, data, ro)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
		whole := l.Lint(doc)
		run := l.NewRun(false)
		if _, err := run.LintFile(name, data, ro); err != nil {
			t.Fatal(err)
		}
		streamed := run.Findings()
		rules := map[string]int{}
		for _, f := range streamed {
			rules[f.Rule]++
		}
		t.Logf("%s: %d segments, findings %v", name, len(doc.Segments), rules)
		if len(doc.Segments) <= 4096 || len(whole) == 0 {
			t.Fatalf("%s: %d segments, %d findings: the test needs more than a batch, and findings", name, len(doc.Segments), len(whole))
		}
		if !reflect.DeepEqual(streamed, whole) {
			t.Errorf("%s: streamed findings differ from the whole document's (%d, %d)", name, len(streamed), len(whole))
		}
		checkFingerprints(t, doc, streamed)
		if _, err := across.LintFile(name, data, ro); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := across.Findings(), l.LintRun(docs); !reflect.DeepEqual(got, want) {
		t.Errorf("across files: streamed findings differ from LintRun's (%d, %d)", len(got), len(want))
	}
}

// checkFingerprints recomputes each finding's fingerprint from its segment's text.
func checkFingerprints(t *testing.T, doc *lint.Doc, fs []lint.Finding) {
	t.Helper()
	seen := map[string]int{}
	bad := 0
	for _, f := range fs {
		var text string
		for _, s := range doc.Segments {
			if f.Offset >= s.Target.FileOffset(0) && f.Offset <= s.Target.FileOffset(len(s.Target.Value)) && s.ID == f.Segment {
				text = s.Target.Value
				break
			}
		}
		h := sha256.Sum256([]byte(strings.Join([]string{f.File, f.Rule, f.Concept, textnorm.Key(f.Term), strings.Join(strings.Fields(text), " ")}, "\x00")))
		base := hex.EncodeToString(h[:8])
		seen[base]++
		if want := fmt.Sprintf("%s:%d", base, seen[base]); f.Fingerprint != want && bad < 3 {
			bad++
			t.Errorf("%s:%d %s %s: fingerprint %s, want %s", f.File, f.Line, f.Rule, f.Concept, f.Fingerprint, want)
		}
	}
}

// TestLintPathSameFindings: a file linted from its path as a stream (Run.LintPath: a
// window of rows or units, never the whole file) gets the findings of the same file read
// whole, positions and fingerprints included, within one file and across files: TSV, CSV,
// text, XLIFF, TMX and PO, with a byte-order mark, CRLF line ends, quoted CSV fields over
// several lines, inline suppressions, a line longer than the window's first buffer, a
// whole XLIFF file on one line, a TMX whose header's srclang lies, and the lint test
// files of every format.
func TestLintPathSameFindings(t *testing.T) {
	g, l := defaultLinter(t)
	inputs := streamInputs(t)
	var csv, notes bytes.Buffer
	csv.WriteString("\xef\xbb\xbfid,ja,en\r\n")
	for i, row := range strings.Split(strings.TrimSpace(string(inputs["segs.tsv"])), "\n")[1:] {
		c := strings.Split(row, "\t")
		if i%50 == 0 {
			c[2] = "\"" + c[2] + ",\r\nand \"\"expanded deterrence\"\"\""
		}
		csv.WriteString(strings.Join(c, ",") + "\r\n")
	}
	long := strings.Repeat("We strengthen expanded deterrence and the Japan-U.S. Alliance, and the U.S.-Japan Alliance. ", 1000)
	for i := 0; i < 300; i++ {
		fmt.Fprintf(&notes, "The Alliance and expanded deterrence, paragraph %d.\n", i)
		switch i % 30 {
		case 3:
			notes.WriteString("<!-- gloss-disable-next-line -->\nexpanded deterrence, not reported.\n")
		case 7:
			notes.WriteString("# gloss-disable forbidden-term\nexpanded deterrence.\n\n# gloss-enable forbidden-term\n")
		case 11:
			notes.WriteString(long + "\n")
		}
		notes.WriteString("\n")
	}
	notes.WriteString("gloss-disable\nexpanded deterrence to the end, without a last line break")
	inputs["segs.csv"], inputs["notes.txt"] = csv.Bytes(), notes.Bytes()
	// An XLIFF file on one line, CRLF line ends and a suppressed region; a TMX whose
	// header says srclang="en" with a target on a line of its own.
	inputs["oneline.xliff"] = bytes.ReplaceAll(inputs["segs.xlf"], []byte("\n"), nil)
	crlf := bytes.ReplaceAll(inputs["segs.xlf"], []byte("\n"), []byte("\r\n"))
	crlf = bytes.Replace(crlf, []byte(`<trans-unit id="100">`), []byte("<!-- gloss-disable forbidden-term -->\r\n<trans-unit id=\"100\">"), 1)
	inputs["crlf.sdlxliff"] = bytes.Replace(crlf, []byte(`<trans-unit id="900">`), []byte("<!-- gloss-enable forbidden-term -->\r\n<trans-unit id=\"900\">"), 1)
	inputs["lies.tmx"] = bytes.ReplaceAll(bytes.Replace(inputs["segs.tmx"], []byte(`srclang="ja"`), []byte(`srclang="en"`), 1),
		[]byte(`<tuv xml:lang="en">`), []byte("\n<tuv xml:lang=\"en\">"))
	dir := t.TempDir()
	ro := lint.ReadOptions{Langs: g.Languages}
	names := []string{"segs.tsv", "segs.csv", "text.md", "notes.txt", "segs.xlf", "oneline.xliff", "crlf.sdlxliff", "segs.tmx", "lies.tmx", "segs.po"}
	tests, _ := filepath.Glob("../testdata/lint/wrong*")
	tests = append(tests, "../testdata/lint/official.xlf")
	for _, f := range tests {
		if lint.Kind(f) == "text" {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inputs[filepath.Base(f)] = b
		names = append(names, filepath.Base(f))
	}
	var docs []*lint.Doc
	across := l.NewRun(true)
	for _, name := range names {
		data := inputs[name]
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		doc, err := lint.Read(name, data, ro)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
		whole := l.Lint(doc)
		run := l.NewRun(false)
		if !lint.Streamed(name) {
			t.Fatalf("%s is not streamed", name)
		}
		got, err := run.LintPath(name, path, ro)
		if err != nil {
			t.Fatal(err)
		}
		if got.Direction != doc.Direction || got.TargetLang != doc.TargetLang {
			t.Errorf("%s: read %q %s, want %q %s", name, got.Direction, got.TargetLang, doc.Direction, doc.TargetLang)
		}
		streamed := run.Findings()
		if len(whole) < 10 && !strings.HasPrefix(name, "wrong") && name != "official.xlf" {
			t.Fatalf("%s: %d findings: the test needs findings", name, len(whole))
		}
		t.Logf("%s: %d findings, checked %s", name, len(whole), got.Direction)
		if !reflect.DeepEqual(streamed, whole) {
			n := 0
			for i := range min(len(streamed), len(whole)) {
				if !reflect.DeepEqual(streamed[i], whole[i]) && n < 3 {
					n++
					t.Errorf("%s: finding %d:\n got %+v\nwant %+v", name, i, streamed[i], whole[i])
				}
			}
			t.Errorf("%s: streamed findings differ from the whole document's (%d, %d)", name, len(streamed), len(whole))
		}
		// Read from an io.ReaderAt (standard input spooled to a temporary file), the
		// same findings again.
		spooled := l.NewRun(false)
		if _, err := spooled.LintReaderAt(name, bytes.NewReader(data), int64(len(data)), ro); err != nil {
			t.Fatal(err)
		}
		if got := spooled.Findings(); !reflect.DeepEqual(got, whole) {
			t.Errorf("%s: findings read from an io.ReaderAt differ from the whole document's (%d, %d)", name, len(got), len(whole))
		}
		if _, err := across.LintPath(name, path, ro); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := across.Findings(), l.LintRun(docs); !reflect.DeepEqual(got, want) {
		t.Errorf("across files: streamed findings differ from LintRun's (%d, %d)", len(got), len(want))
	}
	// A file that is not UTF-8 is read whole, for the error that says where.
	bad := filepath.Join(dir, "bad.tsv")
	os.WriteFile(bad, []byte("id\tja\ten\n1\t\xff\tx\n"), 0o644)
	_, err := l.NewRun(false).LintPath("bad.tsv", bad, ro)
	_, want := lint.Read("bad.tsv", []byte("id\tja\ten\n1\t\xff\tx\n"), ro)
	if err == nil || want == nil || err.Error() != want.Error() {
		t.Errorf("not UTF-8: %v, want %v", err, want)
	}
	badData := []byte("id\tja\ten\n1\t\xff\tx\n")
	_, err = l.NewRun(false).LintReaderAt("bad.tsv", bytes.NewReader(badData), int64(len(badData)), ro)
	if err == nil || err.Error() != want.Error() {
		t.Errorf("not UTF-8, from an io.ReaderAt: %v, want %v", err, want)
	}
}

// TestLintPathSameErrors: a file streamed from its path that lint cannot read, or whose
// labels lie, gets the error of the same file read whole, with its position.
func TestLintPathSameErrors(t *testing.T) {
	g, l := defaultLinter(t)
	ro := lint.ReadOptions{Langs: g.Languages}
	tmx := `<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<tmx version="1.4"><header srclang="ja" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>` + "\n"
	unit := "<tu tuid=\"%d\"><tuv xml:lang=\"ja\"><seg>拡大抑止を強化する</seg></tuv><tuv xml:lang=\"en\"><seg>strengthen expanded deterrence</seg></tuv></tu>\n"
	var many strings.Builder
	for i := range 5000 {
		fmt.Fprintf(&many, unit, i)
	}
	xlf := `<xliff version="1.2"><file original="s" source-language="ja" datatype="plaintext"><body>` + "\n"
	xunit := "<trans-unit id=\"%d\"><source>拡大抑止</source><target>expanded deterrence</target></trans-unit>\n"
	var xmany strings.Builder
	for i := range 5000 {
		fmt.Fprintf(&xmany, xunit, i)
	}
	po := "msgid \"\"\nmsgstr \"\"\n\"Language: en\\n\"\n\n" + strings.Repeat("msgid \"拡大抑止\"\nmsgstr \"expanded deterrence\"\n\n", 5000)
	for name, data := range map[string]string{
		"ja-in-en.tmx":     tmx + many.String() + `<tu><tuv xml:lang="ja"><seg>抑止</seg></tuv><tuv xml:lang="en"><seg>拡大抑止を強化する</seg></tuv></tu>` + "\n</body></tmx>\n",
		"two-ja.tmx":       tmx + many.String() + `<tu><tuv xml:lang="ja"><seg>抑止</seg></tuv><tuv xml:lang="ja-JP"><seg>抑止力</seg></tuv></tu>` + "\n</body></tmx>\n",
		"cut.tmx":          tmx + many.String() + `<tu><tuv xml:lang="ja"><seg>抑止`,
		"no-units.tmx":     tmx + "</body></tmx>\n",
		"no-target.xlf":    xlf + xmany.String() + "</body></file></xliff>\n",
		"cut.xlf":          `<xliff version="1.2"><file source-language="ja" target-language="en"><body>` + "\n" + xmany.String() + "<trans-unit id=\"x\"><source>a</source><target>b&bad;</target>",
		"bad-escape.po":    po + "msgid \"抑止\"\nmsgstr \"a \\q\"\n",
		"bad-keyword.po":   po + "msgid \"抑止\"\n  msgstrx \"a\"\n",
		"not-utf8.po":      po + "msgid \"\xff\"\nmsgstr \"a\"\n",
		"root.xliff":       "<tmx/>",
		"doctype.sdlxliff": `<!DOCTYPE x [<!ENTITY a "b">]><xliff/>`,
	} {
		path := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := l.NewRun(false).LintPath(name, path, ro)
		_, want := lint.Read(name, []byte(data), ro)
		if err == nil || want == nil || err.Error() != want.Error() {
			t.Errorf("%s: %v, want %v", name, err, want)
		}
	}
}

// TestInconsistentEveryUse: in a document dense with terms, where the consistency check
// keeps its uses compactly and decodes only the concepts rendered two ways, every use of
// the less frequent rendering is reported, at its own line, and nothing else: per document
// in a file (Segment.Part) and across files, with an acronym and a short form of the same
// concept beside them, which are never counted.
func TestInconsistentEveryUse(t *testing.T) {
	g, l := defaultLinter(t)
	const usual, other = "Japan-U.S. Alliance", "U.S.-Japan Alliance"
	var text strings.Builder
	want := map[int]int{} // line: findings
	for i := 0; i < 6000; i++ {
		term := usual
		if i%7 == 3 {
			term = other
			want[2*i+1] = 2
		}
		fmt.Fprintf(&text, "The %s, the Alliance, extended deterrence and the %s in the Indo-Pacific region.\n\n", term, term)
	}
	// Two documents of one TSV file, where the other rendering is the usual one in the second.
	var tsv strings.Builder
	tsv.WriteString("id\tja\ten\n")
	wantTSV := map[int]int{}
	for i := 0; i < 3000; i++ {
		part, term := "A", usual
		if i%2 == 1 {
			part = "B"
			if i%10 != 1 {
				term = other
			}
		}
		if i%10 == 1 || part == "A" && i%14 == 6 {
			if part == "A" {
				term = other
			}
			wantTSV[i+2] = 1
		}
		fmt.Fprintf(&tsv, "%s-%d\t日米同盟を強化する\tstrengthen the %s\n", part, i, term)
	}
	check := func(name string, fs []lint.Finding, want map[int]int, wantTerm string) {
		t.Helper()
		got := map[int]int{}
		for _, f := range fs {
			if f.Rule != lint.RuleInconsistent {
				continue
			}
			got[f.Line]++
			if f.File != name || f.Term != wantTerm && f.Term != usual || f.EndLine != f.Line || f.EndCol-f.Col != len(f.Term) {
				t.Fatalf("%s:%d:%d-%d:%d: %s %q in %s", name, f.Line, f.Col, f.EndLine, f.EndCol, f.Rule, f.Term, f.File)
			}
		}
		if len(got) != len(want) || !reflect.DeepEqual(got, want) {
			t.Errorf("%s: inconsistent-term on %d lines, want %d", name, len(got), len(want))
		}
	}
	dir := t.TempDir()
	inputs := map[string]string{"dense.txt": text.String(), "parts.tsv": tsv.String()}
	wants := map[string]map[int]int{"dense.txt": want, "parts.tsv": wantTSV}
	across := l.NewRun(true)
	for _, name := range []string{"dense.txt", "parts.tsv"} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(inputs[name]), 0o644); err != nil {
			t.Fatal(err)
		}
		run := l.NewRun(false)
		if _, err := run.LintPath(name, path, lint.ReadOptions{Langs: g.Languages, Lang: "en"}); err != nil {
			t.Fatal(err)
		}
		check(name, run.Findings(), wants[name], other)
		if _, err := across.LintPath(name, path, lint.ReadOptions{Langs: g.Languages, Lang: "en"}); err != nil {
			t.Fatal(err)
		}
	}
	// Across the two files, "U.S.-Japan Alliance" stays the rarer rendering.
	acrossWant := map[int]int{}
	for line, n := range want {
		acrossWant[line] = n
	}
	fs := across.Findings()
	var inText, inTSV []lint.Finding
	for _, f := range fs {
		if f.File == "dense.txt" {
			inText = append(inText, f)
		} else {
			inTSV = append(inTSV, f)
		}
	}
	check("dense.txt", inText, acrossWant, other)
	n := 0
	for _, f := range inTSV {
		if f.Rule == lint.RuleInconsistent {
			n++
		}
	}
	if wantN := strings.Count(tsv.String(), other); n != wantN {
		t.Errorf("across files: %d inconsistent-term in parts.tsv, want %d (each use of %q)", n, wantN, other)
	}
}

// defaultLinter returns the default glossary and a linter of it with the default options.
func defaultLinter(t *testing.T) (*glossary.Glossary, *lint.Linter) {
	t.Helper()
	g, err := glossary.Default()
	if err != nil {
		t.Fatal(err)
	}
	l, err := lint.New(g, lint.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return g, l
}
