// Package sqlite is the default engine of a gloss translation memory: one SQLite file,
// through modernc.org/sqlite (SQLite compiled to Go, so gloss stays one static binary with
// no C toolchain), with a character trigram index over the normalized text of both sides.
//
// A trigram index answers substring queries in either language without a word segmenter:
// Japanese has no spaces, and a kagome-based index would miss a term that kagome splits
// differently in the query and in the unit. The index is the table post: for each side
// and trigram of the padded keys (trigram.Pad), the IDs of the units that have it, as
// blocks of varint deltas, one block per trigram per write (see trigram.Postings). Gloss
// builds the lists in Go while it inserts the units, which costs a fraction of what
// SQLite's FTS5 trigram index did (schema 1; such a memory is upgraded by the first write).
// A query of three characters or more reads the lists of the trigrams covering it, in
// ID order, and checks each candidate's key; a shorter one (抑止, 同盟) the lists of the
// trigrams that start with it. The same lists propose fuzzy-match candidates: the units
// that have the sentence's rarest trigrams (their document frequencies are the lengths
// of the lists), each trigram's vote weighted by its idf.
//
// The file is in WAL mode with a busy timeout, and every write is one transaction
// (BEGIN IMMEDIATE), so two processes adding at once wait for each other and a process
// killed mid-add leaves the memory as of its last commit. The schema version is kept in
// PRAGMA user_version and the file is marked with PRAGMA application_id; a file that is not
// a memory, or a memory of a newer schema, is refused before anything is written to it,
// and a memory of an older schema is upgraded by the first write, never by a read.
package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/glossterm/gloss/tm/internal/trigram"
	"github.com/glossterm/gloss/tm/store"
	"modernc.org/sqlite" // the database/sql driver "sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// SchemaVersion is the schema this package writes and the newest it reads. Schema 1 had
// an FTS5 index and a trigram count table in place of post: Open reads it without writing
// (Scan and Count work, Contains and Similar return store.ErrOlder), and the first write
// upgrades it.
const SchemaVersion = 2

// ApplicationID marks a SQLite file as a gloss memory ("glTM").
const ApplicationID = 0x676c544d

// CacheKiB is the page cache of one connection: large enough that adding a big file
// does not spill the index pages it keeps rewriting.
const CacheKiB = 64 << 10

// BusyTimeout is how long (in milliseconds) a write waits for another process's.
const BusyTimeout = 30000

const unitTable = `
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
`

// postTable is the trigram index: side 0 Japanese, 1 English; gram the packed trigram
// (trigram.Pack); a block's IDs (trigram.Encode), n of them, the largest last. The blocks
// are rows in the order written, so that a write appends them to the end of the file,
// and an index finds them by trigram: keyed by trigram, the blocks themselves would be
// inserted all over a large table, every page of which each large write would rewrite.
const postTable = `
CREATE TABLE post(id INTEGER PRIMARY KEY, side INTEGER NOT NULL, gram INTEGER NOT NULL, last INTEGER NOT NULL, n INTEGER NOT NULL, ids BLOB NOT NULL);
CREATE UNIQUE INDEX post_gram ON post(side, gram, last, n);
`

const schema = unitTable + postTable

const cols = store.Columns

// DB is a memory in one SQLite file. It is safe for concurrent use.
type DB struct {
	db   *sql.DB
	path string
	// older is the schema of a memory of an older schema (0 when current): searches refuse
	// it (store.ErrOlder) and the first write upgrades it.
	older atomic.Int64
}

