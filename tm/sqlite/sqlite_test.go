package sqlite

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"testing"

	"github.com/glossterm/gloss/tm/store"
)

func unit(ja, en string) *store.Unit {
	return &store.Unit{JA: ja, EN: en, JAKey: ja, ENKey: en, PairKey: ja + "\x00" + en}
}

func fill(t *testing.T, d *DB, units ...*store.Unit) {
	t.Helper()
	ctx := context.Background()
	tx, err := d.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range units {
		if _, err := tx.Add(ctx, u); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
}

func TestContains(t *testing.T) {
	ctx := context.Background()
	d, err := Open(ctx, filepath.Join(t.TempDir(), "m.tm"), true)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	fill(t, d,
		unit("拡大抑止を強化する", "strengthen extended deterrence"),
		unit("日米同盟の中核", "the core of the alliance"),
		unit("抑止力", "deterrence capabilities"),
		unit("同盟国", "allies"),
	)
	for _, tc := range []struct {
		name  string
		lang  store.Lang
		key   string
		limit int
		want  []string // the Japanese of the units found, in order
	}{
		{name: "trigram", lang: store.JA, key: "拡大抑止", want: []string{"拡大抑止を強化する"}},
		{name: "two characters", lang: store.JA, key: "抑止", want: []string{"拡大抑止を強化する", "抑止力"}},
		{name: "two characters again", lang: store.JA, key: "同盟", want: []string{"日米同盟の中核", "同盟国"}},
		{name: "one character", lang: store.JA, key: "国", want: []string{"同盟国"}},
		{name: "english", lang: store.EN, key: "deterrence", want: []string{"拡大抑止を強化する", "抑止力"}},
		{name: "limit", lang: store.EN, key: "deterrence", limit: 1, want: []string{"拡大抑止を強化する"}},
		{name: "other side not searched", lang: store.EN, key: "抑止", want: nil},
		{name: "nothing", lang: store.JA, key: "核の傘", want: nil},
		{name: "quote in query", lang: store.EN, key: `"core`, want: nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			if err := d.Contains(ctx, tc.lang, tc.key, tc.limit, func(u *store.Unit) bool { got = append(got, u.JA); return true }); err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("got %q, want %q", got, tc.want)
				}
			}
		})
	}
}

func TestAddOnceAndSimilar(t *testing.T) {
	ctx := context.Background()
	d, err := Open(ctx, filepath.Join(t.TempDir(), "m.tm"), true)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	fill(t, d, unit("日米同盟の中核である拡大抑止", "a"), unit("日米同盟の中核である拡大抑止", "a"), unit("日米同盟の中核", "b"), unit("全く関係のない文", "c"))
	if n, _ := d.Count(ctx); n != 3 {
		t.Fatalf("count %d, want 3 (the same pair is stored once)", n)
	}
	got, err := d.Similar(ctx, store.JA, "日米同盟の中核", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].JA != "日米同盟の中核" {
		t.Fatalf("similar: got %d units, first %q; want the exact unit first and the longer one", len(got), got[0].JA)
	}
}

func TestOpenRefuses(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	newer := filepath.Join(dir, "newer.tm")
	d, err := Open(ctx, newer, true)
	if err != nil {
		t.Fatal(err)
	}
	d.db.Exec("PRAGMA user_version = 99")
	d.Close()
	other := filepath.Join(dir, "other.db")
	d, err = Open(ctx, other, true)
	if err != nil {
		t.Fatal(err)
	}
	d.db.Exec("PRAGMA application_id = 7")
	d.Close()
	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte("this is not a database, just some text to be left alone"), 0o644)
	for _, tc := range []struct {
		name, path string
		create     bool
		want       error
	}{
		{"newer schema", newer, true, store.ErrNewer},
		{"another application's database", other, true, store.ErrNotMemory},
		{"a text file", text, true, store.ErrNotMemory},
		{"a directory", dir, true, store.ErrNotMemory},
		{"missing, not created", filepath.Join(dir, "none.tm"), false, os.ErrNotExist},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before, _ := os.ReadFile(tc.path)
			d, err := Open(ctx, tc.path, tc.create)
			if err == nil {
				d.Close()
				t.Fatal("opened")
			}
			if !errors.Is(err, tc.want) {
				t.Fatalf("error %v, want %v", err, tc.want)
			}
			if after, _ := os.ReadFile(tc.path); string(after) != string(before) {
				t.Fatal("the file was changed")
			}
		})
	}
}

