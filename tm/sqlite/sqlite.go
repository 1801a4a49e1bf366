// Package sqlite is the default engine of a gloss translation memory: one SQLite file,
// through modernc.org/sqlite (SQLite compiled to Go, so gloss stays one static binary with
// no C toolchain), with an FTS5 trigram index over the normalized text of both sides.
//
// A trigram index answers substring queries in either language without a word segmenter:
// Japanese has no spaces, and a kagome-based index would miss a term that kagome splits
// differently in the query and in the unit. Queries shorter than three characters (抑止,
// 同盟), which a trigram index cannot serve, fall back to an instr scan of the key column.
// The same index ranks fuzzy-match candidates by the trigrams they share with a sentence.
//
// The file is in WAL mode with a busy timeout, and every write is one transaction
// (BEGIN IMMEDIATE), so two processes adding at once wait for each other and a process
// killed mid-add leaves the memory as of its last commit. The schema version is kept in
// PRAGMA user_version and the file is marked with PRAGMA application_id; a file that is not
// a memory, or a memory of a newer schema, is refused before anything is written to it.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/glossterm/gloss/tm/store"
	_ "modernc.org/sqlite" // the database/sql driver "sqlite"
)

// SchemaVersion is the schema this package writes and the newest it reads.
const SchemaVersion = 1

// ApplicationID marks a SQLite file as a gloss memory ("glTM").
const ApplicationID = 0x676c544d

// BusyTimeout is how long (in milliseconds) a write waits for another process's.
const BusyTimeout = 30000

const schema = `
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
	prev TEXT NOT NULL DEFAULT '', next TEXT NOT NULL DEFAULT ''
);
CREATE VIRTUAL TABLE unit_fts USING fts5(ja_key, en_key, content='unit', content_rowid='id', tokenize='trigram');
CREATE TRIGGER unit_ai AFTER INSERT ON unit BEGIN
	INSERT INTO unit_fts(rowid, ja_key, en_key) VALUES (new.id, new.ja_key, new.en_key);
END;
CREATE TRIGGER unit_ad AFTER DELETE ON unit BEGIN
	INSERT INTO unit_fts(unit_fts, rowid, ja_key, en_key) VALUES ('delete', old.id, old.ja_key, old.en_key);
END;
`

const cols = `id, pair_key, ja, en, ja_markup, en_markup, ja_lang, en_lang, ja_key, en_key, origin, origin_id, line, created, changed, creator, changer, added, prev, next`

// DB is a memory in one SQLite file. It is safe for concurrent use.
type DB struct {
	db   *sql.DB
	path string
}

var _ store.Store = (*DB)(nil)

// Open opens the memory at path. With create, a missing or empty file becomes a new
// memory; without, a missing file is an error wrapping os.ErrNotExist. A file that is not
// a memory is an error wrapping store.ErrNotMemory, a newer one store.ErrNewer; neither is
// modified.
func Open(ctx context.Context, path string, create bool) (*DB, error) {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist) && !create:
		return nil, fmt.Errorf("%s: no translation memory here (gloss tm add creates one): %w", path, os.ErrNotExist)
	case err != nil && !errors.Is(err, os.ErrNotExist):
		return nil, err
	case err == nil && fi.IsDir():
		return nil, fmt.Errorf("%s: is a directory, not a memory file: %w", path, store.ErrNotMemory)
	case err == nil && fi.Size() > 0:
		if err := checkHeader(path); err != nil {
			return nil, err
		}
	}
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() +
		fmt.Sprintf("?_pragma=busy_timeout(%d)&_pragma=synchronous(NORMAL)&_txlock=immediate", BusyTimeout)
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	d := &DB{db: db, path: path}
	if err := d.init(ctx, create); err != nil {
		db.Close()
		return nil, err
	}
	return d, nil
}

func checkHeader(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var h [16]byte
	if _, err := io.ReadFull(f, h[:]); err != nil || string(h[:]) != "SQLite format 3\x00" {
		return fmt.Errorf("%s: %w: it is not an SQLite database (give another --tm FILE)", path, store.ErrNotMemory)
	}
	return nil
}

