package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/glossterm/gloss/tm/internal/trigram"
	"github.com/glossterm/gloss/tm/postgres/pgtest"
	"github.com/glossterm/gloss/tm/store"
	"github.com/glossterm/gloss/tm/store/storetest"
	"github.com/jackc/pgx/v5"
)

// TestStore runs the contract every engine meets, each test on a database of its own.
func TestStore(t *testing.T) {
	c := pgtest.Start(t)
	n := 0
	storetest.Run(t, func(t *testing.T) func() (store.Store, error) {
		n++
		url := c.URL(t, fmt.Sprintf("contract%d", n))
		return func() (store.Store, error) { return Open(context.Background(), url, true) }
	})
}

func exec(t *testing.T, url, sql string) {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, sql); err != nil {
		t.Fatal(err)
	}
}

func TestOpenRefuses(t *testing.T) {
	ctx := context.Background()
	c := pgtest.Start(t)
	newer := c.URL(t, "newer")
	d, err := Open(ctx, newer, true)
	if err != nil {
		t.Fatal(err)
	}
	d.Close()
	exec(t, newer, "UPDATE gloss_tm_schema SET version = 99")
	broken := c.URL(t, "broken")
	exec(t, broken, "CREATE TABLE gloss_tm_schema(version text)")
	empty := c.URL(t, "empty")
	for _, tc := range []struct {
		name, url string
		create    bool
		want      error
	}{
		{"newer schema", newer, true, store.ErrNewer},
		{"a schema table gloss cannot read", broken, true, store.ErrNotMemory},
		{"no memory, not created", empty, false, store.ErrNotMemory},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Open(ctx, tc.url, tc.create)
			if err == nil {
				d.Close()
				t.Fatal("opened")
			}
			if !errors.Is(err, tc.want) {
				t.Fatalf("error %v, want %v", err, tc.want)
			}
		})
	}
	// nothing was written to the database refused
	conn, err := pgx.Connect(ctx, empty)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var tables int
	conn.QueryRow(ctx, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").Scan(&tables)
	if tables != 0 {
		t.Fatalf("%d tables created in a database opened without create", tables)
	}
}

// TestConnectError: a server that is not there is a clear error, and the password in the
// URL is never in it.
func TestConnectError(t *testing.T) {
	ctx := context.Background()
	for _, url := range []string{
		"postgres://gloss:s3cret-pw@127.0.0.1:1/tm?connect_timeout=5",
		"postgresql://gloss@127.0.0.1:1/tm?password=s3cret-pw&connect_timeout=5",
	} {
		_, err := Open(ctx, url, false)
		if err == nil {
			t.Fatal("opened")
		}
		if strings.Contains(err.Error(), "s3cret-pw") {
			t.Fatalf("the password is in the error: %v", err)
		}
		if !strings.Contains(err.Error(), "cannot connect") || !strings.Contains(err.Error(), "xxxxx") {
			t.Fatalf("error %q: want it to say it cannot connect, and to name the URL redacted", err)
		}
	}
}

func TestRedact(t *testing.T) {
	for in, want := range map[string]string{
		"postgres://u:pw@h/db":              "postgres://u:xxxxx@h/db",
		"postgres://u@h/db?password=pw&x=1": "postgres://u@h/db?password=xxxxx&x=1",
		"postgres:///gloss?host=/run/pg":    "postgres:///gloss?host=/run/pg",
		"postgresql://h/db":                 "postgresql://h/db",
	} {
		if got := Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
	for s, want := range map[string]bool{"postgres://h/db": true, "POSTGRESQL://h": true, "gloss.tm": false, "sqlite://x": false} {
		if IsURL(s) != want {
			t.Errorf("IsURL(%q) = %v", s, !want)
		}
	}
}

// TestUpgrade opens a memory of schema 1 (no posting table): reading it writes nothing,
// and upgraded it becomes schema 2 with the
// lists of the units it has, so fuzzy-match candidates are as in a new memory, and small
// adds and deletes keep the lists right.
func TestUpgrade(t *testing.T) {
	ctx := context.Background()
	c := pgtest.Start(t)
	url := c.URL(t, "v1")
	units := []*store.Unit{storetest.Unit("拡大抑止の信頼性を高める", "strengthen extended deterrence"),
		storetest.Unit("拡大抑止の信頼性", "the credibility of extended deterrence"), storetest.Unit("同盟国との協力", "cooperation with allies")}
	d, err := Open(ctx, url, true)
	if err != nil {
		t.Fatal(err)
	}
	storetest.Fill(t, d, units...)
	want, err := d.Similar(ctx, store.JA, "拡大抑止の信頼性向上", 5)
	d.Close()
	if err != nil || len(want) < 2 {
		t.Fatalf("similar before: %d units, %v", len(want), err)
	}
	exec(t, url, "DROP TABLE gloss_tm_post; UPDATE gloss_tm_schema SET version = 1")
	d, err = Open(ctx, url, false)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	// a read writes nothing: fuzzy matches say to upgrade, concordance works
	if _, err := d.Similar(ctx, store.JA, "拡大抑止の信頼性向上", 5); !errors.Is(err, store.ErrOlder) {
		t.Fatalf("similar in a schema 1 memory: %v, want ErrOlder", err)
	}
	found := 0
	if err := d.Contains(ctx, store.JA, "拡大抑止", 0, func(*store.Unit) bool { found++; return true }); err != nil || found != 2 {
		t.Fatalf("concordance in a schema 1 memory: %d units, %v", found, err)
	}
	if v, _ := d.version(ctx, d.pool); v != 1 {
		t.Fatalf("schema %d after reading a schema 1 memory", v)
	}
	if from, to, err := d.Upgrade(ctx); from != 1 || to != SchemaVersion || err != nil {
		t.Fatalf("Upgrade: from %d to %d, %v", from, to, err)
	}
	if v, _ := d.version(ctx, d.pool); v != SchemaVersion {
		t.Fatalf("schema %d after the upgrade", v)
	}
	got, err := d.Similar(ctx, store.JA, "拡大抑止の信頼性向上", 5)
	if err != nil || len(got) != len(want) || got[0].ID != want[0].ID || got[1].ID != want[1].ID {
		t.Fatalf("similar after the upgrade: %d units (%v), want %d", len(got), err, len(want))
	}
	extra := storetest.Unit("拡大抑止の信頼性と同盟", "extended deterrence and the alliance")
	storetest.Fill(t, d, extra)
	if err := d.Delete(ctx, []int64{units[0].ID}); err != nil {
		t.Fatal(err)
	}
	var blocks, n int
	d.pool.QueryRow(ctx, "SELECT count(*), sum(n) FROM gloss_tm_post WHERE side = 0 AND gram = $1", int64(pack(t, "拡大抑"))).Scan(&blocks, &n)
	if blocks != 1 || n != 2 {
		t.Errorf("拡大抑: %d blocks of %d units, want 1 block (a small add merges) of 2 (one deleted)", blocks, n)
	}
}

func pack(t *testing.T, g string) uint64 {
	p, ok := trigram.Pack(g)
	if !ok {
		t.Fatalf("%q is not a trigram", g)
	}
	return p
}