var (
	_ store.Store    = (*DB)(nil)
	_ store.BatchTx  = (*tx)(nil)
	_ store.Upgrader = (*DB)(nil)
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
		fmt.Sprintf("?_pragma=busy_timeout(%d)&_pragma=synchronous(NORMAL)&_pragma=cache_size(-%d)&_pragma=temp_store(MEMORY)&_txlock=immediate", BusyTimeout, CacheKiB)
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

// init checks (and with create, writes) the schema and puts the file in WAL mode. Two
// processes opening a new file at once race to create it and to switch its journal; SQLite
// answers some of those steps SQLITE_BUSY at once, without waiting the busy timeout, so
// init tries again until the timeout has passed.
func (d *DB) init(ctx context.Context, create bool) error {
	deadline := time.Now().Add(BusyTimeout * time.Millisecond)
	for wait := time.Millisecond; ; wait = min(2*wait, 100*time.Millisecond) {
		err := d.initOnce(ctx, create)
		if !isBusy(err) || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
	}
}

// isBusy reports whether err is SQLite's SQLITE_BUSY (or one of its extended codes).
func isBusy(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_BUSY
}

func (d *DB) initOnce(ctx context.Context, create bool) error {
	version, app, tables, err := d.identity(ctx)
	if err != nil {
		if isBusy(err) {
			return err
		}
		return fmt.Errorf("%s: %w: %v", d.path, store.ErrNotMemory, err)
	}
	if version == 0 && tables == 0 {
		if !create {
			return fmt.Errorf("%s: %w: the file is empty (gloss tm add fills it)", d.path, store.ErrNotMemory)
		}
		if err := d.create(ctx); err != nil {
			return err
		}
		if version, app, _, err = d.identity(ctx); err != nil {
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
	if err := d.db.QueryRowContext(ctx, "PRAGMA journal_mode=WAL").Scan(&mode); err != nil {
		return err
	}
	if version < SchemaVersion {
		d.older.Store(int64(version)) // upgraded by the first write: a read writes nothing
	}
	return nil
}

// current returns an error wrapping store.ErrOlder when the memory is of an older schema
// (and another process has not upgraded it since it was opened).
func (d *DB) current(ctx context.Context) error {
	if d.older.Load() == 0 {
		return nil
	}
	var version int
	if err := d.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return err
	}
	if version >= SchemaVersion {
		d.older.Store(0)
		return nil
	}
	return fmt.Errorf("%s: the memory is of schema %d, %w", d.path, version, store.ErrOlder)
}

// Upgrade brings a memory of an older schema to the current one (see upgrade); writes
// do it first.
func (d *DB) Upgrade(ctx context.Context) (from, to int, err error) {
	from = int(d.older.Load())
	if from == 0 {
		return SchemaVersion, SchemaVersion, nil
	}
	if err := d.upgrade(ctx); err != nil {
		return from, SchemaVersion, err
	}
	d.older.Store(0)
	return from, SchemaVersion, nil
}

// identity reads the schema version, the application ID and the number of schema objects
// in one statement, so that another process's create is seen whole or not at all.
func (d *DB) identity(ctx context.Context) (version, app, tables int, err error) {
	err = d.db.QueryRowContext(ctx, `SELECT (SELECT user_version FROM pragma_user_version),
		(SELECT application_id FROM pragma_application_id), (SELECT count(*) FROM sqlite_master)`).Scan(&version, &app, &tables)
	return
}

// create writes the schema in one immediate transaction, unless another process did first.
func (d *DB) create(ctx context.Context) error {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var tables int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_master").Scan(&tables); err != nil {
		return err
	}
	if tables != 0 {
		return nil // created meanwhile (or another database: init says which)
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

// upgrade turns a memory of an older schema into the current one, in one transaction:
// schema 1's FTS5 index and trigram counts become the post table, built from the units.
func (d *DB) upgrade(ctx context.Context) error {
	t, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("%s: upgrading the memory: %w", d.path, err)
	}
	defer t.Rollback()
	var version int
	if err := t.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return err
	}
	if version >= SchemaVersion {
		return nil // upgraded meanwhile
	}
	if _, err := t.ExecContext(ctx, postTable+`
		DROP TRIGGER IF EXISTS unit_ad; DROP TABLE IF EXISTS unit_fts; DROP TABLE IF EXISTS gram;`); err != nil {
		return fmt.Errorf("%s: upgrading the memory from schema %d: %w", d.path, version, err)
	}
	w := &tx{tx: t, post: trigram.NewPostings()}
	var from int64
	for {
		rows, err := t.QueryContext(ctx, "SELECT id, ja_key, en_key FROM unit WHERE id > ? ORDER BY id LIMIT 50000", from)
		if err != nil {
			return err
		}
		n := 0
		for rows.Next() {
			var ja, en string
			if err := rows.Scan(&from, &ja, &en); err != nil {
				rows.Close()
				return err
			}
			w.post.Add(from, trigram.Grams(nil, ja), trigram.Grams(nil, en))
			n++
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if err := w.flush(ctx, false); err != nil {
			return err
		}
		if n == 0 {
			break
		}
	}
	if _, err := t.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version=%d", SchemaVersion)); err != nil {
		return err
	}
	if err := t.Commit(); err != nil {
		return fmt.Errorf("%s: upgrading the memory from schema %d: %w", d.path, version, err)
	}
	return nil
}

// tx inserts units many rows per statement and builds their posting lists meanwhile,
// writing them as blocks when they hold flushIDs IDs and at Commit.
type tx struct {
	tx    *sql.Tx
	post  *trigram.Postings
	units int                  // the units in post
	grams []uint64             // the trigrams of the batch being added
	stmts map[string]*sql.Stmt // the many-row statements, prepared once
}

// stmt returns the statement q prepared in the transaction.
func (t *tx) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	if st := t.stmts[q]; st != nil {
		return st, nil
	}
	st, err := t.tx.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	if t.stmts == nil {
		t.stmts = map[string]*sql.Stmt{}
	}
	t.stmts[q] = st
	return st, nil
}

