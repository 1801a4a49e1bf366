package tm

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"runtime"
	"sync"
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
	u.JAKey, u.ENKey = textnorm.Key(u.JA), textnorm.QuickKey(u.EN)
	sum := sha256.Sum256([]byte(u.JAKey + "\x00" + u.ENKey))
	u.PairKey = hex.EncodeToString(sum[:16])
}

// adder writes the units of one file in one transaction, each with its neighbours as
// context. It works in batches of batchSize units, in three stages that overlap: the
// reader's goroutine reads a batch, several goroutines normalize it (Keys), and one
// goroutine writes the previous batch meanwhile; the transaction is only ever used by one
// goroutine at a time. The last unit of a batch is held back until the next unit is
// known, its Next.
type adder struct {
	ctx     context.Context
	tx      store.Tx
	res     *AddResult
	added   string
	batch   []*Unit // read, not yet normalized
	pending *Unit   // normalized, waiting for its Next
	// writing is the write of the previous batch, which sends its error when done.
	writing chan error
	// stored counts what the writes added and skipped; they are copied into res when the
	// writes are done.
	stored struct{ added, skipped int }
}

// batchSize is the number of units normalized and written together.
const batchSize = 2048

func (m *Memory) begin(ctx context.Context, file string) (*adder, error) {
	tx, err := m.Store.Begin(ctx)
	if err != nil {
		return nil, err
	}
	return &adder{ctx: ctx, tx: tx, res: &AddResult{File: file}, added: m.now().UTC().Format(DateLayout)}, nil
}

func (a *adder) add(u *Unit) error {
	a.batch = append(a.batch, u)
	if len(a.batch) < batchSize {
		return nil
	}
	return a.flush(false)
}

// flush normalizes the batch, links each unit to its neighbours and hands the units
// whose context is known to the writer, once it is done with the previous ones; with
// last, the held-back unit too.
func (a *adder) flush(last bool) error {
	keys(a.batch)
	out := make([]*Unit, 0, len(a.batch)+1)
	for _, u := range a.batch {
		if u.JAKey == "" {
			a.res.ignore("no Japanese text")
			continue
		}
		a.res.Read++
		u.Added = a.added
		if a.pending != nil {
			a.pending.Next = u.JAKey
			u.Prev = a.pending.JAKey
			out = append(out, a.pending)
		}
		a.pending = u
	}
	a.batch = a.batch[:0]
	if last && a.pending != nil {
		out = append(out, a.pending)
		a.pending = nil
	}
	if err := a.wait(); err != nil {
		return err
	}
	if len(out) == 0 {
		return nil
	}
	a.writing = make(chan error, 1)
	go func() { a.writing <- a.write(out) }()
	if last {
		return a.wait()
	}
	return nil
}

// wait waits for the write in progress and returns its error.
func (a *adder) wait() error {
	if a.writing == nil {
		return nil
	}
	err := <-a.writing
	a.writing = nil
	return err
}

// write stores units through the transaction, in one call when the engine can.
func (a *adder) write(units []*Unit) error {
	if bt, ok := a.tx.(store.BatchTx); ok {
		added, err := bt.AddBatch(a.ctx, units)
		if err != nil {
			return fmt.Errorf("%s: storing the units of lines %d to %d: %w", a.res.File, units[0].Line, units[len(units)-1].Line, err)
		}
		for _, ok := range added {
			if ok {
				a.stored.added++
			} else {
				a.stored.skipped++
			}
		}
		return nil
	}
	for _, u := range units {
		ok, err := a.tx.Add(a.ctx, u)
		if err != nil {
			return fmt.Errorf("%s: storing the unit of line %d: %w", a.res.File, u.Line, err)
		}
		if ok {
			a.stored.added++
		} else {
			a.stored.skipped++
		}
	}
	return nil
}

// keys fills the keys of units (see Keys), on as many goroutines as there are CPUs.
func keys(units []*Unit) {
	n := runtime.GOMAXPROCS(0)
	if n == 1 || len(units) < 64 {
		for _, u := range units {
			Keys(u)
		}
		return
	}
	var wg sync.WaitGroup
	per := (len(units) + n - 1) / n
	for i := 0; i < len(units); i += per {
		part := units[i:min(i+per, len(units))]
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, u := range part {
				Keys(u)
			}
		}()
	}
	wg.Wait()
}

// finish commits when err is nil, else rolls back and returns err.
func (a *adder) finish(err error) (*AddResult, error) {
	if err == nil {
		err = a.flush(true)
	}
	if werr := a.wait(); err == nil {
		err = werr
	}
	if err != nil {
		a.tx.Rollback()
		return nil, err
	}
	if err := a.tx.Commit(); err != nil {
		return nil, fmt.Errorf("%s: commit: %w", a.res.File, err)
	}
	a.res.Added, a.res.Skipped = a.stored.added, a.stored.skipped
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

// Upgrade brings a memory of an older schema to the current one in one transaction, and
// returns the schema it was of and the current one (equal when there was nothing to do).
// Opening a memory never writes to it: a search or match that needs what an older memory
// lacks fails with an error wrapping store.ErrOlder, and the first write (an add, a
// clean with fixes) upgrades it first.
func (m *Memory) Upgrade(ctx context.Context) (from, to int, err error) {
	if u, ok := m.Store.(store.Upgrader); ok {
		return u.Upgrade(ctx)
	}
	return 0, 0, nil
}