func (d *DB) init(ctx context.Context, create bool) error {
	version, app, tables, err := d.identity(ctx)
	if err != nil {
		return fmt.Errorf("%s: %w: %v", d.path, store.ErrNotMemory, err)
	}
	if version == 0 && tables == 0 {
		if !create {
			return fmt.Errorf("%s: %w: the file is empty (gloss tm add fills it)", d.path, store.ErrNotMemory)
		}
		if err := d.create(ctx); err != nil {
			return err
		}
		version, app, _, err = d.identity(ctx)
		if err != nil {
			return err
		}
	}
	switch {
	case app != ApplicationID:
		return fmt.Errorf("%s: %w: an SQLite database of another application (give another --tm FILE)", d.path, store.ErrNotMemory)
	case version > SchemaVersion:
		return fmt.Errorf("%s: %w (schema %d; this gloss reads up to %d): upgrade gloss", d.path, store.ErrNewer, version, SchemaVersion)
	case version < 1:
		return fmt.Errorf("%s: %w: no schema version", d.path, store.ErrNotMemory)
	}
	var mode string
	return d.db.QueryRowContext(ctx, "PRAGMA journal_mode=WAL").Scan(&mode)
}

func (d *DB) identity(ctx context.Context) (version, app, tables int, err error) {
	if err = d.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return
	}
	if err = d.db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&app); err != nil {
		return
	}
	err = d.db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_master").Scan(&tables)
	return
}

// create writes the schema in one immediate transaction, unless another process did first.
func (d *DB) create(ctx context.Context) error {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var version int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return err
	}
	if version != 0 {
		return nil // created meanwhile
	}
	if _, err := tx.ExecContext(ctx, schema); err != nil {
		return fmt.Errorf("%s: creating the memory: %w", d.path, err)
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id=%d; PRAGMA user_version=%d", ApplicationID, SchemaVersion)); err != nil {
		return err
	}
	return tx.Commit()
}

// Close closes the database.
func (d *DB) Close() error { return d.db.Close() }

type tx struct {
	tx  *sql.Tx
	ins *sql.Stmt
}

// Begin starts an immediate write transaction.
func (d *DB) Begin(ctx context.Context) (store.Tx, error) {
	t, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", d.path, err)
	}
	ins, err := t.PrepareContext(ctx, `INSERT INTO unit(pair_key, ja, en, ja_markup, en_markup, ja_lang, en_lang, ja_key, en_key,
		origin, origin_id, line, created, changed, creator, changer, added, prev, next)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(pair_key) DO NOTHING`)
	if err != nil {
		t.Rollback()
		return nil, err
	}
	return &tx{tx: t, ins: ins}, nil
}

func (t *tx) Add(ctx context.Context, u *store.Unit) (bool, error) {
	res, err := t.ins.ExecContext(ctx, u.PairKey, u.JA, u.EN, u.JAMarkup, u.ENMarkup, u.JALang, u.ENLang, u.JAKey, u.ENKey,
		u.Origin, u.OriginID, u.Line, u.Created, u.Changed, u.Creator, u.Changer, u.Added, u.Prev, u.Next)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	if err != nil || n == 0 {
		return false, err
	}
	u.ID, err = res.LastInsertId()
	return true, err
}

func (t *tx) Commit() error   { return t.tx.Commit() }
func (t *tx) Rollback() error { return t.tx.Rollback() }

func scanUnit(rows *sql.Rows) (*store.Unit, error) {
	u := new(store.Unit)
	err := rows.Scan(&u.ID, &u.PairKey, &u.JA, &u.EN, &u.JAMarkup, &u.ENMarkup, &u.JALang, &u.ENLang, &u.JAKey, &u.ENKey,
		&u.Origin, &u.OriginID, &u.Line, &u.Created, &u.Changed, &u.Creator, &u.Changer, &u.Added, &u.Prev, &u.Next)
	return u, err
}

func (d *DB) each(ctx context.Context, fn func(*store.Unit) bool, query string, args ...any) error {
	rows, err := d.db.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		u, err := scanUnit(rows)
		if err != nil {
			return err
		}
		if !fn(u) {
			break
		}
	}
	return rows.Err()
}

func column(lang store.Lang) (string, error) {
	switch lang {
	case store.JA:
		return "ja_key", nil
	case store.EN:
		return "en_key", nil
	}
	return "", fmt.Errorf("unknown language %q (ja or en)", lang)
}