// TestConcurrentAdds adds from several connections at once: nothing is lost.
func TestConcurrentAdds(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.tm")
	const writers, each = 4, 200
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d, err := Open(ctx, path, true)
			if err != nil {
				errs <- err
				return
			}
			defer d.Close()
			for batch := 0; batch < 4; batch++ {
				tx, err := d.Begin(ctx)
				if err != nil {
					errs <- err
					return
				}
				for i := 0; i < each/4; i++ {
					s := strconv.Itoa(w) + "-" + strconv.Itoa(batch) + "-" + strconv.Itoa(i)
					if _, err := tx.Add(ctx, unit("文"+s, "sentence "+s)); err != nil {
						errs <- err
						return
					}
				}
				if err := tx.Commit(); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	d, err := Open(ctx, path, false)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if n, _ := d.Count(ctx); n != writers*each {
		t.Fatalf("%d units, want %d", n, writers*each)
	}
}

// TestKilledAdd kills a process in the middle of a transaction: the memory opens, with
// every unit committed before and none of the unfinished transaction's.
func TestKilledAdd(t *testing.T) {
	if path := os.Getenv("GLOSS_TM_KILL_PATH"); path != "" {
		ctx := context.Background()
		d, err := Open(ctx, path, true)
		if err != nil {
			os.Exit(3)
		}
		fill(t, d, unit("確定した単位", "committed"))
		tx, _ := d.Begin(ctx)
		for i := 0; i < 5000; i++ {
			tx.Add(ctx, unit("未確定"+strconv.Itoa(i), "pending"))
		}
		p, _ := os.FindProcess(os.Getpid())
		p.Kill() // SIGKILL: no deferred function, no rollback
		select {}
	}
	path := filepath.Join(t.TempDir(), "m.tm")
	cmd := exec.Command(os.Args[0], "-test.run=^TestKilledAdd$")
	cmd.Env = append(os.Environ(), "GLOSS_TM_KILL_PATH="+path)
	if err := cmd.Run(); err == nil {
		t.Fatal("the child was not killed")
	}
	d, err := Open(context.Background(), path, false)
	if err != nil {
		t.Fatalf("the memory does not open after the kill: %v", err)
	}
	defer d.Close()
	if n, _ := d.Count(context.Background()); n != 1 {
		t.Fatalf("%d units after the kill, want the 1 committed", n)
	}
	fill(t, d, unit("その後", "after"))
}

// TestAddBatch adds a batch with a unit already stored and a repeated one: those are
// skipped, and the trigram counts are those of the units added, as with Add; the FTS5
// settings are in the memory.
func TestAddBatch(t *testing.T) {
	ctx := context.Background()
	grams := func(d *DB) map[string]int {
		rows, err := d.db.QueryContext(ctx, "SELECT side || term, doc FROM gram WHERE doc != 0")
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		m := map[string]int{}
		for rows.Next() {
			var g string
			var n int
			rows.Scan(&g, &n)
			m[g] = n
		}
		return m
	}
	one, err := Open(ctx, filepath.Join(t.TempDir(), "one.tm"), true)
	if err != nil {
		t.Fatal(err)
	}
	defer one.Close()
	fill(t, one, unit("拡大抑止", "extended deterrence"), unit("同盟国", "allies"), unit("抑止力", "deterrence"))

	d, err := Open(ctx, filepath.Join(t.TempDir(), "batch.tm"), true)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	fill(t, d, unit("拡大抑止", "extended deterrence"))
	tx, err := d.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	batch := []*store.Unit{unit("拡大抑止", "extended deterrence"), unit("同盟国", "allies"), unit("同盟国", "allies"), unit("抑止力", "deterrence")}
	added, err := tx.(store.BatchTx).AddBatch(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if want := []bool{false, true, false, true}; len(added) != 4 || added[0] != want[0] || added[1] != want[1] || added[2] != want[2] || added[3] != want[3] {
		t.Fatalf("added %v, want %v", added, want)
	}
	if batch[1].ID == 0 || batch[3].ID == 0 {
		t.Error("the units added have no ID")
	}
	g1, g2 := grams(one), grams(d)
	if len(g1) != len(g2) {
		t.Fatalf("%d trigrams counted, want %d", len(g2), len(g1))
	}
	for g, n := range g1 {
		if g2[g] != n {
			t.Errorf("%q: %d units, want %d", g, g2[g], n)
		}
	}
	var n int
	if err := d.db.QueryRowContext(ctx, "SELECT count(*) FROM unit_fts_config WHERE k IN ('automerge', 'hashsize')").Scan(&n); err != nil || n != 2 {
		t.Errorf("FTS5 settings: %d (%v), want 2", n, err)
	}
	var u []string
	d.Contains(ctx, store.JA, "同盟", 0, func(x *store.Unit) bool { u = append(u, x.JA); return true })
	if len(u) != 1 {
		t.Errorf("同盟: %q, want the one unit", u)
	}
}
