// Package store is the interface between a translation memory and the database that keeps
// it. A Store holds Japanese–English units, finds them by substring (concordance) and by
// shared character trigrams (fuzzy-match candidates), and writes them in transactions. The
// default engine is in package tm/sqlite; the tm package does the normalization, scoring
// and formats, so an engine only stores, indexes and retrieves.
package store

import (
	"context"
	"errors"
	"math"
)

// Unit is one translation unit: a Japanese segment and its English translation.
type Unit struct {
	ID int64 // assigned by the store

	JA, EN string // the segments' text, inline codes left out
	// JAMarkup and ENMarkup are the segments as TMX inline XML (text escaped, inline codes
	// as bpt/ept/ph/it/ut elements) when the source had inline codes; "" otherwise.
	JAMarkup, ENMarkup string
	JALang, ENLang     string // the language tags as the file gave them (ja-JP, en-US …)

	// JAKey and ENKey are the normalized texts (textnorm.Key) the indexes are built on;
	// PairKey identifies the pair: a unit whose PairKey is already stored is not added again.
	JAKey, ENKey, PairKey string

	Origin   string // the file the unit came from, as given
	OriginID string // its id in that file: tuid, trans-unit id, bitext id
	Line     int    // where it starts in that file (1-based); 0 unknown

	Created, Changed string // TMX date form (20060102T150405Z); "" unknown
	Creator, Changer string
	Added            string // when it entered the memory, TMX date form

	// Prev and Next are the JAKey of the units before and after this one in its file, the
	// context that makes an exact match in-context.
	Prev, Next string
}

// Columns names a unit's fields as the engines' unit tables do, in the order of
// (*Unit).Fields, so that a row read with one is scanned with the other.
const Columns = `id, pair_key, ja, en, ja_markup, en_markup, ja_lang, en_lang, ja_key, en_key, origin, origin_id, line, created, changed, creator, changer, added, prev, next`

// Fields returns pointers to u's fields in the order of Columns, the destinations of a row
// scan.
func (u *Unit) Fields() []any {
	return []any{&u.ID, &u.PairKey, &u.JA, &u.EN, &u.JAMarkup, &u.ENMarkup, &u.JALang, &u.ENLang, &u.JAKey, &u.ENKey,
		&u.Origin, &u.OriginID, &u.Line, &u.Created, &u.Changed, &u.Creator, &u.Changer, &u.Added, &u.Prev, &u.Next}
}

// Lang selects a side of the memory.
type Lang string

// The two sides.
const (
	JA Lang = "ja"
	EN Lang = "en"
)

// Tx is a write transaction. Units added through it become visible, all together, at
// Commit; Rollback (or a crash before Commit) leaves the store as it was.
type Tx interface {
	// Add stores u unless a unit with the same PairKey is stored; it reports whether u was
	// added and sets u.ID when it was.
	Add(ctx context.Context, u *Unit) (bool, error)
	Commit() error
	Rollback() error
}

// BatchTx is a Tx that can add many units in one call, which an engine may do faster than
// one Add at a time (fewer statements, work overlapped). It is optional: the tm package
// uses it when a Tx has it and calls Add otherwise.
type BatchTx interface {
	Tx
	// AddBatch stores, in order, each unit of us unless a unit with the same PairKey is
	// stored (or comes earlier in us), as Add does, setting the ID of each unit added; it
	// reports which were added. On error the transaction is to be rolled back.
	AddBatch(ctx context.Context, us []*Unit) (added []bool, err error)
}

// Store keeps a memory's units.
type Store interface {
	// Begin starts a write transaction. It waits (up to the engine's busy timeout) while
	// another process writes.
	Begin(ctx context.Context) (Tx, error)
	// Contains calls fn, in ID order, for each unit whose key in lang contains key (a
	// normalized string), until fn returns false or limit units (0: no limit) were seen.
	Contains(ctx context.Context, lang Lang, key string, limit int, fn func(*Unit) bool) error
	// Similar returns up to limit units whose key in lang shares the most character
	// trigrams with key, the best candidates first, and the units whose key equals key.
	Similar(ctx context.Context, lang Lang, key string, limit int) ([]*Unit, error)
	// Scan calls fn for every unit in ID order until fn returns false.
	Scan(ctx context.Context, fn func(*Unit) bool) error
	// Delete removes the units with these IDs, in one transaction.
	Delete(ctx context.Context, ids []int64) error
	// Count returns the number of units.
	Count(ctx context.Context) (int, error)
	Close() error
}

// ErrNotMemory is wrapped by the error Open returns for a file that is not a memory.
var ErrNotMemory = errors.New("not a gloss translation memory")

// ErrNewer is wrapped by the error Open returns for a memory of a newer schema.
var ErrNewer = errors.New("written by a newer version of gloss")

// ErrOlder is wrapped by the error of a search or match in a memory of an older schema,
// whose index this gloss does not read. Opening such a memory writes nothing: the first
// write (an add, a clean --fix) or Upgrader.Upgrade brings it to the current schema.
var ErrOlder = errors.New("written by an older version of gloss; gloss tm upgrade (or the next gloss tm add) rebuilds its index, once")

// Upgrader is a Store that can bring a memory of an older schema to its own.
type Upgrader interface {
	// Upgrade upgrades the memory in one transaction, if it is of an older schema, and
	// returns the schema it was of and the current one.
	Upgrade(ctx context.Context) (from, to int, err error)
}

// IDF is the weight of a trigram's vote for the units that have it, in the candidate
// search of Similar: the log of the units in the memory over the units with the
// trigram, rounded to 1/1024. The rounding makes every sum of up to thousands of weights
// exact in float64, so two units with the same trigrams tie whatever order an engine
// sums their votes in, and ties are broken the same way (by ID) by every engine.
func IDF(total, docs int) float64 {
	return math.Round(math.Log(float64(total)/float64(docs))*1024) / 1024
}
