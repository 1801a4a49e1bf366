// Package sqlite is the default engine of a gloss translation memory: one SQLite file,
// through modernc.org/sqlite (SQLite compiled to Go, so gloss stays one static binary with
// no C toolchain), with an FTS5 trigram index over the normalized text of both sides.
//
// A trigram index answers substring queries in either language without a word segmenter:
// Japanese has no spaces, and a kagome-based index would miss a term that kagome splits
// differently in the query and in the unit. Queries shorter than three characters (抑止,
// 同盟), which a trigram index cannot serve, fall back to an instr scan of the key column.
// The same index proposes fuzzy-match candidates: the units that have the sentence's
// rarest trigrams (their document frequencies are kept in a table of their own, updated
// with each transaction), each trigram's vote weighted by its idf.
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
	"sync/atomic"
	"unicode/utf8"

	"github.com/glossterm/gloss/tm/internal/trigram"
	"github.com/glossterm/gloss/tm/store"
	_ "modernc.org/sqlite" // the database/sql driver "sqlite"
)

// SchemaVersion is the schema this package writes and the newest it reads.
const SchemaVersion = 1

// ApplicationID marks a SQLite file as a gloss memory ("glTM").
const ApplicationID = 0x676c544d

// CacheKiB is the page cache of one connection: large enough that adding a big file
// does not spill the index pages it keeps rewriting.
const CacheKiB = 64 << 10

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
`

const cols = store.Columns

// DB is a memory in one SQLite file. It is safe for concurrent use.
type DB struct {
	db    *sql.DB
	path  string
	tuned atomic.Bool // the FTS5 settings are in the memory
}

var (
	_ store.Store   = (*DB)(nil)
	_ store.BatchTx = (*tx)(nil)
)

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
		fmt.Sprintf("?_pragma=busy_timeout(%d)&_pragma=synchronous(NORMAL)&_pragma=cache_size(-%d)&_txlock=immediate", BusyTimeout, CacheKiB)
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

// tx indexes the units it adds at Commit, with one statement: an insert into the FTS5
// table per unit (a trigger) makes FTS5 flush its pending index at every statement, which
// is some fifty times slower.
type tx struct {
	tx   *sql.Tx
	ins  *sql.Stmt
	from int64        // the largest unit id before the transaction
	df   trigram.Freq // the trigram document frequencies of the units added
}

// The FTS5 settings of the index, kept in the memory (unit_fts_config) and set by the first
// write of a memory that does not have them. FTS5 writes the units of a transaction as
// segments of up to ftsHashSize bytes and merges segments level by level. Its defaults
// (automerge 4, a 1 MB hash) made merging half the work of adding a large file: merging 16
// segments at a time from 8 MB rewrites each posting fewer times, and searches stay as fast
// (a level holds at most 16 segments; the benchmarks of package tm measure both).
const (
	ftsAutomerge = 16
	ftsHashSize  = 8 << 20
)

// tune writes the FTS5 settings into the memory unless it has them already.
func (d *DB) tune(ctx context.Context, t *sql.Tx) error {
	if d.tuned.Load() {
		return nil
	}
	var n int
	if err := t.QueryRowContext(ctx, "SELECT count(*) FROM unit_fts_config WHERE (k = 'automerge' AND v = ?) OR (k = 'hashsize' AND v = ?)",
		ftsAutomerge, ftsHashSize).Scan(&n); err != nil {
		return err
	}
	if n < 2 {
		for _, kv := range []struct {
			k string
			v int
		}{{"automerge", ftsAutomerge}, {"hashsize", ftsHashSize}} {
			if _, err := t.ExecContext(ctx, "INSERT INTO unit_fts(unit_fts, rank) VALUES (?, ?)", kv.k, kv.v); err != nil {
				return fmt.Errorf("%s: setting the index's %s: %w", d.path, kv.k, err)
			}
		}
	}
	d.tuned.Store(true)
	return nil
}

// Begin starts an immediate write transaction.
func (d *DB) Begin(ctx context.Context) (store.Tx, error) {
	t, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", d.path, err)
	}
	ins, err := t.PrepareContext(ctx, `INSERT INTO unit(pair_key, ja, en, ja_markup, en_markup, ja_lang, en_lang, ja_key, en_key,
		origin, origin_id, line, created, changed, creator, changer, added, prev, next, ja_hash, en_hash)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(pair_key) DO NOTHING`)
	if err != nil {
		t.Rollback()
		return nil, err
	}
	if err := d.tune(ctx, t); err != nil {
		t.Rollback()
		return nil, err
	}
	var from int64
	if err := t.QueryRowContext(ctx, "SELECT coalesce(max(id), 0) FROM unit").Scan(&from); err != nil {
		t.Rollback()
		return nil, err
	}
	return &tx{tx: t, ins: ins, from: from, df: trigram.NewFreq()}, nil
}

func (t *tx) Add(ctx context.Context, u *store.Unit) (bool, error) {
	ok, err := t.insert(ctx, u)
	if ok {
		t.df.Add(u.JAKey, u.ENKey)
	}
	return ok, err
}

// AddBatch adds units as Add does, counting their trigrams in another goroutine while it
// inserts them: the count is a third of the work of an insert, and it needs no database.
// The units found already stored are counted out again afterwards.
func (t *tx) AddBatch(ctx context.Context, us []*store.Unit) ([]bool, error) {
	bf := trigram.NewFreq()
	done := make(chan struct{})
	go func() {
		defer close(done)
		for _, u := range us {
			bf.Add(u.JAKey, u.ENKey)
		}
	}()
	added := make([]bool, len(us))
	var err error
	for i, u := range us {
		if added[i], err = t.insert(ctx, u); err != nil {
			break
		}
	}
	<-done
	if err != nil {
		return nil, err
	}
	for i, u := range us {
		if !added[i] {
			bf.Sub(u.JAKey, u.ENKey)
		}
	}
	t.df.Merge(bf)
	return added, nil
}

// insert inserts u unless its pair key is stored, and sets its ID when it was inserted.
func (t *tx) insert(ctx context.Context, u *store.Unit) (bool, error) {
	res, err := t.ins.ExecContext(ctx, u.PairKey, u.JA, u.EN, u.JAMarkup, u.ENMarkup, u.JALang, u.ENLang, u.JAKey, u.ENKey,
		u.Origin, u.OriginID, u.Line, u.Created, u.Changed, u.Creator, u.Changer, u.Added, u.Prev, u.Next, hash(u.JAKey), hash(u.ENKey))
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	if err != nil || n == 0 {
		return false, err
	}
	u.ID, err = res.LastInsertId()
	return err == nil, err
}

// addFreq adds (or with sign -1 subtracts) document frequencies to the gram table.
func addFreq(ctx context.Context, t *sql.Tx, df trigram.Freq, sign int) error {
	st, err := t.PrepareContext(ctx, "INSERT INTO gram(side, term, doc) VALUES (?, ?, ?) ON CONFLICT(side, term) DO UPDATE SET doc = doc + excluded.doc")
	if err != nil {
		return err
	}
	defer st.Close()
	for side, m := range df.N {
		for g, n := range m {
			if n == 0 {
				continue
			}
			if _, err := st.ExecContext(ctx, side, trigram.Unpack(g), sign*n); err != nil {
				return err
			}
		}
	}
	return nil
}

func (t *tx) Commit() error {
	if err := addFreq(context.Background(), t.tx, t.df, 1); err != nil {
		t.tx.Rollback()
		return err
	}
	if _, err := t.tx.Exec("INSERT INTO unit_fts(rowid, ja_key, en_key) SELECT id, ja_key || char(1, 1), en_key || char(1, 1) FROM unit WHERE id > ?", t.from); err != nil {
		t.tx.Rollback()
		return err
	}
	return t.tx.Commit()
}

func (t *tx) Rollback() error { return t.tx.Rollback() }

func scanUnit(rows *sql.Rows) (*store.Unit, error) {
	u := new(store.Unit)
	return u, rows.Scan(u.Fields()...)
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

// Contains uses the trigram index: for keys of three characters or more, the rows holding
// every trigram of a cover of the key, in rowid order, checked with instr (the index has
// no positions); for shorter keys, the rows holding any trigram that starts with the key
// (see pad), or an instr scan when the key starts too many.
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
		// the trigrams that start with the key, from the gram table, stand for it
		grams, err := d.startingWith(ctx, col, key)
		if err != nil {
			return err
		}
		switch {
		case grams == nil:
			return d.each(ctx, fn, "SELECT "+cols+" FROM unit WHERE instr("+col+", ?) > 0 ORDER BY id LIMIT ?", key, lim)
		case len(grams) == 0:
			return nil
		}
		return d.each(ctx, fn, "SELECT "+prefixed("u.")+" FROM unit_fts f JOIN unit u ON u.id = f.rowid WHERE unit_fts MATCH ? AND instr(u."+col+", ?) > 0 ORDER BY f.rowid LIMIT ?",
			col+" : ("+strings.Join(quoted(grams), " OR ")+")", key, lim)
	}
	return d.each(ctx, fn, "SELECT "+prefixed("u.")+" FROM unit_fts f JOIN unit u ON u.id = f.rowid WHERE unit_fts MATCH ? AND instr(u."+col+", ?) > 0 ORDER BY f.rowid LIMIT ?",
		col+" : ("+strings.Join(quoted(cover(key)), " AND ")+")", key, lim)
}

// maxExpansion bounds the trigrams a short query expands to; past it, a scan is cheaper.
const maxExpansion = 400

// startingWith returns the indexed trigrams of col that start with key, an empty slice
// when there is none, or nil when there are more than maxExpansion.
func (d *DB) startingWith(ctx context.Context, col, key string) ([]string, error) {
	side := 0
	if col == "en_key" {
		side = 1
	}
	rows, err := d.db.QueryContext(ctx, "SELECT term FROM gram WHERE side = ? AND term >= ? AND term < ? AND doc > 0 LIMIT ?",
		side, key, key+"\U0010FFFF", maxExpansion+1)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []string{}
	for rows.Next() {
		var g string
		if err := rows.Scan(&g); err != nil {
			return nil, err
		}
		if strings.HasPrefix(g, key) {
			out = append(out, g)
		}
	}
	if len(out) > maxExpansion {
		return nil, rows.Err()
	}
	return out, rows.Err()
}

// prefixed is cols with each column qualified.
func prefixed(p string) string {
	fs := strings.Split(cols, ", ")
	for i := range fs {
		fs[i] = p + fs[i]
	}
	return strings.Join(fs, ", ")
}

// cover returns trigrams of key that together cover it: every third one and the last.
func cover(key string) []string {
	all := allTrigrams(key)
	var out []string
	seen := map[string]bool{}
	for i := 0; i < len(all); i += 3 {
		if !seen[all[i]] {
			seen[all[i]] = true
			out = append(out, all[i])
		}
	}
	if last := all[len(all)-1]; !seen[last] {
		out = append(out, last)
	}
	return out
}

func quoted(gs []string) []string {
	q := make([]string, len(gs))
	for i, g := range gs {
		q[i] = phrase(g)
	}
	return q
}

// Similar returns the units whose key equals key (by hash, then compared), then up to
// limit others ranked by the idf-weighted votes of the key's rarest trigrams
// (trigram.Similar, the search both engines share).
func (d *DB) Similar(ctx context.Context, lang store.Lang, key string, limit int) ([]*store.Unit, error) {
	col, err := column(lang)
	if err != nil {
		return nil, err
	}
	return trigram.Similar(ctx, tables{d}, col, key, limit)
}

// tables answers trigram.Similar from the unit table, its hashes and the FTS5 index.
type tables struct{ *DB }

func (t tables) Equal(ctx context.Context, col, key string, fn func(*store.Unit) bool) error {
	hcol := "ja_hash"
	if col == "en_key" {
		hcol = "en_hash"
	}
	return t.each(ctx, fn, "SELECT "+cols+" FROM unit WHERE "+hcol+" = ? AND "+col+" = ? ORDER BY id", hash(key), key)
}

func (t tables) Shortest(ctx context.Context, col, key string, limit int, fn func(*store.Unit) bool) error {
	return t.each(ctx, fn, "SELECT "+cols+" FROM unit WHERE instr("+col+", ?) > 0 ORDER BY length("+col+"), id LIMIT ?", key, limit)
}

func (t tables) DocFreq(ctx context.Context, col string, grams []string) (map[string]int, error) {
	return t.docFreq(ctx, col, grams)
}

// Vote sums the votes in one statement, inside SQLite, not row by row through
// database/sql.
func (t tables) Vote(ctx context.Context, col string, probes []string, weights []float64, limit int) ([]int64, error) {
	var q strings.Builder
	args := make([]any, 0, len(probes)+1)
	q.WriteString("SELECT id FROM (")
	for i, g := range probes {
		if i > 0 {
			q.WriteString(" UNION ALL ")
		}
		fmt.Fprintf(&q, "SELECT id, %g AS w FROM (SELECT rowid AS id FROM unit_fts WHERE unit_fts MATCH ? ORDER BY rowid DESC LIMIT %d)",
			weights[i], trigram.MaxVoters)
		args = append(args, col+" : "+phrase(g))
	}
	q.WriteString(") GROUP BY id ORDER BY sum(w) DESC, id LIMIT ?")
	args = append(args, limit)
	rows, err := t.db.QueryContext(ctx, q.String(), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

func (t tables) Units(ctx context.Context, ids []int64) (map[int64]*store.Unit, error) {
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	byID := map[int64]*store.Unit{}
	err := t.each(ctx, func(u *store.Unit) bool { byID[u.ID] = u; return true },
		"SELECT "+cols+" FROM unit WHERE id IN (?"+strings.Repeat(",?", len(ids)-1)+")", args...)
	return byID, err
}

// docFreq returns how many units have each trigram in col, from the gram table.
func (d *DB) docFreq(ctx context.Context, col string, grams []string) (map[string]int, error) {
	df := map[string]int{}
	if len(grams) == 0 {
		return df, nil
	}
	side := 0
	if col == "en_key" {
		side = 1
	}
	args := []any{side}
	for _, g := range grams {
		args = append(args, g)
	}
	rows, err := d.db.QueryContext(ctx, "SELECT term, doc FROM gram WHERE side = ? AND term IN (?"+strings.Repeat(",?", len(grams)-1)+")", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var t string
		var n int
		if err := rows.Scan(&t, &n); err != nil {
			return nil, err
		}
		df[t] = n
	}
	return df, rows.Err()
}

// hash is the 63-bit FNV-1a hash of a key, for exact lookups.
func hash(s string) int64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return int64(h >> 1)
}

// allTrigrams returns the three-character substrings of s in order.
func allTrigrams(s string) []string {
	var starts []int
	for i := range s {
		starts = append(starts, i)
	}
	starts = append(starts, len(s))
	var out []string
	for i := 0; i+3 < len(starts); i++ {
		out = append(out, s[starts[i]:starts[i+3]])
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
	st, err := t.PrepareContext(ctx, "DELETE FROM unit WHERE id = ? RETURNING ja_key, en_key")
	if err != nil {
		return err
	}
	df := trigram.NewFreq()
	for _, id := range ids {
		var ja, en string
		err := st.QueryRowContext(ctx, id).Scan(&ja, &en)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return err
		}
		df.Add(ja, en)
	}
	if err := addFreq(ctx, t, df, -1); err != nil {
		return err
	}
	return t.Commit()
}

// Count returns the number of units.
func (d *DB) Count(ctx context.Context) (int, error) {
	var n int
	err := d.db.QueryRowContext(ctx, "SELECT count(*) FROM unit").Scan(&n)
	return n, err
}
