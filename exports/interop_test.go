package exports_test

// Interop tests: the files gloss writes, read by the real readers CAT users have —
// translate-toolkit (TMX, TBX), openpyxl (XLSX), xmllint with the TMX 1.4 DTD OmegaT ships,
// and OmegaT itself in console mode. Each skips when its reader is missing, and fails
// instead when GLOSS_REQUIRE_INTEROP=1 (as .ci/run sets it).

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/exports/delim"
	"github.com/glossterm/gloss/exports/internal/exptest"
	"github.com/glossterm/gloss/exports/tbx"
	"github.com/glossterm/gloss/exports/tmx"
	"github.com/glossterm/gloss/exports/xlsx"
	"github.com/glossterm/gloss/glossary"
)

const python = "/usr/bin/python3"

// need skips (or, under GLOSS_REQUIRE_INTEROP=1, fails) when ok is false.
func need(t *testing.T, ok bool, what string) {
	t.Helper()
	if ok {
		return
	}
	if os.Getenv("GLOSS_REQUIRE_INTEROP") == "1" {
		t.Fatalf("%s is missing and GLOSS_REQUIRE_INTEROP=1 (.ci/run installs it)", what)
	}
	t.Skipf("%s is missing", what)
}

func havePython(t *testing.T, module string) {
	t.Helper()
	err := exec.Command(python, "-c", "import "+module).Run()
	need(t, err == nil, python+" with the module "+module)
}

func haveCmd(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	need(t, err == nil, name)
	return p
}

// writeFile writes g in a format into dir and returns the path.
func writeFile(t *testing.T, dir, name string, write func(io.Writer) (*exports.Report, error)) string {
	t.Helper()
	var b bytes.Buffer
	if _, err := write(&b); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

type ttkUnit struct {
	ID, Source, Target string
	Langs              []string
}

func ttkRead(t *testing.T, kind, path string) []ttkUnit {
	t.Helper()
	out, err := exec.Command(python, filepath.Join(exptest.Root(), "interop", "ttk_read.py"), kind, path).Output()
	if err != nil {
		t.Fatalf("translate-toolkit could not read %s: %v\n%s", path, err, stderrOf(err))
	}
	var res struct{ Units []ttkUnit }
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	return res.Units
}

func stderrOf(err error) string {
	if ee, ok := err.(*exec.ExitError); ok {
		return string(ee.Stderr)
	}
	return ""
}

func TestTranslateToolkitReadsTMX(t *testing.T) {
	havePython(t, "translate.storage.tmx")
	g := exptest.Sample(t)
	p := writeFile(t, t.TempDir(), "g.tmx", func(w io.Writer) (*exports.Report, error) { return tmx.Write(w, g, exptest.Options()) })
	units := ttkRead(t, "tmx", p)
	if len(units) != 4 {
		t.Fatalf("translate-toolkit read %d units, want 4: %+v", len(units), units)
	}
	for _, u := range units {
		if strings.Join(u.Langs, ",") != "ja-JP,en-US" {
			t.Errorf("unit %s: languages %v", u.ID, u.Langs)
		}
	}
	if u := units[0]; u.Source != "拡大抑止" || u.Target != "extended deterrence" || u.ID != "extended-deterrence" {
		t.Errorf("first unit %+v", u)
	}
}

func TestTranslateToolkitReadsTBX(t *testing.T) {
	havePython(t, "translate.storage.tbx")
	g := exptest.Sample(t)
	p := writeFile(t, t.TempDir(), "g.tbx", func(w io.Writer) (*exports.Report, error) { return tbx.Write(w, g, tbx.V2, exptest.Options()) })
	units := ttkRead(t, "tbx", p)
	if len(units) != 3 {
		t.Fatalf("translate-toolkit read %d units, want 3: %+v", len(units), units)
	}
	want := []ttkUnit{
		{"extended-deterrence", "拡大抑止", "extended deterrence", []string{"ja", "en"}},
		{"counterstrike-capabilities", "反撃能力", "counterstrike capabilities", []string{"ja", "en"}},
		{"formula-injection", "=1+1", "@SUM(A1)", []string{"ja", "en"}},
	}
	for i, u := range units {
		if u.ID != want[i].ID || u.Source != want[i].Source || u.Target != want[i].Target || strings.Join(u.Langs, ",") != "ja,en" {
			t.Errorf("unit %d: %+v, want %+v", i, u, want[i])
		}
	}
}

func TestOpenpyxlReadsXLSX(t *testing.T) {
	havePython(t, "openpyxl")
	g := exptest.Sample(t)
	dir := t.TempDir()
	for _, profile := range xlsx.Profiles {
		t.Run(profile, func(t *testing.T) {
			o := exptest.Options()
			o.Profile = profile
			p := writeFile(t, dir, profile+".xlsx", func(w io.Writer) (*exports.Report, error) { return xlsx.Write(w, g, o) })
			out, err := exec.Command(python, filepath.Join(exptest.Root(), "interop", "openpyxl_read.py"), p).Output()
			if err != nil {
				t.Fatalf("openpyxl could not read %s: %v\n%s", p, err, stderrOf(err))
			}
			var res struct {
				Title, Freeze, Filter, Font string
				Wrap                        bool
				Rows                        [][]struct {
					V any
					T string
				}
			}
			if err := json.Unmarshal(out, &res); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			if res.Freeze != "A2" || res.Filter == "" || res.Font != xlsx.Font || !res.Wrap {
				t.Errorf("layout: frozen at %q, filter %q, font %q, wrap %v", res.Freeze, res.Filter, res.Font, res.Wrap)
			}
			if len(res.Rows) < 4 {
				t.Fatalf("%d rows", len(res.Rows))
			}
			for r, row := range res.Rows {
				for c, cell := range row {
					s, isString := cell.V.(string)
					if cell.T == "f" || isString && cell.T != "s" {
						t.Errorf("row %d col %d: %v has data type %q; want a string cell", r+1, c+1, cell.V, cell.T)
					}
					if isString && strings.HasPrefix(s, "=") && cell.T != "s" {
						t.Errorf("row %d col %d: %q is a formula", r+1, c+1, s)
					}
				}
			}
			if profile == "generic" {
				var header []string
				for _, c := range res.Rows[0] {
					header = append(header, c.V.(string))
				}
				if strings.Join(header[:5], ",") != "id,subject,status,ja,ja status" {
					t.Errorf("header %v", header)
				}
				if v := res.Rows[3][3].V; v != "=1+1" {
					t.Errorf("D4 = %v, want the text =1+1", v)
				}
			}
			if profile == "phrase" {
				if c := res.Rows[2][8]; c.T != "b" {
					t.Errorf("phrase forbidden cell %+v is not an Excel boolean", c)
				}
			}
		})
	}
}

// tmxDTD extracts schemas/tmx14.dtd from OmegaT's jar into dir.
func tmxDTD(t *testing.T, dir string) string {
	t.Helper()
	const jar = "/usr/share/omegat/OmegaT.jar"
	zr, err := zip.OpenReader(jar)
	need(t, err == nil, jar+" (Debian package omegat)")
	defer zr.Close()
	for _, f := range zr.File {
		if f.Name == "schemas/tmx14.dtd" {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			data, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				t.Fatal(err)
			}
			p := filepath.Join(dir, "tmx14.dtd")
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
			return p
		}
	}
	t.Fatalf("%s has no schemas/tmx14.dtd", jar)
	return ""
}

