package main

import (
	"archive/zip"
	"bytes"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestGoInstall installs the module the way a user does, go install
// github.com/glossterm/gloss/cmd/gloss@VERSION, from outside the source tree and without a
// replace directive: the tree is packed as a module zip into a file-based module proxy
// (the dependencies come from the local module cache, itself in proxy layout), so the
// module path, the go.mod, the embedded files and the version stamp are what a published
// release gives.
func TestGoInstall(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command from a module proxy; skipped with -short")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	modFile, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	const module, version = "github.com/glossterm/gloss", "v0.0.0-20260101000000-000000000000"
	if !bytes.HasPrefix(modFile, []byte("module "+module+"\n")) {
		t.Fatalf("go.mod does not declare module %s", module)
	}
	cacheOut, err := exec.Command(goBin, "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatal(err)
	}
	modCache := strings.TrimSpace(string(cacheOut))

	tmp := t.TempDir()
	dir := filepath.Join(tmp, "proxy", module, "@v")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, version+".mod"), modFile)
	writeFile(t, filepath.Join(dir, version+".info"), []byte(`{"Version":"`+version+`","Time":"2026-01-01T00:00:00Z"}`))
	writeFile(t, filepath.Join(dir, "list"), []byte(version+"\n"))
	writeFile(t, filepath.Join(dir, version+".zip"), moduleZip(t, root, module+"@"+version))

	bin := filepath.Join(tmp, "bin")
	work := filepath.Join(tmp, "elsewhere") // not inside any module
	if err := os.MkdirAll(work, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(goBin, "install", module+"/cmd/gloss@"+version)
	cmd.Dir = work
	cmd.Env = append(os.Environ(),
		"GOBIN="+bin,
		// a module cache of its own, so that a cached copy of an older tree under the
		// same version is never used, and that the test leaves nothing behind
		"GOMODCACHE="+filepath.Join(tmp, "modcache"),
		"GOFLAGS=-mod=mod -modcacherw -trimpath",
		"GOPROXY="+fileURL(filepath.Join(tmp, "proxy"))+","+fileURL(filepath.Join(modCache, "cache", "download")),
		"GONOSUMDB="+module, "GONOSUMCHECK=1", "GOSUMDB=off",
		"GOWORK=off", "CGO_ENABLED=0",
	)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go install: %v\n%s", err, out)
	}
	exe := filepath.Join(bin, "gloss")
	if runtime.GOOS == "windows" {
		exe += ".exe"
	}

	// The installed binary knows its version, and works with the embedded glossary
	// from a directory that has no gloss.yaml.
	out := runIn(t, work, exe, "version")
	if !strings.HasPrefix(out, "gloss "+version+" ") {
		t.Errorf("gloss version = %q, want the module version %s", out, version)
	}
	if out := runIn(t, work, exe, "lookup", "統合抑止"); !strings.Contains(out, "integrated deterrence") {
		t.Errorf("gloss lookup 統合抑止 outside the tree:\n%s", out)
	}
	if out := runIn(t, work, exe, "help", "glossary"); !strings.Contains(out, "# The gloss.yaml file format") {
		t.Errorf("gloss help glossary lacks the embedded reference:\n%s", out)
	}
}

func runIn(t *testing.T, dir, exe string, args ...string) string {
	t.Helper()
	cmd := exec.Command(exe, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GLOSS_GLOSSARY=")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("gloss %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func fileURL(path string) string {
	path = filepath.ToSlash(path)
	if !strings.HasPrefix(path, "/") {
		path = "/" + path // a Windows drive letter
	}
	return "file://" + path
}

// moduleZip packs the module tree as the go command expects a module zip: every file
// under prefix/, without version-control and hidden directories and without nested modules.
func moduleZip(t *testing.T, root, prefix string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() {
			if rel != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "vendor") {
				return filepath.SkipDir
			}
			if rel != "." {
				if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
					return filepath.SkipDir
				}
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		w, err := zw.Create(prefix + "/" + filepath.ToSlash(rel))
		if err != nil {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		_, err = io.Copy(w, f)
		return err
	})
	if err == nil {
		err = zw.Close()
	}
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
