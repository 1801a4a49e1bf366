package glossary_test

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	. "github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/glossary/internal/synth"
)

// BenchmarkLookupExact is one in-process exact lookup on the embedded glossary (target ≤ 5 µs).
func BenchmarkLookupExact(b *testing.B) {
	g, _ := Default()
	ix := NewIndex(g)
	b.ReportAllocs()
	for b.Loop() {
		ix.Lookup("統合抑止")
	}
}

// BenchmarkLookupPartial lists every concept containing 抑止.
func BenchmarkLookupPartial(b *testing.B) {
	g, _ := Default()
	ix := NewIndex(g)
	b.ReportAllocs()
	for b.Loop() {
		ix.Lookup("抑止")
	}
}

// BenchmarkDefaultParse parses the embedded glossary, as a cold lookup does.
func BenchmarkDefaultParse(b *testing.B) {
	for b.Loop() {
		if _, err := Parse(DefaultSource(), DefaultName); err != nil {
			b.Fatal(err)
		}
	}
}

var (
	bigOnce sync.Once
	bigPath string
)

// big writes a generated 100,000-concept glossary once per test binary.
func big(b *testing.B) string {
	bigOnce.Do(func() {
		dir, _ := os.MkdirTemp("", "gloss-bench")
		bigPath = filepath.Join(dir, "big.yaml")
		os.WriteFile(bigPath, Format(synth.Glossary(100_000)), 0o644)
	})
	return bigPath
}

// BenchmarkOpenIndex100kCached is the library part of a cold `gloss lookup` on a
// 100,000-concept glossary whose compiled index is cached (target: the whole process ≤ 200 ms).
func BenchmarkOpenIndex100kCached(b *testing.B) {
	path := big(b)
	b.Setenv("GLOSS_CACHE_DIR", filepath.Join(filepath.Dir(path), "cache"))
	if _, err := OpenIndex(path); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		ix, _ := OpenIndex(path)
		ix.Lookup("統合抑止")
	}
}

// BenchmarkValidate100kCached is `gloss validate` on the same glossary (target ≤ 2 s).
func BenchmarkValidate100kCached(b *testing.B) {
	path := big(b)
	b.Setenv("GLOSS_CACHE_DIR", filepath.Join(filepath.Dir(path), "cache"))
	if _, err := OpenIndex(path); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		ix, _ := OpenIndex(path)
		Validate(ix.Glossary())
	}
}

// BenchmarkParse100k is the uncached YAML parse that the cache avoids.
func BenchmarkParse100k(b *testing.B) {
	data, _ := os.ReadFile(big(b))
	for b.Loop() {
		Parse(data, "big.yaml")
	}
}

// BenchmarkValidateFile100k is `gloss validate` on the same glossary without a cache: parsed
// and checked one concept at a time.
func BenchmarkValidateFile100k(b *testing.B) {
	path := big(b)
	b.Setenv("GLOSS_CACHE", "off")
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := ValidateFile(path); err != nil {
			b.Fatal(err)
		}
	}
}