// flushIDs bounds the IDs the posting lists of a transaction hold in memory (8 bytes
// each, and the maps' overhead) before they are written as blocks.
const flushIDs = 4 << 20

// A write of fewer than mergeUnits units appends its IDs to a trigram's newest block
// when that has fewer than mergeIDs, so that many small adds do not leave a list of
// tiny blocks.
const (
	mergeUnits = 512
	mergeIDs   = 4096
)

// rowsPerInsert is the units one INSERT statement adds (21 values each).
const rowsPerInsert = 128

// Begin starts an immediate write transaction.
func (d *DB) Begin(ctx context.Context) (store.Tx, error) {
	if _, _, err := d.Upgrade(ctx); err != nil {
		return nil, err
	}
	t, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", d.path, err)
	}
	return &tx{tx: t, post: trigram.NewPostings()}, nil
}

func (t *tx) Add(ctx context.Context, u *store.Unit) (bool, error) {
	added, err := t.AddBatch(ctx, []*store.Unit{u})
	if err != nil {
		return false, err
	}
	return added[0], nil
}

// AddBatch adds units as Add does, many per statement, working out their trigrams in
// another goroutine while it inserts them.
func (t *tx) AddBatch(ctx context.Context, us []*store.Unit) ([]bool, error) {
	// the trigrams of all the units in one slice, reused from batch to batch: a slice
	// per unit and side was two fifths of what adding a million units allocated
	ends := make([][2]int, len(us))
	done := make(chan struct{})
	go func() {
		defer close(done)
		g := t.grams[:0]
		for i, u := range us {
			g = trigram.Grams(g, u.JAKey)
			ends[i][0] = len(g)
			g = trigram.Grams(g, u.ENKey)
			ends[i][1] = len(g)
		}
		t.grams = g
	}()
	added := make([]bool, len(us))
	var err error
	for i := 0; i < len(us) && err == nil; i += rowsPerInsert {
		err = t.insert(ctx, us[i:min(i+rowsPerInsert, len(us))], added[i:])
	}
	<-done
	if err != nil {
		return nil, err
	}
	from := 0
	for i, u := range us {
		if added[i] {
			t.post.Add(u.ID, t.grams[from:ends[i][0]], t.grams[ends[i][0]:ends[i][1]])
			t.units++
		}
		from = ends[i][1]
	}
	if t.post.Size >= flushIDs {
		if err := t.flush(ctx, false); err != nil {
			return nil, err
		}
	}
	return added, nil
}

// insertHead begins the many-row INSERT. OR IGNORE (which skips a unit whose pair key is
// stored) rather than ON CONFLICT DO NOTHING: a statement that may abort halfway makes
// SQLite copy every page it changes to a statement journal first, which was a fifth of
// the time of adding a million units.
var insertHead = `INSERT OR IGNORE INTO unit(pair_key, ja, en, ja_markup, en_markup, ja_lang, en_lang, ja_key, en_key,
	origin, origin_id, line, created, changed, creator, changer, added, prev, next, ja_hash, en_hash) VALUES `

const insertRow = "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"

