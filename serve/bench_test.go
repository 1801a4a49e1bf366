package serve

import (
	"fmt"
	"net/http/httptest"
	"net/url"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/glossterm/gloss/glossary"
)

var (
	bigOnce   sync.Once
	bigServer *Server
)

// big returns a read-only workbench over a generated 100,000-concept glossary.
func big(b *testing.B) *Server {
	bigOnce.Do(func() {
		s, err := New(Config{ReadOnly: true})
		if err != nil {
			b.Fatal(err)
		}
		s.st = newState(generate(100_000), &state{})
		bigServer = s
	})
	return bigServer
}

// generate returns a glossary of n approved concepts with distinct terms, shaped as
// glossary/internal/synth's (which only glossary's own tests may import): one preferred
// Japanese and English term, an admitted English variant, a definition and a source each.
func generate(n int) *glossary.Glossary {
	kanji := []rune("抑止戦略同盟防衛安全保障統合拡大柔軟性核軍事国家政策協力地域平和支援態勢能作指揮制")
	words := []string{"deterrence", "strategy", "alliance", "defense", "security", "integrated", "extended",
		"flexibility", "nuclear", "military", "national", "policy", "cooperation", "regional", "peace",
		"support", "posture", "capability", "operation", "command", "control"}
	g := &glossary.Glossary{Version: glossary.FormatVersion, Languages: []string{"ja", "en"}}
	for i := range n {
		var ja []rune
		for k, x := 0, i; k < 4 || x > 0; k, x = k+1, x/len(kanji) {
			ja = append(ja, kanji[x%len(kanji)])
		}
		en := ""
		for k, x := 0, i; k < 3 || x > 0; k, x = k+1, x/len(words) {
			if en != "" {
				en += " "
			}
			en += words[x%len(words)]
		}
		c := &glossary.Concept{ID: fmt.Sprintf("concept-%d", i), Subject: words[i%len(words)], Status: glossary.Approved,
			Definition: map[string]string{"en": "A generated concept for benchmarks: " + en + "."}}
		c.AddTerm("ja", &glossary.Term{Text: string(ja), Status: glossary.Preferred})
		c.AddTerm("en", &glossary.Term{Text: en, Status: glossary.Preferred})
		c.AddTerm("en", &glossary.Term{Text: en + " policy", Status: glossary.Admitted})
		c.Sources = []*glossary.Source{{Lang: "en", Doc: "Generated corpus", Quote: "the " + en + " of the alliance"}}
		g.Concepts = append(g.Concepts, c)
	}
	return g
}

// searchQueries are what a person types: whole terms in either language, a word that is
// part of thousands of terms, prefixes as search-as-you-type sends them, and a miss.
var searchQueries = []string{
	"抑止戦略同盟防衛", "extended deterrence alliance", "Nuclear Military National", "抑止", "deterrence",
	"deter", "coop", "同盟防", "posture capability", "no such term at all",
}

// BenchmarkSearch100k times the search handler, page rendering included, on a generated
// 100,000-concept glossary and reports the 95th percentile of a request's wall time and,
// on Linux, of the CPU time its thread used (the figure that holds on a busy machine).
func BenchmarkSearch100k(b *testing.B) {
	s := big(b)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var wall, cpu []time.Duration
	i := 0
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		q := searchQueries[i%len(searchQueries)]
		i++
		req := httptest.NewRequest("GET", "http://127.0.0.1:8080/search?q="+url.QueryEscape(q), nil)
		rec := httptest.NewRecorder()
		c0, t0 := threadCPU(), time.Now()
		s.ServeHTTP(rec, req)
		wall = append(wall, time.Since(t0))
		cpu = append(cpu, threadCPU()-c0)
		if rec.Code != 200 {
			b.Fatalf("%s: %d", q, rec.Code)
		}
	}
	b.ReportMetric(p95(wall), "p95-ms")
	b.ReportMetric(p95(cpu), "p95-cpu-ms")
}

func p95(ds []time.Duration) float64 {
	slices.Sort(ds)
	return float64(ds[len(ds)*95/100].Microseconds()) / 1000
}
