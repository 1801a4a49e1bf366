package sqlite

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/glossterm/gloss/tm/store"
	"github.com/glossterm/gloss/tm/store/storetest"
)

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

// TestKilledAdd kills a process in the middle of a transaction: the memory opens, with
// every unit committed before and none of the unfinished transaction's.
func TestKilledAdd(t *testing.T) {
	if path := os.Getenv("GLOSS_TM_KILL_PATH"); path != "" {
		ctx := context.Background()
		d, err := Open(ctx, path, true)
		if err != nil {
			os.Exit(3)
		}
		storetest.Fill(t, d, storetest.Unit("確定した単位", "committed"))
		tx, _ := d.Begin(ctx)
		for i := 0; i < 5000; i++ {
			tx.Add(ctx, storetest.Unit("未確定"+strconv.Itoa(i), "pending"))
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
	storetest.Fill(t, d, storetest.Unit("その後", "after"))
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
	storetest.Fill(t, one, storetest.Unit("拡大抑止", "extended deterrence"), storetest.Unit("同盟国", "allies"), storetest.Unit("抑止力", "deterrence"))

	d, err := Open(ctx, filepath.Join(t.TempDir(), "batch.tm"), true)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	storetest.Fill(t, d, storetest.Unit("拡大抑止", "extended deterrence"))
	tx, err := d.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	batch := []*store.Unit{storetest.Unit("拡大抑止", "extended deterrence"), storetest.Unit("同盟国", "allies"), storetest.Unit("同盟国", "allies"), storetest.Unit("抑止力", "deterrence")}
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
