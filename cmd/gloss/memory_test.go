package main

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"

	"github.com/glossterm/gloss/internal/morph"
)

// TestLintBudget: lint's soft memory limit is lintBase plus lintFactor bytes per byte of
// the regular files it checks, whatever limit another command set before, moved by what
// kagome's dictionary holds on the heap when it loads less lintDictShare; GOMEMLIMIT in the environment leaves the
// limit alone.
func TestLintBudget(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	saved, hook := memBudget, morph.BeforeLoad
	defer func() { memBudget, morph.BeforeLoad = saved, hook }()
	dir := t.TempDir()
	write := func(name string, n int) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, make([]byte, n), 0o644); err != nil {
			t.Fatal(err)
		}
		return name
	}
	a, b := write("a.xlf", 3<<20), write("b.txt", 1<<20)
	e := &env{cwd: dir, getenv: func(string) string { return "" }}
	memBudget = 1 << 30
	c := write("c.tsv", 8<<20)
	streamed := func(p string) bool { return p == c }
	lintBudget(e, streamed, a, b, c, "-", "missing.tsv")
	want := int64(lintBase + lintFactor*(4<<20) + lintStreamedFactor*(8<<20))
	if memBudget != want || debug.SetMemoryLimit(-1) != want {
		t.Errorf("limit %d (set %d), want %d", memBudget, debug.SetMemoryLimit(-1), want)
	}
	if morph.BeforeLoad == nil {
		t.Fatal("no hook raises the limit when kagome loads")
	}
	morph.BeforeLoad(morph.LeanBytes)
	if got := debug.SetMemoryLimit(-1); got != want+morph.LeanBytes-lintDictShare {
		t.Errorf("limit with kagome %d, want %d", got, want+morph.LeanBytes-lintDictShare)
	}
	// mapped, the dictionary's arrays are off the heap but in the RSS: the limit comes down
	memBudget = want
	morph.BeforeLoad(morph.LeanMappedBytes)
	if got := debug.SetMemoryLimit(-1); got != want+morph.LeanMappedBytes-lintDictShare || got >= want {
		t.Errorf("limit with kagome mapped %d, want %d, below %d", got, want+morph.LeanMappedBytes-lintDictShare, want)
	}
	if lintFactor > 4 {
		t.Errorf("lintFactor %d: the peak would exceed five times the input", lintFactor)
	}
	debug.SetMemoryLimit(123 << 20)
	morph.BeforeLoad = nil
	e.getenv = func(k string) string {
		if k == "GOMEMLIMIT" {
			return "1GiB"
		}
		return ""
	}
	lintBudget(e, streamed, a)
	if got := debug.SetMemoryLimit(-1); got != 123<<20 || morph.BeforeLoad != nil {
		t.Errorf("with GOMEMLIMIT set the limit became %d (hook set: %v)", got, morph.BeforeLoad != nil)
	}
}

// TestTMAddBudget: gloss tm add's soft memory limit is tmAddBase plus tmAddFactor bytes
// per byte of the largest file, the files being added one after the other; GOMEMLIMIT in
// the environment leaves the limit alone.
func TestTMAddBudget(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	saved := memBudget
	defer func() { memBudget = saved }()
	dir := t.TempDir()
	for name, n := range map[string]int{"a.tsv": 3 << 20, "b.tmx": 1 << 20} {
		if err := os.WriteFile(filepath.Join(dir, name), make([]byte, n), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	e := &env{cwd: dir, getenv: func(string) string { return "" }}
	tmAddBudget(e, "a.tsv", "b.tmx", "missing.tsv")
	want := int64(tmAddBase + tmAddFactor*(3<<20))
	if memBudget != want || debug.SetMemoryLimit(-1) != want {
		t.Errorf("limit %d (set %d), want %d", memBudget, debug.SetMemoryLimit(-1), want)
	}
	debug.SetMemoryLimit(123 << 20)
	e.getenv = func(k string) string {
		if k == "GOMEMLIMIT" {
			return "1GiB"
		}
		return ""
	}
	tmAddBudget(e, "a.tsv")
	if got := debug.SetMemoryLimit(-1); got != 123<<20 {
		t.Errorf("with GOMEMLIMIT set the limit became %d", got)
	}
}

// TestLookupInBudget: lookup --in streams its document, so its limit is a base, raised by
// the glossary file it loads and by kagome's dictionary, and GOMEMLIMIT overrides it.
func TestLookupInBudget(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	saved, hook := memBudget, morph.BeforeLoad
	defer func() { memBudget, morph.BeforeLoad = saved, hook }()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "g.yaml"), make([]byte, 1<<20), 0o644); err != nil {
		t.Fatal(err)
	}
	e := &env{cwd: dir, getenv: func(string) string { return "" }}
	memBudget = 256 << 20
	lookupInBudget(e)
	budgetFor(e, 0, "g.yaml") // as glossaryFlags.load does
	want := int64(lookupInBase + inputFactor*(1<<20))
	if memBudget != want || debug.SetMemoryLimit(-1) != want {
		t.Errorf("limit %d (set %d), want %d", memBudget, debug.SetMemoryLimit(-1), want)
	}
	if morph.BeforeLoad == nil {
		t.Fatal("no hook raises the limit when kagome loads")
	}
	morph.BeforeLoad(morph.LeanBytes)
	if want += morph.LeanBytes; memBudget != want || debug.SetMemoryLimit(-1) != want {
		t.Errorf("after kagome: limit %d (set %d), want %d", memBudget, debug.SetMemoryLimit(-1), want)
	}
	debug.SetMemoryLimit(123 << 20)
	e.getenv = func(k string) string {
		if k == "GOMEMLIMIT" {
			return "1GiB"
		}
		return ""
	}
	lookupInBudget(e)
	if got := debug.SetMemoryLimit(-1); got != 123<<20 {
		t.Errorf("GOMEMLIMIT set: the limit moved to %d", got)
	}
}