// phrase quotes s as an FTS5 string.
func phrase(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// Contains uses the trigram index for keys of three characters or more, and an instr
// scan for shorter ones.
func (d *DB) Contains(ctx context.Context, lang store.Lang, key string, limit int, fn func(*store.Unit) bool) error {
	col, err := column(lang)
	if err != nil {
		return err
	}
	if key == "" {
		return nil
	}
	lim := -1
	if limit > 0 {
		lim = limit
	}
	if utf8.RuneCountInString(key) < 3 {
		return d.each(ctx, fn, "SELECT "+cols+" FROM unit WHERE instr("+col+", ?) > 0 ORDER BY id LIMIT ?", key, lim)
	}
	return d.each(ctx, fn, "SELECT "+cols+" FROM unit WHERE id IN (SELECT rowid FROM unit_fts WHERE unit_fts MATCH ?) AND instr("+col+", ?) > 0 ORDER BY id LIMIT ?",
		col+" : "+phrase(key), key, lim)
}

// maxTrigrams bounds the trigrams of one candidate query.
const maxTrigrams = 64

// Similar ranks candidates by FTS5's bm25 over the key's distinct trigrams (evenly sampled
// down to maxTrigrams for long keys); units equal to key come first.
func (d *DB) Similar(ctx context.Context, lang store.Lang, key string, limit int) ([]*store.Unit, error) {
	col, err := column(lang)
	if err != nil {
		return nil, err
	}
	var out []*store.Unit
	seen := map[int64]bool{}
	add := func(u *store.Unit) bool {
		if !seen[u.ID] {
			seen[u.ID] = true
			out = append(out, u)
		}
		return true
	}
	if utf8.RuneCountInString(key) < 3 {
		err := d.each(ctx, add, "SELECT "+cols+" FROM unit WHERE instr("+col+", ?) > 0 ORDER BY length("+col+") LIMIT ?", key, limit)
		return out, err
	}
	if err := d.each(ctx, add, "SELECT "+cols+" FROM unit WHERE id IN (SELECT rowid FROM unit_fts WHERE unit_fts MATCH ?) AND "+col+" = ? ORDER BY id",
		col+" : "+phrase(key), key); err != nil {
		return nil, err
	}
	grams := Trigrams(key)
	if len(grams) > maxTrigrams {
		sampled := make([]string, 0, maxTrigrams)
		for i := 0; i < maxTrigrams; i++ {
			sampled = append(sampled, grams[i*len(grams)/maxTrigrams])
		}
		grams = sampled
	}
	q := make([]string, len(grams))
	for i, g := range grams {
		q[i] = phrase(g)
	}
	err = d.each(ctx, add, "SELECT "+cols+" FROM unit WHERE id IN (SELECT rowid FROM unit_fts WHERE unit_fts MATCH ? ORDER BY rank LIMIT ?)",
		col+" : ("+strings.Join(q, " OR ")+")", limit)
	return out, err
}

// Trigrams returns the distinct three-character substrings of s in order.
func Trigrams(s string) []string {
	var starts []int
	for i := range s {
		starts = append(starts, i)
	}
	starts = append(starts, len(s))
	seen := map[string]bool{}
	var out []string
	for i := 0; i+3 < len(starts); i++ {
		g := s[starts[i]:starts[i+3]]
		if !seen[g] {
			seen[g] = true
			out = append(out, g)
		}
	}
	return out
}

// Scan reads every unit in ID order.
func (d *DB) Scan(ctx context.Context, fn func(*store.Unit) bool) error {
	return d.each(ctx, fn, "SELECT "+cols+" FROM unit ORDER BY id")
}

// Delete removes units in one transaction.
func (d *DB) Delete(ctx context.Context, ids []int64) error {
	t, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer t.Rollback()
	st, err := t.PrepareContext(ctx, "DELETE FROM unit WHERE id = ?")
	if err != nil {
		return err
	}
	for _, id := range ids {
		if _, err := st.ExecContext(ctx, id); err != nil {
			return err
		}
	}
	return t.Commit()
}

// Count returns the number of units.
func (d *DB) Count(ctx context.Context) (int, error) {
	var n int
	err := d.db.QueryRowContext(ctx, "SELECT count(*) FROM unit").Scan(&n)
	return n, err
}
