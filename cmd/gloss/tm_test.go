package main

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/glossterm/gloss/tm/postgres/pgtest"
	"github.com/glossterm/gloss/tm/sqlite"
	"github.com/rogpeppe/go-internal/testscript"
)

// TestTMScript runs the gloss tm scripts in testdata/tm, with $CORPUS the repository's
// testdata/corpus. Run one with: go test ./cmd/gloss -run TestTMScript/NAME.
func TestTMScript(t *testing.T) {
	corpus, err := filepath.Abs("../../testdata/corpus")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/tm",
		UpdateScripts:       *update,
		RequireExplicitExec: true,
		Cmds:                map[string]func(ts *testscript.TestScript, neg bool, args []string){"tmschema": tmSchema, "tmdowngrade": tmDowngrade},
		Setup: func(env *testscript.Env) error {
			env.Setenv("GLOSS_GLOSSARY", "")
			env.Setenv("GLOSS_TM", "")
			env.Setenv("CORPUS", corpus)
			return nil
		},
	})
}

// tmSchema FILE N creates a memory at FILE and sets its schema version to N, as a newer
// gloss would.
func tmSchema(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: tmschema FILE VERSION")
	}
	path := ts.MkAbs(args[0])
	d, err := sqlite.Open(context.Background(), path, true)
	if err != nil {
		ts.Fatalf("%v", err)
	}
	d.Close()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		ts.Fatalf("%v", err)
	}
	defer db.Close()
	if _, err := db.Exec("PRAGMA user_version = " + args[1]); err != nil {
		ts.Fatalf("%v", err)
	}
	if _, err := os.Stat(path); err != nil {
		ts.Fatalf("%v", err)
	}
}

// tmDowngrade FILE makes the memory at FILE one of schema 1, as the gloss before the
// posting lists wrote it: no post table (its FTS5 index, which the upgrade drops, left
// out).
func tmDowngrade(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: tmdowngrade FILE")
	}
	db, err := sql.Open("sqlite", ts.MkAbs(args[0]))
	if err != nil {
		ts.Fatalf("%v", err)
	}
	defer db.Close()
	if _, err := db.Exec("DROP TABLE post; PRAGMA user_version = 1"); err != nil {
		ts.Fatalf("%v", err)
	}
}

// TestTMPostgresScript runs the scripts in testdata/tmpg against a throwaway PostgreSQL
// cluster: $PGURL is an empty database of its own for each script, $PGEMPTY another. It is
// skipped when PostgreSQL is not installed (and fails then in CI, see package pgtest).
func TestTMPostgresScript(t *testing.T) {
	corpus, err := filepath.Abs("../../testdata/corpus")
	if err != nil {
		t.Fatal(err)
	}
	c := pgtest.Start(t)
	var mu sync.Mutex
	n := 0
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/tmpg",
		UpdateScripts:       *update,
		RequireExplicitExec: true,
		Setup: func(env *testscript.Env) error {
			mu.Lock()
			defer mu.Unlock()
			n++
			env.Setenv("GLOSS_GLOSSARY", "")
			env.Setenv("GLOSS_TM", "")
			env.Setenv("CORPUS", corpus)
			env.Setenv("PGURL", c.URL(t, fmt.Sprintf("script%d", n)))
			env.Setenv("PGEMPTY", c.URL(t, fmt.Sprintf("empty%d", n)))
			return nil
		},
	})
}