// TestValidateBudget: validate's limit is validateBase plus validateFactor bytes per byte
// of the glossary, but at most validateCap bytes per byte from validateCapFrom up, so that
// the peak of a glossary of 10 to 64 MiB stays within five times the file.
func TestValidateBudget(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	saved := memBudget
	defer func() { memBudget = saved }()
	e := &env{getenv: func(string) string { return "" }}
	for _, tc := range []struct {
		name string
		size int64
		want int64
	}{
		{"small", 1 << 20, validateBase + validateFactor*(1<<20)},
		{"just under the cap's start", validateCapFrom - 1, validateBase + validateFactor*(validateCapFrom-1)},
		{"over 10 MiB", 12 << 20, validateCap * (12 << 20)},
		{"at the old base", 32 << 20, validateCap * (32 << 20)},
		{"capped", 44 << 20, validateCap * (44 << 20)},
		{"where base and factor meet the cap", 128 << 20, validateCap * (128 << 20)},
		{"large", 200 << 20, validateBase + validateFactor*(200<<20)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			validateBudget(e, tc.size)
			if memBudget != tc.want || debug.SetMemoryLimit(-1) != tc.want {
				t.Errorf("limit %d (set %d), want %d", memBudget, debug.SetMemoryLimit(-1), tc.want)
			}
			if tc.size >= validateCapFrom && memBudget > 5*tc.size {
				t.Errorf("limit %d is over five times %d", memBudget, tc.size)
			}
		})
	}
}

// TestStreamBudget: a streamed exchange file's limit is its base plus streamFactor bytes per
// byte, but at most streamCap bytes per byte from validateCapFrom up, so that import of a
// file of 10 MiB or more stays within five times it.
func TestStreamBudget(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	saved := memBudget
	defer func() { memBudget = saved }()
	dir := t.TempDir()
	e := &env{cwd: dir, getenv: func(string) string { return "" }}
	for _, tc := range []struct {
		name   string
		format string
		size   int64
		want   int64
	}{
		{"small CSV", "csv", 1 << 20, streamBase + streamFactor*(1<<20)},
		{"just under the cap's start", "csv", validateCapFrom - 1, streamBase + streamFactor*(validateCapFrom-1)},
		{"12 MiB CSV, capped", "csv", 12 << 20, streamCap * (12 << 20)},
		{"20 MiB XLSX, under the cap", "xlsx", 20 << 20, xlsxStreamBase + streamFactor*(20<<20)},
		{"12 MiB XLSX, capped", "xlsx", 12 << 20, streamCap * (12 << 20)},
		{"large TMX, base and factor under the cap", "tmx", 100 << 20, streamBase + streamFactor*(100<<20)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := os.Create(filepath.Join(dir, "in."+tc.format))
			if err != nil {
				t.Fatal(err)
			}
			if err := f.Truncate(tc.size); err != nil { // sparse: no disk used
				t.Fatal(err)
			}
			f.Close()
			streamBudget(e, tc.format, "in."+tc.format)
			if memBudget != tc.want || debug.SetMemoryLimit(-1) != tc.want {
				t.Errorf("limit %d (set %d), want %d", memBudget, debug.SetMemoryLimit(-1), tc.want)
			}
			if tc.size >= validateCapFrom && memBudget > 5*tc.size {
				t.Errorf("limit %d is over five times %d", memBudget, tc.size)
			}
		})
	}
}

// TestLintCompileBudget: lint's limit moves from the glossary's share to the compile's and
// back to lintBase, plus what the runtime holds beyond lintOverheadShare once the compile's
// heap is let go; GOMEMLIMIT in the environment leaves it alone.
func TestLintCompileBudget(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	saved := memBudget
	defer func() { memBudget = saved }()
	dir := t.TempDir()
	const size = 10 << 20
	if err := os.WriteFile(filepath.Join(dir, "g.yaml"), make([]byte, size), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		env     string
		compile int64 // the limit while the matchers compile
	}{
		{name: "budgeted", env: "", compile: lintBase + lintCompileBase + lintCompileFactor*size},
		{name: "GOMEMLIMIT", env: "123MiB", compile: lintBase},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := &env{cwd: dir, getenv: func(k string) string {
				if k == "GOMEMLIMIT" {
					return tc.env
				}
				return ""
			}}
			memBudget = lintBase
			debug.SetMemoryLimit(lintBase)
			glossaryShare := budget(e, lintGlossaryFactor, 0, "g.yaml") * lintGlossaryFactor
			lintCompileBudget(e, "g.yaml", true)
			if memBudget != tc.compile || debug.SetMemoryLimit(-1) != tc.compile {
				t.Fatalf("limit while compiling %d (set %d), want %d (the glossary's share was %d)", memBudget, debug.SetMemoryLimit(-1), tc.compile, glossaryShare)
			}
			// After the compile the runtime holds 8 MiB more than lint's share: the
			// limit keeps room for it.
			defer func(f func() int64) { runtimeOverhead = f }(runtimeOverhead)
			runtimeOverhead = func() int64 { return lintOverheadShare + 8<<20 }
			lintCompileBudget(e, "g.yaml", false)
			want := int64(lintBase)
			if tc.env == "" {
				want += 8 << 20
			}
			if memBudget != want || tc.env == "" && debug.SetMemoryLimit(-1) != memBudget {
				t.Fatalf("limit after the compile %d (set %d), want %d", memBudget, debug.SetMemoryLimit(-1), want)
			}
		})
	}
}
