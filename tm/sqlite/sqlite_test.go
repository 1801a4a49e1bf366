package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/glossterm/gloss/tm/internal/trigram"
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
// skipped, and the posting lists hold the units added, as with Add.
func TestAddBatch(t *testing.T) {
	ctx := context.Background()
	grams := func(d *DB) map[string]int {
		rows, err := d.db.QueryContext(ctx, "SELECT side || ':' || gram, sum(n) FROM post GROUP BY side, gram")
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
	var u []string
	d.Contains(ctx, store.JA, "同盟", 0, func(x *store.Unit) bool { u = append(u, x.JA); return true })
	if len(u) != 1 {
		t.Errorf("同盟: %q, want the one unit", u)
	}
}

// schemaV1 is the schema of a memory written by gloss before the posting table: an FTS5
// trigram index and a table of trigram counts.
const schemaV1 = `
CREATE TABLE unit(
	id INTEGER PRIMARY KEY,
	pair_key TEXT NOT NULL UNIQUE,
	ja TEXT NOT NULL, en TEXT NOT NULL,
	ja_markup TEXT NOT NULL DEFAULT '', en_markup TEXT NOT NULL DEFAULT '',
	ja_lang TEXT NOT NULL DEFAULT '', en_lang TEXT NOT NULL DEFAULT '',
	ja_key TEXT NOT NULL, en_key TEXT NOT NULL,
	origin TEXT NOT NULL DEFAULT '', origin_id TEXT NOT NULL DEFAULT '', line INTEGER NOT NULL DEFAULT 0,
	created TEXT NOT NULL DEFAULT '', changed TEXT NOT NULL DEFAULT '',
	creator TEXT NOT NULL DEFAULT '', changer TEXT NOT NULL DEFAULT '', added TEXT NOT NULL DEFAULT '',
	prev TEXT NOT NULL DEFAULT '', next TEXT NOT NULL DEFAULT '',
	ja_hash INTEGER NOT NULL DEFAULT 0, en_hash INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX unit_ja_hash ON unit(ja_hash);
CREATE INDEX unit_en_hash ON unit(en_hash);
CREATE VIRTUAL TABLE unit_fts USING fts5(ja_key, en_key, content='unit', content_rowid='id', tokenize='trigram', detail='column');
CREATE TABLE gram(side INTEGER NOT NULL, term TEXT NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY(side, term)) WITHOUT ROWID;
CREATE TRIGGER unit_ad AFTER DELETE ON unit BEGIN
	INSERT INTO unit_fts(unit_fts, rowid, ja_key, en_key) VALUES ('delete', old.id, old.ja_key || char(1, 1), old.en_key || char(1, 1));
END;
PRAGMA application_id=1735152717; PRAGMA user_version=1;
`

// TestUpgrade opens a memory of schema 1: reading it writes nothing (searches say to
// upgrade, Count and Scan work), and upgraded it is schema 2, with the same units found
// by concordance (short and long keys) and fuzzy-match candidates as in a new memory.
func TestUpgrade(t *testing.T) {
	ctx := context.Background()
	units := func() []*store.Unit {
		return []*store.Unit{storetest.Unit("拡大抑止の信頼性を高める", "strengthen the credibility of extended deterrence"),
			storetest.Unit("同盟国との協力", "cooperation with allies"), storetest.Unit("抑止力", "deterrence")}
	}
	path := filepath.Join(t.TempDir(), "v1.tm")
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec("PRAGMA journal_mode=WAL;" + schemaV1); err != nil {
		t.Fatal(err)
	}
	for _, u := range units() {
		if _, err := raw.Exec("INSERT INTO unit(pair_key, ja, en, ja_key, en_key, ja_hash, en_hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
			u.PairKey, u.JA, u.EN, u.JAKey, u.ENKey, hash(u.JAKey), hash(u.ENKey)); err != nil {
			t.Fatal(err)
		}
	}
	raw.Exec("INSERT INTO unit_fts(unit_fts) VALUES ('rebuild')")
	raw.Close()

	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Open(ctx, path, false)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if n, err := d.Count(ctx); n != 3 || err != nil {
		t.Errorf("Count of the schema 1 memory: %d, %v", n, err)
	}
	err = d.Contains(ctx, store.JA, "抑止", 0, func(*store.Unit) bool { return true })
	if !errors.Is(err, store.ErrOlder) {
		t.Errorf("Contains in a schema 1 memory: %v, want ErrOlder", err)
	}
	if _, err := d.Similar(ctx, store.JA, "拡大抑止の信頼性", 5); !errors.Is(err, store.ErrOlder) {
		t.Errorf("Similar in a schema 1 memory: %v, want ErrOlder", err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(after, before) {
		t.Fatal("reading a schema 1 memory wrote to it")
	}
	if from, to, err := d.Upgrade(ctx); from != 1 || to != SchemaVersion || err != nil {
		t.Fatalf("Upgrade: from %d to %d, %v", from, to, err)
	}
	var version, fts int
	d.db.QueryRow("PRAGMA user_version").Scan(&version)
	d.db.QueryRow("SELECT count(*) FROM sqlite_master WHERE name IN ('unit_fts', 'gram', 'unit_ad')").Scan(&fts)
	if version != SchemaVersion || fts != 0 {
		t.Fatalf("schema %d with %d of schema 1's objects, want %d and none", version, fts, SchemaVersion)
	}
	fresh, err := Open(ctx, filepath.Join(t.TempDir(), "new.tm"), true)
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	storetest.Fill(t, fresh, units()...)
	for _, q := range []string{"抑止", "拡大抑止", "同", "信頼性を高め", "猫"} {
		var a, b []string
		d.Contains(ctx, store.JA, q, 0, func(u *store.Unit) bool { a = append(a, u.JA); return true })
		fresh.Contains(ctx, store.JA, q, 0, func(u *store.Unit) bool { b = append(b, u.JA); return true })
		if strings.Join(a, "|") != strings.Join(b, "|") {
			t.Errorf("%q: %q after the upgrade, %q in a new memory", q, a, b)
		}
	}
	sa, _ := d.Similar(ctx, store.JA, "拡大抑止の信頼性", 5)
	sb, _ := fresh.Similar(ctx, store.JA, "拡大抑止の信頼性", 5)
	if len(sa) == 0 || len(sa) != len(sb) || sa[0].JA != sb[0].JA {
		t.Errorf("similar: %d after the upgrade, %d in a new memory", len(sa), len(sb))
	}
	storetest.Fill(t, d, storetest.Unit("その後", "after"))
}

// TestSmallAdds adds units one transaction at a time: each trigram's list stays in few
// blocks, and deleting units takes them out of every block.
func TestSmallAdds(t *testing.T) {
	ctx := context.Background()
	d, err := Open(ctx, filepath.Join(t.TempDir(), "m.tm"), true)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	var ids []int64
	for i := 0; i < 50; i++ {
		u := storetest.Unit("拡大抑止"+strconv.Itoa(i), "extended deterrence "+strconv.Itoa(i))
		storetest.Fill(t, d, u)
		ids = append(ids, u.ID)
	}
	var blocks, most int
	d.db.QueryRow("SELECT count(*), max(n) FROM post WHERE side = 0 AND gram = ?", int64(mustPack(t, "拡大抑"))).Scan(&blocks, &most)
	if blocks != 1 || most != 50 {
		t.Errorf("拡大抑: %d blocks, the largest of %d, want 1 of 50", blocks, most)
	}
	if err := d.Delete(ctx, ids[:45]); err != nil {
		t.Fatal(err)
	}
	var n int
	d.db.QueryRow("SELECT sum(n) FROM post WHERE side = 0 AND gram = ?", int64(mustPack(t, "拡大抑"))).Scan(&n)
	if n != 5 {
		t.Errorf("拡大抑 in %d units after deleting 45 of 50, want 5", n)
	}
	var got []int64
	d.Contains(ctx, store.JA, "大抑止", 0, func(u *store.Unit) bool { got = append(got, u.ID); return true })
	if len(got) != 5 || got[0] != ids[45] {
		t.Errorf("大抑止 after the delete: %v, want %v", got, ids[45:])
	}
}

func mustPack(t *testing.T, g string) uint64 {
	p, ok := trigram.Pack(g)
	if !ok {
		t.Fatalf("%q is not a trigram", g)
	}
	return p
}

// TestConcurrentCreate opens one new memory from several connections at once, round after
// round: each must wait for the others' create and journal switch (which SQLite may answer
// SQLITE_BUSY at once) and see a finished memory, never a half-created one, and every
// connection's unit must be kept.
func TestConcurrentCreate(t *testing.T) {
	ctx := context.Background()
	const writers = 4
	rounds := 60
	if testing.Short() {
		rounds = 10
	}
	dir := t.TempDir()
	for r := range rounds {
		path := filepath.Join(dir, "r"+strconv.Itoa(r)+".tm")
		errs := make(chan error, writers)
		for w := range writers {
			go func() {
				d, err := Open(ctx, path, true)
				if err != nil {
					errs <- err
					return
				}
				defer d.Close()
				tx, err := d.Begin(ctx)
				if err == nil {
					if _, err = tx.Add(ctx, storetest.Unit("単位"+strconv.Itoa(w), "unit")); err == nil {
						err = tx.Commit()
					} else {
						tx.Rollback()
					}
				}
				errs <- err
			}()
		}
		for range writers {
			if err := <-errs; err != nil {
				t.Fatalf("round %d: %v", r, err)
			}
		}
		d, err := Open(ctx, path, false)
		if err != nil {
			t.Fatal(err)
		}
		n, err := d.Count(ctx)
		d.Close()
		if err != nil || n != writers {
			t.Fatalf("round %d: %d units (%v), want %d", r, n, err, writers)
		}
	}
}
