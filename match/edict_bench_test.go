package match

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
	"testing"
	"time"

	"github.com/glossterm/gloss/glossary"
)

// peakLive samples the live heap (as of the last collection) until stop is called and
// returns the largest seen.
func peakLive() (stop func() uint64) {
	var peak atomic.Uint64
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		for {
			metrics.Read(s)
			if v := s[0].Value.Uint64(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-done:
				close(finished)
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	return func() uint64 {
		runtime.GC()
		close(done)
		<-finished
		return peak.Load()
	}
}

// BenchmarkCompileEDICT compiles the matchers lint compiles for the glossary file named
// by GLOSS_BENCH_GLOSSARY (EDICT imported with gloss import), read from the compiled
// cache one concept at a time, at the command's collector settings.
func BenchmarkCompileEDICT(b *testing.B) {
	path := os.Getenv("GLOSS_BENCH_GLOSSARY")
	if path == "" {
		b.Skip("GLOSS_BENCH_GLOSSARY not set")
	}
	ix, err := glossary.OpenModel(path)
	if err != nil {
		b.Fatal(err)
	}
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	concept := func(i int32) *glossary.Concept { return ix.At(int(i)) }
	b.ResetTimer()
	c0 := cpuTime()
	var peak uint64
	for i := 0; i < b.N; i++ {
		runtime.GC()
		stop := peakLive()
		for _, derived := range []bool{false, true} {
			m, err := compileFrom(ix.Lean(), concept, Options{Derived: derived})
			if err != nil {
				b.Fatal(err)
			}
			if i == 0 && !derived {
				p, s := m.Patterns()
				b.ReportMetric(float64(p), "patterns")
				b.ReportMetric(float64(s), "states")
				b.ReportMetric(float64(len(m.entries)), "entries")
				b.ReportMetric(float64(len(m.caseKeys)), "casekeys")
			}
		}
		peak = max(peak, stop())
	}
	b.ReportMetric(float64(cpuTime()-c0)/float64(b.N)/1e6, "cpu-ms/op")
	b.ReportMetric(float64(peak)/(1<<20), "peak-live-MiB")
}
