package match

import (
	"fmt"
	"math/rand"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/glossterm/gloss/glossary"
)

// synthetic builds a glossary of n concepts with random Japanese and English terms, two
// per language, so that compile cost can be measured at scale.
func synthetic(n int) *glossary.Glossary {
	r := rand.New(rand.NewSource(1))
	kanji := []rune("抑止力防衛戦略同盟国米軍核傘拡大統合安全保障態勢負担分担模範的協力体制地域平和作戦能力強化")
	words := strings.Fields("alliance defense strategy force posture deterrence extended integrated nuclear burden sharing model ally capability regional security cooperation forward presence missile dome golden shield homeland industrial base")
	ja := func() string {
		k := 2 + r.Intn(5)
		b := make([]rune, k)
		for i := range b {
			b[i] = kanji[r.Intn(len(kanji))]
		}
		return string(b)
	}
	en := func() string {
		k := 1 + r.Intn(3)
		b := make([]string, k)
		for i := range b {
			b[i] = words[r.Intn(len(words))]
		}
		return strings.Join(b, " ") + fmt.Sprintf(" %c%d", 'a'+r.Intn(26), r.Intn(1000))
	}
	g := &glossary.Glossary{Version: 1, Languages: []string{"ja", "en"}}
	for i := 0; i < n; i++ {
		c := &glossary.Concept{ID: fmt.Sprint("c", i), Status: glossary.Approved}
		c.AddTerm("ja", &glossary.Term{Text: ja(), Status: glossary.Preferred})
		c.AddTerm("ja", &glossary.Term{Text: ja(), Status: glossary.Deprecated})
		c.AddTerm("en", &glossary.Term{Text: en(), Status: glossary.Preferred})
		c.AddTerm("en", &glossary.Term{Text: en(), Status: glossary.Forbidden})
		g.Concepts = append(g.Concepts, c)
	}
	return g
}

// cpuTime returns the CPU time the process has used, user and system. Benchmarks report
// it per operation beside the wall time, which a loaded machine inflates.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkCompile100k compiles a generated 100,000-concept glossary (400,000 terms plus
// their inflections). Target: under one second.
func BenchmarkCompile100k(b *testing.B) {
	g := synthetic(100000)
	b.ResetTimer()
	c0 := cpuTime()
	defer func() { b.ReportMetric(float64(cpuTime()-c0)/float64(b.N)/1e6, "cpu-ms/op") }()
	for i := 0; i < b.N; i++ {
		m, err := Compile(g, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if i == 0 {
			p, s := m.Patterns()
			b.ReportMetric(float64(p), "patterns")
			b.ReportMetric(float64(s), "states")
		}
	}
}

func corpusText(b *testing.B, path string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		b.Skip(err)
	}
	return string(data)
}

// BenchmarkFindJapanese scans the Japanese commentary with the test glossary (no term
// needs morphology on this text's hits) and reports MB/s.
func BenchmarkFindJapanese(b *testing.B) {
	text := corpusText(b, "../testdata/corpus/ja/commentary-us-defense-strategy-2026.txt")
	m := compile(b, Options{Langs: []string{"ja"}, Tokenize: fakeTokenize})
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.FindLang(text, "ja")
	}
}

// BenchmarkFindEnglish scans the English NDS excerpts.
func BenchmarkFindEnglish(b *testing.B) {
	text := corpusText(b, "../testdata/corpus/en/nds-2026-excerpts.txt")
	m := compile(b, Options{Langs: []string{"en"}})
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.FindLang(text, "en")
	}
}

// BenchmarkFindLargeGlossary scans the Japanese commentary against the 100k-concept glossary.
func BenchmarkFindLargeGlossary(b *testing.B) {
	text := corpusText(b, "../testdata/corpus/ja/commentary-us-defense-strategy-2026.txt")
	m, err := Compile(synthetic(100000), Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.Find(text)
	}
}
