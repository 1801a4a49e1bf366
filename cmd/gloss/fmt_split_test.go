package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
)

// TestFmtSplitSameAsWhole: gloss fmt -w and --check of a glossary formatted one concept at
// a time (fmtSplitMin lowered to take every file) write and report what they do with the
// file parsed whole, on every glossary under testdata: the same bytes, exit code and
// messages, and a file with an error left as it is.
func TestFmtSplitSameAsWhole(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for _, root := range []string{"testdata", "../../testdata", "../../glossary"} {
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			switch {
			case err != nil || d.IsDir():
			case strings.HasSuffix(p, ".yaml") || strings.HasSuffix(p, ".yml"):
				files = append(files, p)
			case strings.HasSuffix(p, ".txtar"): // the glossaries of the scripts
				a, err := txtar.ParseFile(p)
				if err != nil {
					t.Fatal(err)
				}
				for i, f := range a.Files {
					if bytes.Contains(f.Data, []byte("concepts:")) && bytes.Contains(f.Data, []byte("gloss:")) {
						q := filepath.Join(dir, "txtar", strings.TrimSuffix(d.Name(), ".txtar"), fmt.Sprint(i), filepath.Base(f.Name))
						os.MkdirAll(filepath.Dir(q), 0o755)
						if err := os.WriteFile(q, f.Data, 0o644); err != nil {
							t.Fatal(err)
						}
						files = append(files, q)
					}
				}
			}
			return nil
		})
	}
	// a glossary with a comment in the concepts list (read whole), one with CRLF line ends
	// and a byte-order mark, one not canonical and one with an error in its last concept
	extra := map[string]string{
		"comment.yaml": "gloss: 1\nlanguages: [ja, en]\nconcepts:\n  # why\n  - id: a\n    terms: {ja: [抑止], en: [deterrence]}\n",
		"crlf.yaml":    "\uFEFFgloss: 1\r\nlanguages: [ja, en]\r\nconcepts:\r\n  - id: a\r\n    terms:\r\n      ja: [抑止]\r\n      en: [deterrence]\r\n",
		"loose.yaml":   "gloss: 1\nlanguages: [ja, en]\nconcepts:\n  - id: a\n    terms: {en: [deterrence], ja: [抑止]}\n  - {id: b, terms: {ja: [同盟]}}\n",
		"bad.yaml":     "gloss: 1\nlanguages: [ja, en]\nconcepts:\n  - id: a\n    terms: {ja: [抑止]}\n  - id: b\n    translate: maybe\n",
	}
	for name, text := range extra {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	if len(files) < 40 {
		t.Fatalf("only %d glossaries found", len(files))
	}
	saved := fmtSplitMin
	defer func() { fmtSplitMin = saved }()
	run1 := func(min int, args ...string) (int, string, string) {
		fmtSplitMin = min
		var out, errb bytes.Buffer
		e := &env{args: append([]string{"fmt"}, args...), stdout: &out, stderr: &errb, cwd: dir,
			getenv: func(k string) string { return map[string]string{"GOMEMLIMIT": "off"}[k] }}
		return run(e), out.String(), errb.String()
	}
	split := 0
	for i, src := range files {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := fmtEntries(&env{getenv: func(string) string { return "off" }}, data, src); ok {
			split++
		}
		var got [2]string
		for j, min := range []int{1 << 40, 0} {
			p := filepath.Join(dir, "w", fmt.Sprint(j), fmt.Sprint(i), filepath.Base(src))
			os.MkdirAll(filepath.Dir(p), 0o755)
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
			scode, stdout, sstderr := run1(min, p)
			ccode, _, cstderr := run1(min, "--check", p)
			before, _ := os.Stat(p)
			code, _, stderr := run1(min, "-w", p)
			after, _ := os.ReadFile(p)
			now, _ := os.Stat(p)
			replaced := fmt.Sprint(!os.SameFile(before, now)) // a file in canonical form is left as it is
			got[j] = strings.ReplaceAll(stdout+"\n--\n"+sstderr+"\n--\n"+string(after)+"\n--\n"+stderr+"\n--\n"+cstderr, p, "FILE") +
				fmt.Sprintf("\n-- exit codes %d %d %d, replaced %v", scode, code, ccode, replaced)
		}
		if got[0] != got[1] {
			t.Errorf("%d %s: fmt one concept at a time differs from fmt of the file whole:\n%s\nwant:\n%s", i, src, got[1], got[0])
		}
	}
	t.Logf("%d glossaries, %d split", len(files), split)
	if split < len(files)/2 {
		t.Errorf("only %d of %d glossaries were formatted one concept at a time", split, len(files))
	}
}