func TestXmllintValidatesTMX(t *testing.T) {
	xmllint := haveCmd(t, "xmllint")
	dir := t.TempDir()
	dtd := tmxDTD(t, dir)
	g := exptest.Sample(t)
	for _, tc := range []struct {
		name string
		opt  exports.Options
	}{
		{name: "default", opt: exptest.Options()},
		{name: "all statuses, bare locales, en source", opt: func() exports.Options {
			o := exptest.All(exptest.Options())
			o.Locale, o.Source, o.Target = "bare", "en", "ja"
			return o
		}()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := writeFile(t, dir, "g.tmx", func(w io.Writer) (*exports.Report, error) { return tmx.Write(w, g, tc.opt) })
			out, err := exec.Command(xmllint, "--noout", "--dtdvalid", dtd, p).CombinedOutput()
			if err != nil {
				t.Errorf("xmllint --dtdvalid tmx14.dtd: %v\n%s", err, out)
			}
		})
	}
	// and the check is real: a tuv without xml:lang fails it
	bad := filepath.Join(dir, "bad.tmx")
	os.WriteFile(bad, []byte(`<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="phrase" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/><body><tu><tuv><seg>a</seg></tuv></tu></body></tmx>`), 0o644)
	if err := exec.Command(xmllint, "--noout", "--dtdvalid", dtd, bad).Run(); err == nil {
		t.Error("xmllint accepted a tuv without xml:lang")
	}
}

