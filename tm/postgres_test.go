package tm

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/glossterm/gloss/tm/internal/synth"
	"github.com/glossterm/gloss/tm/postgres/pgtest"
)

func unitsOf(pairs []synth.Pair, origin string) []*Unit {
	out := make([]*Unit, len(pairs))
	for i, p := range pairs {
		out[i] = &Unit{JA: p.JA, EN: p.EN, Origin: origin, Line: i + 1}
	}
	return out
}

// TestPostgresSameResults adds the corpus's bitext and parallel statements, and generated
// variants of them, to a memory file and to a PostgreSQL memory, and checks that search
// and match give the same results on both, for long and short (one- and two-character)
// queries in both languages.
func TestPostgresSameResults(t *testing.T) {
	ctx := context.Background()
	c := pgtest.Start(t)
	file, err := Open(ctx, filepath.Join(t.TempDir(), "m.tm"), true)
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	pg, err := Open(ctx, c.URL(t, "same"), true)
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	corpus := corpusPairs(t)
	g := synth.New(corpus, glossaryPairs(t), 1)
	var generated []synth.Pair
	for range 3000 {
		generated = append(generated, g.Next())
	}
	for _, m := range []*Memory{file, pg} {
		m.Now = func() time.Time { return time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC) }
		for _, f := range []struct {
			name  string
			pairs []synth.Pair
		}{{"corpus", corpus}, {"generated", generated}, {"corpus", corpus}} {
			if _, err := m.AddUnits(ctx, f.name, unitsOf(f.pairs, f.name)); err != nil {
				t.Fatal(err)
			}
		}
	}
	n1, _ := file.Store.Count(ctx)
	n2, _ := pg.Store.Count(ctx)
	if n1 != n2 || n1 < 1000 {
		t.Fatalf("%d units in the file, %d in PostgreSQL", n1, n2)
	}

	hits := func(m *Memory, q string) string {
		hs, more, err := m.Search(ctx, q, SearchOptions{Limit: 60})
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for _, h := range hs {
			fmt.Fprintf(&b, "%s %s %v %v\n", h.Unit.PairKey, h.Unit.Added, h.JA, h.EN)
		}
		fmt.Fprintf(&b, "more %v", more)
		return b.String()
	}
	for _, q := range []string{"拡大抑止", "日米同盟", "抑止", "同盟", "核", "国", "は", "猫舌", "猫",
		"extended deterrence", "Alliance", "ab", "a", "2024"} {
		a, b := hits(file, q), hits(pg, q)
		if a != b {
			t.Errorf("search %q:\nfile:\n%s\npostgres:\n%s", q, a, b)
		}
		if strings.Count(a, "\n") == 0 && q != "猫舌" && q != "猫" && q != "ab" {
			t.Errorf("search %q found nothing: the query set does not test it", q)
		}
	}

	matches := func(m *Memory, text string) string {
		sms, err := m.Match(ctx, text, MatchOptions{Threshold: 50})
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for _, sm := range sms {
			for _, x := range sm.Matches {
				fmt.Fprintf(&b, "%d %s %d\n", sm.Line, x.Unit.PairKey, x.Score)
			}
		}
		return b.String()
	}
	g2 := synth.New(corpus, glossaryPairs(t), 2)
	var texts []string
	for range 40 {
		p := g2.Next()
		texts = append(texts, p.JA, p.EN)
	}
	for _, p := range corpus[:10] {
		texts = append(texts, p.JA, p.EN)
	}
	texts = append(texts, "同盟", "抑止力")
	found := 0
	for _, text := range texts {
		a, b := matches(file, text), matches(pg, text)
		if a != b {
			t.Errorf("match %q:\nfile:\n%s\npostgres:\n%s", text, a, b)
		}
		if a != "" {
			found++
		}
	}
	if found < len(texts)/2 {
		t.Errorf("only %d of %d texts have matches: the test does not compare much", found, len(texts))
	}
}
