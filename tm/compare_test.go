package tm

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/glossterm/gloss/tm/internal/synth"
)

// ttkMatch runs translate-toolkit's matcher (translate.search.match) over a TMX for each
// query line on standard input and prints, per query, the best source, its similarity and
// the seconds spent; the first line is the seconds spent loading.
const ttkMatch = `
import sys, json, time
from translate.storage import tmx
from translate.search import match
t0 = time.time()
store = tmx.tmxfile.parsefile(sys.argv[1])
m = match.matcher(store, max_candidates=1, min_similarity=50, max_length=100000)
print(json.dumps({"load": time.time() - t0}))
for q in sys.stdin.read().splitlines():
    t = time.time()
    r = m.matches(q)
    best = {"source": "", "score": 0}
    if r:
        best = {"source": r[0].source, "score": int(r[0].getnotes().split("%")[0])}
    best["seconds"] = time.time() - t
    print(json.dumps(best, ensure_ascii=False))
`

// TestCompareTranslateToolkit matches the same sentences against the same synthetic memory
// with gloss and with translate-toolkit and reports the time of each and whether their best
// matches agree where both score 80 or more. It is slow (translate-toolkit scans every
// unit in Python): it runs only with GLOSS_TM_COMPARE=1; GLOSS_TM_COMPARE_UNITS sets the
// memory's size (default 5,000).
func TestCompareTranslateToolkit(t *testing.T) {
	if os.Getenv("GLOSS_TM_COMPARE") != "1" {
		t.Skip("GLOSS_TM_COMPARE=1 runs the comparison")
	}
	need(t, exec.Command("/usr/bin/python3", "-c", "import translate.search.match").Run() == nil, "python3 with translate-toolkit")
	n := 5000
	if v, err := strconv.Atoi(os.Getenv("GLOSS_TM_COMPARE_UNITS")); err == nil && v > 0 {
		n = v
	}
	ctx := context.Background()
	dir := t.TempDir()
	m := newMemory(t, dir)
	g := synth.New(corpusPairs(t), glossaryPairs(t), 1)
	var units []*Unit
	for i := 0; i < n; i++ {
		p := g.Next()
		units = append(units, &Unit{JA: p.JA, EN: p.EN, Origin: "synth"})
	}
	if _, err := m.AddUnits(ctx, "synth", units); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := m.ExportTMX(ctx, &b, Filter{}, "test", time.Now()); err != nil {
		t.Fatal(err)
	}
	tmxPath := filepath.Join(dir, "m.tmx")
	os.WriteFile(tmxPath, b.Bytes(), 0o644)

	q := synth.New(corpusPairs(t), glossaryPairs(t), 7)
	var queries []string
	for i := 0; i < 20; i++ {
		queries = append(queries, q.Next().JA)
	}
	Score("ja", "準備する。", "準備した。") // kagome's dictionary loads outside the timing
	start := time.Now()
	var ours []Match
	for _, s := range queries {
		res, err := m.Match(ctx, s, MatchOptions{Threshold: 50, Limit: 1})
		if err != nil {
			t.Fatal(err)
		}
		var best Match
		for _, sm := range res {
			if len(sm.Matches) > 0 && sm.Matches[0].Score > best.Score {
				best = sm.Matches[0]
			}
		}
		ours = append(ours, best)
	}
	glossTime := time.Since(start)

	cmd := exec.Command("/usr/bin/python3", "-c", ttkMatch, tmxPath)
	cmd.Stdin = strings.NewReader(strings.Join(queries, "\n"))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("translate-toolkit: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	var ttkTime float64
	both, same := 0, 0
	for i, l := range lines[1:] {
		var r struct {
			Source  string
			Score   int
			Seconds float64
		}
		json.Unmarshal([]byte(l), &r)
		ttkTime += r.Seconds
		o := ours[i]
		if o.Unit != nil && o.Score >= 80 && r.Score >= 80 {
			both++
			// the same unit, or one gloss scores as high (a tie: the synthetic memory has
			// many units that differ from the sentence equally)
			if tie, _ := Score("ja", queries[i], r.Source); o.Unit.JA == r.Source || tie == o.Score {
				same++
			} else {
				t.Logf("query %d: gloss %d%% %q; translate-toolkit %d%% %q", i, o.Score, o.Unit.JA, r.Score, r.Source)
			}
		}
	}
	t.Logf("%d units, %d sentences: gloss %v (%.1f ms a sentence); translate-toolkit %.1f s (%.0f ms a sentence, after loading): %.0f× faster",
		n, len(queries), glossTime.Round(time.Millisecond), float64(glossTime.Milliseconds())/float64(len(queries)),
		ttkTime, 1000*ttkTime/float64(len(queries)), ttkTime/glossTime.Seconds())
	t.Logf("both found a match of 80%% or more for %d sentences; the same best unit (or one gloss scores equally) for %d", both, same)
}