// TestOmegaTTranslatesFromTMX runs OmegaT in console mode on a project whose tm/auto holds
// gloss's TMX: the translated document must take its text from the TMX.
func TestOmegaTTranslatesFromTMX(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a JVM")
	}
	omegat := haveCmd(t, "omegat")
	dir := t.TempDir()
	for _, d := range []string{"source", "target", "tm/auto", "glossary", "omegat", "dictionary"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	g := exptest.Sample(t)
	writeFile(t, filepath.Join(dir, "tm", "auto"), "gloss.tmx", func(w io.Writer) (*exports.Report, error) { return tmx.Write(w, g, exptest.Options()) })
	os.WriteFile(filepath.Join(dir, "source", "doc.txt"), []byte("拡大抑止\n\n反撃能力\n\n未訳の文\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "omegat.project"), []byte(omegatProject), 0o644)
	cmd := exec.Command(omegat, "--mode=console-translate", dir)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("omegat --mode=console-translate: %v\n%s", err, out)
	}
	got, err := os.ReadFile(filepath.Join(dir, "target", "doc.txt"))
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if want := "extended deterrence\n\ncounterstrike capabilities\n\n未訳の文\n"; string(got) != want {
		t.Errorf("OmegaT wrote %q, want %q", got, want)
	}
}

const omegatProject = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
    <project version="1.0">
        <source_dir>__DEFAULT__</source_dir>
        <source_dir_excludes/>
        <target_dir>__DEFAULT__</target_dir>
        <tm_dir>__DEFAULT__</tm_dir>
        <glossary_dir>__DEFAULT__</glossary_dir>
        <glossary_file>__DEFAULT__</glossary_file>
        <dictionary_dir>__DEFAULT__</dictionary_dir>
        <source_lang>ja-JP</source_lang>
        <target_lang>en-US</target_lang>
        <source_tok>org.omegat.tokenizer.DefaultTokenizer</source_tok>
        <target_tok>org.omegat.tokenizer.DefaultTokenizer</target_tok>
        <sentence_seg>false</sentence_seg>
        <support_default_translations>true</support_default_translations>
        <remove_tags>false</remove_tags>
    </project>
</omegat>
`

// TestTBXFromTranslateToolkit reads a TBX that translate-toolkit writes.
func TestTBXFromTranslateToolkit(t *testing.T) {
	havePython(t, "translate.storage.tbx")
	p := filepath.Join(t.TempDir(), "ttk.tbx")
	script := `
import sys
from translate.storage import tbx
f = tbx.tbxfile(sourcelanguage="ja", targetlanguage="en")
u = f.addsourceunit("x")
u.setsource("拡大抑止", sourcelang="ja")
u.settarget("extended deterrence", lang="en")
with open(sys.argv[1], "wb") as out:
    f.serialize(out)
`
	if out, err := exec.Command(python, "-c", script, p).CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	g, err := tbx.Read(bytes.NewReader(data), p, []string{"ja", "en"})
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	if len(g.Concepts) != 1 || g.Concepts[0].Terms["en"][0].Text != "extended deterrence" {
		t.Errorf("read %s", glossary.Format(g))
	}
}

// TestOmegaTReadsGlossaries loads gloss's OmegaT (.utf8) and TBX glossaries with OmegaT's
// own readers (GlossaryReaderTSV, GlossaryReaderTBX), through jshell.
func TestOmegaTReadsGlossaries(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a JVM")
	}
	jshell := haveCmd(t, "jshell")
	const jar = "/usr/share/omegat/OmegaT.jar"
	_, err := os.Stat(jar)
	need(t, err == nil, jar+" (Debian package omegat)")
	dir := t.TempDir()
	g := exptest.Sample(t)
	writeFile(t, dir, "g.utf8", func(w io.Writer) (*exports.Report, error) { return delim.WriteOmegaT(w, g, exptest.Options()) })
	writeFile(t, dir, "g.tbx", func(w io.Writer) (*exports.Report, error) { return tbx.Write(w, g, tbx.V2, exptest.Options()) })
	os.MkdirAll(filepath.Join(dir, "project"), 0o755)
	script := `
var tsv = org.omegat.gui.glossary.GlossaryReaderTSV.read(new java.io.File("g.utf8"), false);
for (var e : tsv) System.out.println("TSV\t" + e.getSrcText() + "\t" + e.getLocText() + "\t" + e.getCommentText());
var props = new org.omegat.core.data.ProjectProperties(new java.io.File("project"));
props.setSourceLanguage("ja-JP");
props.setTargetLanguage("en-US");
org.omegat.core.Core.setProject(new org.omegat.core.data.RealProject(props));
var tbx = org.omegat.gui.glossary.GlossaryReaderTBX.read(new java.io.File("g.tbx"), false);
for (var e : tbx) System.out.println("TBX\t" + e.getSrcText() + "\t" + e.getLocText());
/exit
`
	os.WriteFile(filepath.Join(dir, "read.jsh"), []byte(script), 0o644)
	cmd := exec.Command(jshell, "--class-path", jar, "read.jsh")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("jshell: %v\n%s", err, out)
	}
	var tsv, tbxEntries [][]string
	for _, line := range strings.Split(string(out), "\n") {
		f := strings.Split(line, "\t")
		switch f[0] {
		case "TSV":
			tsv = append(tsv, f[1:])
		case "TBX":
			tbxEntries = append(tbxEntries, f[1:])
		}
	}
	if len(tsv) != 8 || tsv[1][1] != "expanded deterrence" || !strings.HasPrefix(tsv[1][2], "DO NOT USE") {
		t.Errorf("OmegaT read the .utf8 glossary as %q\n%s", tsv, out)
	}
	// OmegaT pairs every source term with every target term of an entry and keeps no
	// status (documented in package tbx): check the entries and languages it found.
	if len(tbxEntries) != 10 || tbxEntries[0][0] != "拡大抑止" || tbxEntries[0][1] != "extended deterrence" {
		t.Errorf("OmegaT read the TBX glossary as %q\n%s", tbxEntries, out)
	}
}
