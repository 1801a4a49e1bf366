package tm

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/glossterm/gloss/internal/textnorm"
	"github.com/glossterm/gloss/tm/postgres"
	"github.com/glossterm/gloss/tm/sqlite"
	"github.com/glossterm/gloss/tm/store"
)

// Unit is one translation unit of a memory.
type Unit = store.Unit

// DateLayout is the TMX date form the memory keeps dates in.
const DateLayout = "20060102T150405Z"

// Memory is a translation memory over a [store.Store].
type Memory struct {
	Store store.Store
	// Now returns the time recorded as a unit's Added date; time.Now when nil.
	Now func() time.Time
}

// Open opens the memory at locator: a PostgreSQL URL (postgres://… or postgresql://…,
// see package tm/postgres) opens a memory in that database, anything else is the path of
// a memory file of the embedded engine (see package tm/sqlite). With create, a missing
// file, or a database without a memory, becomes a new memory.
func Open(ctx context.Context, locator string, create bool) (*Memory, error) {
	if IsURL(locator) {
		db, err := postgres.Open(ctx, locator, create)
		if err != nil {
			return nil, err
		}
		return &Memory{Store: db}, nil
	}
	db, err := sqlite.Open(ctx, locator, create)
	if err != nil {
		return nil, err
	}
	return &Memory{Store: db}, nil
}

// IsURL reports whether Open takes locator for a database URL rather than a file path.
func IsURL(locator string) bool { return postgres.IsURL(locator) }

// Redact returns locator as messages may show it: a database URL's password replaced.
func Redact(locator string) string {
	if IsURL(locator) {
		return postgres.Redact(locator)
	}
	return locator
}

// Close closes the store.
func (m *Memory) Close() error { return m.Store.Close() }

func (m *Memory) now() time.Time {
	if m.Now != nil {
		return m.Now()
	}
	return time.Now()
}

// AddResult counts what one file gave the memory.
type AddResult struct {
	File    string
	Read    int // units read that have Japanese text (those without are in Ignored)
	Added   int // new units stored
	Skipped int // units the memory already had (the same pair after normalization)
	// Ignored counts units left out, by reason (no Japanese or no English variant …).
	Ignored map[string]int
}

func (r *AddResult) ignore(reason string) {
	if r.Ignored == nil {
		r.Ignored = map[string]int{}
	}
	r.Ignored[reason]++
}

// Keys fills u's normalized keys and pair key from its text.
func Keys(u *Unit) {
	u.JAKey, u.ENKey = textnorm.Key(u.JA), textnorm.Key(u.EN)
	sum := sha256.Sum256([]byte(u.JAKey + "\x00" + u.ENKey))
	u.PairKey = hex.EncodeToString(sum[:16])
}

// adder writes the units of one file in one transaction, each with its neighbours as
// context: it holds one unit back until the next is known.
type adder struct {
	ctx     context.Context
	tx      store.Tx
	res     *AddResult
	added   string
	pending *Unit
}

func (m *Memory) begin(ctx context.Context, file string) (*adder, error) {
	tx, err := m.Store.Begin(ctx)
	if err != nil {
		return nil, err
	}
	return &adder{ctx: ctx, tx: tx, res: &AddResult{File: file}, added: m.now().UTC().Format(DateLayout)}, nil
}

func (a *adder) add(u *Unit) error {
	Keys(u)
	if u.JAKey == "" {
		a.res.ignore("no Japanese text")
		return nil
	}
	a.res.Read++
	u.Added = a.added
	if a.pending != nil {
		a.pending.Next = u.JAKey
		u.Prev = a.pending.JAKey
		if err := a.flush(); err != nil {
			return err
		}
	}
	a.pending = u
	return nil
}

func (a *adder) flush() error {
	if a.pending == nil {
		return nil
	}
	ok, err := a.tx.Add(a.ctx, a.pending)
	if err != nil {
		return fmt.Errorf("%s: storing the unit of line %d: %w", a.res.File, a.pending.Line, err)
	}
	if ok {
		a.res.Added++
	} else {
		a.res.Skipped++
	}
	a.pending = nil
	return nil
}

// finish commits when err is nil, else rolls back and returns err.
func (a *adder) finish(err error) (*AddResult, error) {
	if err == nil {
		err = a.flush()
	}
	if err != nil {
		a.tx.Rollback()
		return nil, err
	}
	if err := a.tx.Commit(); err != nil {
		return nil, fmt.Errorf("%s: commit: %w", a.res.File, err)
	}
	return a.res, nil
}

// AddUnits adds units as if they were read, in order, from one file: in one transaction,
// each with its neighbours as context.
func (m *Memory) AddUnits(ctx context.Context, file string, units []*Unit) (*AddResult, error) {
	a, err := m.begin(ctx, file)
	if err != nil {
		return nil, err
	}
	for _, u := range units {
		if err = a.add(u); err != nil {
			break
		}
	}
	return a.finish(err)
}
