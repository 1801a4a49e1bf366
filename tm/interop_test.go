package tm

// Interop: the TMX gloss tm export writes is valid against the TMX 1.4 DTD OmegaT ships
// (xmllint) and read by translate-toolkit. Each test skips when its reader is missing, and
// fails instead under GLOSS_REQUIRE_INTEROP=1.

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

func need(t *testing.T, ok bool, what string) {
	t.Helper()
	if ok {
		return
	}
	if os.Getenv("GLOSS_REQUIRE_INTEROP") == "1" {
		t.Fatalf("%s is missing and GLOSS_REQUIRE_INTEROP=1", what)
	}
	t.Skipf("%s is missing", what)
}

// exported fills a memory from the sample TMX and the corpus bitext and exports it.
func exported(t *testing.T) (string, int) {
	ctx := context.Background()
	dir := t.TempDir()
	m := newMemory(t, dir)
	src := filepath.Join(dir, "s.tmx")
	os.WriteFile(src, []byte(sampleTMX), 0o644)
	for _, f := range []string{src, "../testdata/corpus/bitext/official-statements-2024-2025.tsv"} {
		if _, err := m.AddFile(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	var b bytes.Buffer
	n, err := m.ExportTMX(ctx, &b, Filter{}, "test", time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out.tmx")
	os.WriteFile(out, b.Bytes(), 0o644)
	return out, n
}

func TestExportValidatesAgainstDTD(t *testing.T) {
	xmllint, err := exec.LookPath("xmllint")
	need(t, err == nil, "xmllint")
	const jar = "/usr/share/omegat/OmegaT.jar"
	zr, err := zip.OpenReader(jar)
	need(t, err == nil, jar)
	defer zr.Close()
	p, n := exported(t)
	if n != 14 {
		t.Fatalf("exported %d units, want 14", n)
	}
	dtd := filepath.Join(t.TempDir(), "tmx14.dtd")
	for _, f := range zr.File {
		if f.Name == "schemas/tmx14.dtd" {
			rc, _ := f.Open()
			data, _ := io.ReadAll(rc)
			rc.Close()
			os.WriteFile(dtd, data, 0o644)
		}
	}
	if out, err := exec.Command(xmllint, "--noout", "--dtdvalid", dtd, p).CombinedOutput(); err != nil {
		t.Fatalf("xmllint --dtdvalid tmx14.dtd: %v\n%s", err, out)
	}
}

func TestTranslateToolkitReadsExport(t *testing.T) {
	err := exec.Command("/usr/bin/python3", "-c", "import translate.storage.tmx").Run()
	need(t, err == nil, "python3 with translate-toolkit")
	p, n := exported(t)
	out, err := exec.Command("/usr/bin/python3", "../testdata/exports/interop/ttk_read.py", "tmx", p).Output()
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Units []struct{ Source, Target string }
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Units) != n {
		t.Fatalf("translate-toolkit read %d units, want %d", len(got.Units), n)
	}
	if u := got.Units[1]; u.Source != "同盟を強化する。" || u.Target != "Strengthen the Alliance." {
		t.Errorf("second unit %+v", u)
	}
}
