package glossary

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestTrimCache(t *testing.T) {
	now := time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)
	key := func(c byte) string { return strings.Repeat(string(c), 64) }
	type file struct {
		name string
		size int
		age  time.Duration
	}
	tests := []struct {
		name  string
		files []file
		keep  string
		max   int64
		want  []string // the files left
	}{{
		name: "an entry unused for six days goes with its compiled files",
		files: []file{
			{key('a') + ".idx", 10, 6 * 24 * time.Hour}, {key('a') + ".match", 10, 6 * 24 * time.Hour},
			{key('b') + ".idx", 10, time.Hour},
		},
		keep: key('b') + ".idx", max: 1 << 30,
		want: []string{key('b') + ".idx"},
	}, {
		name: "an entry used since (its newest file) stays",
		files: []file{
			{key('a') + ".idx", 10, 6 * 24 * time.Hour}, {key('a') + ".match", 10, 2 * time.Hour},
			{key('b') + ".idx", 10, time.Hour},
		},
		keep: key('b') + ".idx", max: 1 << 30,
		want: []string{key('a') + ".idx", key('a') + ".match", key('b') + ".idx"},
	}, {
		name: "over the limit, the least recently used go first",
		files: []file{
			{key('a') + ".idx", 40, 3 * time.Hour},
			{key('b') + ".idx", 40, 2 * time.Hour},
			{key('c') + ".idx", 40, time.Hour},
			{key('d') + ".idx", 40, 0},
		},
		keep: key('d') + ".idx", max: 100,
		want: []string{key('c') + ".idx", key('d') + ".idx"},
	}, {
		name: "the entry just written stays even over the limit",
		files: []file{
			{key('a') + ".idx", 40, time.Hour},
			{key('d') + ".idx", 400, 0}, {key('d') + ".match", 400, 0},
		},
		keep: key('d') + ".idx", max: 100,
		want: []string{key('d') + ".idx", key('d') + ".match"},
	}, {
		name: "a killed writer's old temporary file goes, a writer's current one and other files stay",
		files: []file{
			{"." + key('a') + ".idx.tmp123", 10, 2 * time.Hour},
			{"." + key('b') + ".idx.tmp456", 10, time.Minute},
			{"notes.txt", 10, 30 * 24 * time.Hour},
			{key('d') + ".idx", 10, 0},
		},
		keep: key('d') + ".idx", max: 1 << 30,
		want: []string{"." + key('b') + ".idx.tmp456", key('d') + ".idx", "notes.txt"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for _, f := range tt.files {
				p := filepath.Join(dir, f.name)
				if err := os.WriteFile(p, make([]byte, f.size), 0o644); err != nil {
					t.Fatal(err)
				}
				mod := now.Add(-f.age)
				if err := os.Chtimes(p, mod, mod); err != nil {
					t.Fatal(err)
				}
			}
			trimCache(dir, tt.keep, tt.max, now)
			des, _ := os.ReadDir(dir)
			var got []string
			for _, de := range des {
				got = append(got, de.Name())
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("left %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCacheMax(t *testing.T) {
	for _, tt := range []struct {
		env  string
		want int64
	}{
		{"", cacheMaxBytes},
		{"1000", 1000},
		{"512M", 512 << 20},
		{"3g", 3 << 30},
		{"64K", 64 << 10},
		{"lots", cacheMaxBytes},
		{"-5", cacheMaxBytes},
	} {
		t.Setenv("GLOSS_CACHE_MAX", tt.env)
		if got := cacheMax(); got != tt.want {
			t.Errorf("GLOSS_CACHE_MAX=%q: %d, want %d", tt.env, got, tt.want)
		}
	}
}

// TestCacheKeepsWhatIsUsed edits a large glossary twice under a cache limit that holds
// one version: each new version's entry replaces the last, and reading marks an entry used.
func TestCacheKeepsWhatIsUsed(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("GLOSS_CACHE_DIR", filepath.Join(dir, "cache"))
	t.Setenv("GLOSS_CACHE", "")
	path := filepath.Join(dir, "big.yaml")
	entries := func() []string {
		m, _ := filepath.Glob(filepath.Join(dir, "cache", "*.idx"))
		return m
	}
	var last string
	for v := range 3 {
		if err := os.WriteFile(path, bigGlossary(t, v), 0o644); err != nil {
			t.Fatal(err)
		}
		if v == 0 {
			if _, err := OpenIndex(path); err != nil {
				t.Fatal(err)
			}
			e := entries()
			if len(e) != 1 {
				t.Fatalf("after the first load, %d entries, want 1", len(e))
			}
			last = e[0]
			t.Setenv("GLOSS_CACHE_MAX", "1") // from now on the cache holds only the newest
			old := time.Now().Add(-3 * time.Hour)
			os.Chtimes(last, old, old)
			if _, err := OpenIndex(path); err != nil {
				t.Fatal(err)
			}
			if fi, _ := os.Stat(last); !fi.ModTime().After(old.Add(time.Hour)) {
				t.Errorf("reading the entry did not mark it used: modified %v", fi.ModTime())
			}
			continue
		}
		if _, err := OpenIndex(path); err != nil {
			t.Fatal(err)
		}
		e := entries()
		if len(e) != 1 || e[0] == last {
			t.Fatalf("version %d: entries %q, want one new entry in place of %s", v, e, filepath.Base(last))
		}
		last = e[0]
	}
}

// bigGlossary is the default glossary padded past cacheMin, version v of it.
func bigGlossary(t *testing.T, v int) []byte {
	t.Helper()
	head := fmt.Sprintf("# version %d %s\n", v, strings.Repeat("x", cacheMin))
	return append([]byte(head), DefaultSource()...)
}