// insert inserts the units of us whose pair key is not stored, in one statement, setting
// their IDs and added. Of two units with the same pair key, the first is inserted.
func (t *tx) insert(ctx context.Context, us []*store.Unit, added []bool) error {
	q := insertHead + insertRow + strings.Repeat(","+insertRow, len(us)-1) + " RETURNING id, pair_key"
	args := make([]any, 0, 21*len(us))
	for _, u := range us {
		args = append(args, u.PairKey, u.JA, u.EN, u.JAMarkup, u.ENMarkup, u.JALang, u.ENLang, u.JAKey, u.ENKey,
			u.Origin, u.OriginID, u.Line, u.Created, u.Changed, u.Creator, u.Changer, u.Added, u.Prev, u.Next, hash(u.JAKey), hash(u.ENKey))
	}
	st, err := t.stmt(ctx, q)
	if err != nil {
		return err
	}
	rows, err := st.QueryContext(ctx, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	ids := map[string]int64{}
	for rows.Next() {
		var id int64
		var pk string
		if err := rows.Scan(&id, &pk); err != nil {
			return err
		}
		ids[pk] = id
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for i, u := range us {
		if id, ok := ids[u.PairKey]; ok {
			u.ID, added[i] = id, true
			delete(ids, u.PairKey)
		}
	}
	return nil
}

// flush writes the posting lists collected as blocks and empties them; with merge (a
// small write), into the newest block of each list that is small.
func (t *tx) flush(ctx context.Context, merge bool) error {
	defer func() { t.post.Reset(); t.units = 0 }()
	type block struct {
		side int
		gram uint64
		last int64
		n    int
		ids  []byte
	}
	var blocks []block
	for side := range 2 {
		err := t.post.EachBlock(side, func(g uint64, n int, last int64, enc []byte) error {
			b := block{side: side, gram: g, last: last, n: n}
			if merge {
				var tail int64
				var tn int
				var old []byte
				err := t.tx.QueryRowContext(ctx, "SELECT last, n, ids FROM post WHERE side = ? AND gram = ? ORDER BY last DESC LIMIT 1", side, int64(g)).Scan(&tail, &tn, &old)
				switch {
				case errors.Is(err, sql.ErrNoRows):
				case err != nil:
					return err
				case tn < mergeIDs:
					ids, err := trigram.Decode(nil, old)
					if err != nil {
						return err
					}
					if ids, err = trigram.Decode(ids, enc); err != nil {
						return err
					}
					if _, err := t.tx.ExecContext(ctx, "DELETE FROM post WHERE side = ? AND gram = ? AND last = ?", side, int64(g), tail); err != nil {
						return err
					}
					b.n, b.ids = len(ids), trigram.Encode(nil, ids)
					blocks = append(blocks, b)
					return nil
				}
			}
			b.ids = slices.Clone(enc)
			blocks = append(blocks, b)
			return nil
		})
		if err != nil {
			return err
		}
	}
	// in index order, so that the index's pages are visited once each
	slices.SortFunc(blocks, func(a, b block) int {
		if a.side != b.side {
			return a.side - b.side
		}
		return cmp.Compare(a.gram, b.gram)
	})
	const per = 200
	for i := 0; i < len(blocks); i += per {
		part := blocks[i:min(i+per, len(blocks))]
		args := make([]any, 0, 5*len(part))
		for _, b := range part {
			args = append(args, b.side, int64(b.gram), b.last, b.n, b.ids)
		}
		st, err := t.stmt(ctx, "INSERT OR IGNORE INTO post(side, gram, last, n, ids) VALUES (?,?,?,?,?)"+strings.Repeat(",(?,?,?,?,?)", len(part)-1))
		if err != nil {
			return err
		}
		if _, err := st.ExecContext(ctx, args...); err != nil {
			return err
		}
	}
	return nil
}

func (t *tx) Commit() error {
	if err := t.flush(context.Background(), t.units < mergeUnits); err != nil {
		t.tx.Rollback()
		return err
	}
	return t.tx.Commit()
}

func (t *tx) Rollback() error { return t.tx.Rollback() }

// Contains reads the posting lists (trigram.Contains): for keys of three characters or
// more, the units in every list of trigrams that cover the key, checked on the key; for
// shorter keys, the units in any list of a trigram that starts with the key, or an instr
// scan when the key starts too many.
func (d *DB) Contains(ctx context.Context, lang store.Lang, key string, limit int, fn func(*store.Unit) bool) error {
	col, err := column(lang)
	if err != nil {
		return err
	}
	if key == "" {
		return nil
	}
	if err := d.current(ctx); err != nil {
		return err
	}
	side := trigram.Side(col)
	var expand []uint64
	if utf8.RuneCountInString(key) < 3 {
		if expand, err = d.startingWith(ctx, side, key); err != nil {
			return err
		}
		switch {
		case expand == nil:
			lim := -1
			if limit > 0 {
				lim = limit
			}
			return d.each(ctx, fn, "SELECT "+cols+" FROM unit WHERE instr("+col+", ?) > 0 ORDER BY id LIMIT ?", key, lim)
		case len(expand) == 0:
			return nil
		}
	}
	return trigram.Contains(ctx, tables{d}, side, key, expand, keyFunc(side), limit, fn)
}

// maxExpansion bounds the trigrams a short query expands to; past it, a scan is cheaper.
const maxExpansion = 400

// startingWith returns the indexed trigrams of a side that start with key, an empty slice
// when there is none, or nil when there are more than maxExpansion.
func (d *DB) startingWith(ctx context.Context, side int, key string) ([]uint64, error) {
	lo, hi, ok := trigram.Range(key)
	if !ok {
		return []uint64{}, nil
	}
	rows, err := d.db.QueryContext(ctx, "SELECT DISTINCT gram FROM post WHERE side = ? AND gram BETWEEN ? AND ? LIMIT ?",
		side, int64(lo), int64(hi), maxExpansion+1)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []uint64{}
	for rows.Next() {
		var g int64
		if err := rows.Scan(&g); err != nil {
			return nil, err
		}
		out = append(out, uint64(g))
	}
	if len(out) > maxExpansion {
		return nil, rows.Err()
	}
	return out, rows.Err()
}

// Similar returns the units whose key equals key (by hash, then compared), then up to
// limit others ranked by the idf-weighted votes of the key's rarest trigrams
// (trigram.Similar, the search both engines share).
func (d *DB) Similar(ctx context.Context, lang store.Lang, key string, limit int) ([]*store.Unit, error) {
	col, err := column(lang)
	if err != nil {
		return nil, err
	}
	if err := d.current(ctx); err != nil {
		return nil, err
	}
	return trigram.Similar(ctx, tables{d}, col, key, limit)
}

// tables answers trigram.Similar and trigram.Contains from the unit table, its hashes
// and the posting blocks.
type tables struct{ *DB }

func (t tables) Equal(ctx context.Context, col, key string, fn func(*store.Unit) bool) error {
	hcol := "ja_hash"
	if col == "en_key" {
		hcol = "en_hash"
	}
	return t.each(ctx, fn, "SELECT "+cols+" FROM unit WHERE "+hcol+" = ? AND "+col+" = ? ORDER BY id", hash(key), key)
}

// keyFunc returns the key of a side of a unit.
func keyFunc(side int) func(*store.Unit) string {
	if side == 1 {
		return func(u *store.Unit) string { return u.ENKey }
	}
	return func(u *store.Unit) string { return u.JAKey }
}

func (t tables) Shortest(ctx context.Context, col, key string, limit int, fn func(*store.Unit) bool) error {
	return t.each(ctx, fn, "SELECT "+cols+" FROM unit WHERE instr("+col+", ?) > 0 ORDER BY length("+col+"), id LIMIT ?", key, limit)
}

// DocFreq sums the lengths of the trigrams' blocks.
func (t tables) DocFreq(ctx context.Context, col string, grams []string) (map[string]int, error) {
	df := map[string]int{}
	args := []any{trigram.Side(col)}
	for _, g := range grams {
		if p, ok := trigram.Pack(g); ok {
			args = append(args, int64(p))
		}
	}
	if len(args) == 1 {
		return df, nil
	}
	rows, err := t.db.QueryContext(ctx, "SELECT gram, sum(n) FROM post WHERE side = ? AND gram IN (?"+strings.Repeat(",?", len(args)-2)+") GROUP BY gram", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var g int64
		var n int
		if err := rows.Scan(&g, &n); err != nil {
			return nil, err
		}
		df[trigram.Unpack(uint64(g))] = n
	}
	return df, rows.Err()
}

// Newest reads each gram's blocks, newest first, until they hold n IDs.
func (t tables) Newest(ctx context.Context, side int, grams []uint64, n int) (map[uint64][]int64, error) {
	out := map[uint64][]int64{}
	for _, g := range grams {
		ids, err := t.newest(ctx, side, g, n)
		if err != nil {
			return nil, err
		}
		out[g] = ids
	}
	return out, nil
}

func (t tables) newest(ctx context.Context, side int, g uint64, n int) ([]int64, error) {
	rows, err := t.db.QueryContext(ctx, "SELECT ids FROM post WHERE side = ? AND gram = ? ORDER BY last DESC", side, int64(g))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for len(ids) < n && rows.Next() {
		var b []byte
		if err := rows.Scan(&b); err != nil {
			return nil, err
		}
		if ids, err = trigram.Decode(ids, b); err != nil {
			return nil, err
		}
	}
	return ids, rows.Err()
}

func (t tables) Next(ctx context.Context, side int, g uint64, from int64) ([]int64, bool, error) {
	var b []byte
	err := t.db.QueryRowContext(ctx, "SELECT ids FROM post WHERE side = ? AND gram = ? AND last >= ? ORDER BY last LIMIT 1", side, int64(g), from).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	ids, err := trigram.Decode(nil, b)
	return ids, err == nil, err
}

func (t tables) Units(ctx context.Context, ids []int64) (map[int64]*store.Unit, error) {
	byID := map[int64]*store.Unit{}
	if len(ids) == 0 {
		return byID, nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	err := t.each(ctx, func(u *store.Unit) bool { byID[u.ID] = u; return true },
		"SELECT "+cols+" FROM unit WHERE id IN (?"+strings.Repeat(",?", len(ids)-1)+")", args...)
	return byID, err
}

// Delete removes units in one transaction, and their IDs from the posting blocks.
func (d *DB) Delete(ctx context.Context, ids []int64) error {
	if _, _, err := d.Upgrade(ctx); err != nil {
		return err
	}
	t, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer t.Rollback()
	st, err := t.PrepareContext(ctx, "DELETE FROM unit WHERE id = ? RETURNING ja_key, en_key")
	if err != nil {
		return err
	}
	gone := trigram.NewPostings()
	for _, id := range ids {
		var ja, en string
		err := st.QueryRowContext(ctx, id).Scan(&ja, &en)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return err
		}
		gone.Add(id, trigram.Grams(nil, ja), trigram.Grams(nil, en))
	}
	for side := range 2 {
		if err := gone.Each(side, func(g uint64, ids []int64) error { return unpost(ctx, t, side, g, ids) }); err != nil {
			return err
		}
	}
	return t.Commit()
}

// unpost removes IDs from a trigram's blocks, rewriting each block that has some.
func unpost(ctx context.Context, t *sql.Tx, side int, g uint64, gone []int64) error {
	slices.Sort(gone)
	for len(gone) > 0 {
		var last int64
		var b []byte
		err := t.QueryRowContext(ctx, "SELECT last, ids FROM post WHERE side = ? AND gram = ? AND last >= ? ORDER BY last LIMIT 1", side, int64(g), gone[0]).Scan(&last, &b)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		if err != nil {
			return err
		}
		ids, err := trigram.Decode(nil, b)
		if err != nil {
			return err
		}
		keep := ids[:0]
		for _, id := range ids {
			if _, found := slices.BinarySearch(gone, id); !found {
				keep = append(keep, id)
			}
		}
		for len(gone) > 0 && gone[0] <= last {
			gone = gone[1:]
		}
		if len(keep) == len(ids) {
			continue
		}
		if _, err := t.ExecContext(ctx, "DELETE FROM post WHERE side = ? AND gram = ? AND last = ?", side, int64(g), last); err != nil {
			return err
		}
		if len(keep) > 0 {
			if _, err := t.ExecContext(ctx, "INSERT INTO post(side, gram, last, n, ids) VALUES (?, ?, ?, ?, ?)",
				side, int64(g), keep[len(keep)-1], len(keep), trigram.Encode(nil, keep)); err != nil {
				return err
			}
		}
	}
	return nil
}

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

// Scan reads every unit in ID order.
func (d *DB) Scan(ctx context.Context, fn func(*store.Unit) bool) error {
	return d.each(ctx, fn, "SELECT "+cols+" FROM unit ORDER BY id")
}

// Count returns the number of units.
func (d *DB) Count(ctx context.Context) (int, error) {
	var n int
	err := d.db.QueryRowContext(ctx, "SELECT count(*) FROM unit").Scan(&n)
	return n, err
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
