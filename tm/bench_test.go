package tm

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/glossterm/gloss/tm/internal/synth"
	"github.com/glossterm/gloss/tm/internal/trigram"
	"github.com/glossterm/gloss/tm/store"
)

// corpusPairs are the corpus's bitext and aligned parallel statements.
func corpusPairs(tb testing.TB) []synth.Pair {
	ps, err := synth.CorpusPairs("../testdata/corpus")
	if err != nil {
		tb.Fatal(err)
	}
	return ps
}

func glossaryPairs(tb testing.TB) []synth.Pair {
	ps, err := synth.GlossaryPairs()
	if err != nil {
		tb.Fatal(err)
	}
	return ps
}

// benchUnits is the size of the benchmark memory: 100,000, or $GLOSS_TM_BENCH_UNITS.
func benchUnits() int {
	if n, err := strconv.Atoi(os.Getenv("GLOSS_TM_BENCH_UNITS")); err == nil && n > 0 {
		return n
	}
	return 100_000
}

// chunk is the number of units of one generated bitext file.
const chunk = 50_000

// TestMain removes the benchmark memory.
func TestMain(m *testing.M) {
	code := m.Run()
	if benchMem != nil {
		benchMem.Close()
	}
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

var (
	benchDir  string
	benchOnce sync.Once
	benchMem  *Memory
	benchGen  *synth.Generator
	benchErr  error
)

// benchMemory builds the synthetic memory once per process, and reports how long the add
// took. The memory is a file, or with $GLOSS_TM_PG (a postgres:// URL of an empty
// database) a PostgreSQL memory, so that the two stores can be measured side by side.
func benchMemory(b *testing.B) (*Memory, *synth.Generator) {
	benchOnce.Do(func() {
		dir, err := os.MkdirTemp("", "gloss-tm-bench")
		benchDir = dir
		if err != nil {
			benchErr = err
			return
		}
		n := benchUnits()
		path := filepath.Join(dir, "bench.tm")
		// bitext files of 50,000 units each (a bitext file is read whole, up to 32 MiB)
		g := synth.New(corpusPairs(b), glossaryPairs(b), 1)
		var files []string
		for done := 0; done < n; done += chunk {
			tsv := filepath.Join(dir, fmt.Sprintf("synth-%d.tsv", len(files)))
			f, _ := os.Create(tsv)
			g.WriteTSV(f, min(chunk, n-done))
			f.Close()
			files = append(files, tsv)
		}
		if u := os.Getenv("GLOSS_TM_PG"); u != "" {
			path = u
		}
		m, err := Open(context.Background(), path, true)
		if err != nil {
			benchErr = err
			return
		}
		start, cpu0 := time.Now(), cpuTime()
		added := 0
		for _, tsv := range files {
			res, err := m.AddFile(context.Background(), tsv)
			if err != nil {
				benchErr = err
				return
			}
			added += res.Added
		}
		var size int64
		if fi, err := os.Stat(path); err == nil {
			size = fi.Size()
		}
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		var ru syscall.Rusage
		syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
		fmt.Fprintf(os.Stderr, "tm add of %d generated units to %s: %d stored, %v (CPU of gloss %v), memory file %d MB, Go heap peak %d MB, peak RSS %d MB\n",
			n, Redact(path), added, time.Since(start).Round(time.Millisecond), (cpuTime() - cpu0).Round(time.Millisecond), size>>20, ms.HeapSys>>20, ru.Maxrss>>10)
		benchMem, benchGen = m, synth.New(corpusPairs(b), glossaryPairs(b), 2)
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchMem, benchGen
}

// BenchmarkConcordance searches the synthetic memory for glossary terms, long and short.
func BenchmarkConcordance(b *testing.B) {
	m, _ := benchMemory(b)
	queries := []string{"拡大抑止", "抑止", "同盟", "extended deterrence", "Alliance", "日米安全保障条約", "猫舌" /* in no unit: a scan of every key */}
	for _, q := range queries {
		b.Run(q, func(b *testing.B) {
			cpu := cpuTime()
			for b.Loop() {
				if _, _, err := m.Search(context.Background(), q, SearchOptions{Limit: 20}); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu)
		})
	}
}

// BenchmarkFuzzyMatch matches new generated sentences (so most have near neighbours but
// few exact matches).
func BenchmarkFuzzyMatch(b *testing.B) {
	m, g := benchMemory(b)
	for _, lang := range []string{"ja", "en"} {
		b.Run(lang, func(b *testing.B) {
			Score(store.JA, "形態素解析を準備する。", "形態素解析を準備した。") // load kagome's dictionary first
			cpu := cpuTime()
			for b.Loop() {
				p := g.Next()
				s := p.JA
				if lang == "en" {
					s = p.EN
				}
				if _, err := m.Match(context.Background(), s, MatchOptions{}); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu)
		})
	}
}

// cpuTime is the process's user and system CPU time so far. The benchmarks report it per
// operation beside the wall time, which on a shared machine measures the neighbours too.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}

// BenchmarkKeys normalizes generated units (Keys) and works out their trigrams, the part
// of tm add that is gloss's own work on each unit before SQLite's.
func BenchmarkKeys(b *testing.B) {
	g := synth.New(corpusPairs(b), glossaryPairs(b), 1)
	units := make([]*Unit, 1000)
	for i := range units {
		p := g.Next()
		units[i] = &Unit{JA: p.JA, EN: p.EN}
	}
	var grams []uint64
	cpu := cpuTime()
	for b.Loop() {
		for _, u := range units {
			Keys(u)
			grams = trigram.Grams(trigram.Grams(grams[:0], u.JAKey), u.ENKey)
		}
	}
	reportCPU(b, cpu)
}
