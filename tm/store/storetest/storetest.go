// Package storetest is the contract of store.Store as tests, run against every engine
// (tm/sqlite, tm/postgres), so that the engines answer the same queries the same way.
package storetest

import (
	"context"
	"slices"
	"strconv"
	"sync"
	"testing"

	"github.com/glossterm/gloss/tm/store"
)

// Factory makes a new, empty memory for one test and returns a function that opens it;
// each call of open is a new handle (a new connection pool or file handle) on the same
// memory, as another process would have.
type Factory func(t *testing.T) (open func() (store.Store, error))

// Unit is a unit whose keys are its text, the pair key the two joined.
func Unit(ja, en string) *store.Unit {
	return &store.Unit{JA: ja, EN: en, JAKey: ja, ENKey: en, PairKey: ja + "\x1f" + en}
}

// Fill adds units in one transaction.
func Fill(t testing.TB, s store.Store, units ...*store.Unit) {
	t.Helper()
	ctx := context.Background()
	tx, err := s.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range units {
		if _, err := tx.Add(ctx, u); err != nil {
			tx.Rollback()
			t.Fatalf("adding %q: %v", u.JA, err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
}

func mustOpen(t *testing.T, open func() (store.Store, error)) store.Store {
	t.Helper()
	s, err := open()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func contains(t *testing.T, s store.Store, lang store.Lang, key string, limit int) []string {
	t.Helper()
	var got []string
	if err := s.Contains(context.Background(), lang, key, limit, func(u *store.Unit) bool { got = append(got, u.JA); return true }); err != nil {
		t.Fatal(err)
	}
	return got
}

// Run runs the contract against the memories f makes.
func Run(t *testing.T, f Factory) {
	ctx := context.Background()
	t.Run("Contains", func(t *testing.T) {
		s := mustOpen(t, f(t))
		Fill(t, s,
			Unit("拡大抑止を強化する", "strengthen extended deterrence"),
			Unit("日米同盟の中核", "the core of the alliance"),
			Unit("抑止力", "deterrence capabilities"),
			Unit("同盟国", "allies"),
			Unit("100%の_確率", `a 100% chance, a\b`),
		)
		for _, tc := range []struct {
			name  string
			lang  store.Lang
			key   string
			limit int
			want  []string // the Japanese of the units found, in order
		}{
			{name: "trigram", lang: store.JA, key: "拡大抑止", want: []string{"拡大抑止を強化する"}},
			{name: "two characters", lang: store.JA, key: "抑止", want: []string{"拡大抑止を強化する", "抑止力"}},
			{name: "two characters again", lang: store.JA, key: "同盟", want: []string{"日米同盟の中核", "同盟国"}},
			{name: "one character at the end", lang: store.JA, key: "国", want: []string{"同盟国"}},
			{name: "one character, start and middle", lang: store.JA, key: "日", want: []string{"日米同盟の中核"}},
			{name: "two characters at the end", lang: store.JA, key: "盟国", want: []string{"同盟国"}},
			{name: "english", lang: store.EN, key: "deterrence", want: []string{"拡大抑止を強化する", "抑止力"}},
			{name: "limit", lang: store.EN, key: "deterrence", limit: 1, want: []string{"拡大抑止を強化する"}},
			{name: "other side not searched", lang: store.EN, key: "抑止", want: nil},
			{name: "nothing", lang: store.JA, key: "核の傘", want: nil},
			{name: "nothing short", lang: store.JA, key: "猫", want: nil},
			{name: "quote in query", lang: store.EN, key: `"core`, want: nil},
			{name: "percent is a character", lang: store.EN, key: "0% c", want: []string{"100%の_確率"}},
			{name: "percent alone", lang: store.JA, key: "%", want: []string{"100%の_確率"}},
			{name: "underscore is a character", lang: store.JA, key: "の_確", want: []string{"100%の_確率"}},
			{name: "underscore not a wildcard", lang: store.JA, key: "の中_", want: nil},
			{name: "backslash", lang: store.EN, key: `a\b`, want: []string{"100%の_確率"}},
			{name: "empty", lang: store.JA, key: "", want: nil},
		} {
			t.Run(tc.name, func(t *testing.T) {
				if got := contains(t, s, tc.lang, tc.key, tc.limit); !slices.Equal(got, tc.want) {
					t.Fatalf("got %q, want %q", got, tc.want)
				}
			})
		}
		if err := s.Contains(ctx, "fr", "x", 0, func(*store.Unit) bool { return true }); err == nil {
			t.Error("an unknown language: no error")
		}
	})

	t.Run("AddOnce", func(t *testing.T) {
		s := mustOpen(t, f(t))
		tx, err := s.Begin(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback()
		a, b := Unit("日米同盟の中核", "the core"), Unit("日米同盟の中核", "the core")
		okA, errA := tx.Add(ctx, a)
		okB, errB := tx.Add(ctx, b)
		if errA != nil || errB != nil || !okA || okB || a.ID == 0 || b.ID != 0 {
			t.Fatalf("adding a pair twice: %v %v, %v %v, ids %d %d; want added once, with an id", okA, errA, okB, errB, a.ID, b.ID)
		}
		if err := tx.Commit(); err != nil {
			t.Fatal(err)
		}
		Fill(t, s, Unit("日米同盟の中核", "the core"), Unit("日米同盟の中核", "the heart"))
		if n, _ := s.Count(ctx); n != 2 {
			t.Fatalf("count %d, want 2", n)
		}
	})

	t.Run("Rollback", func(t *testing.T) {
		s := mustOpen(t, f(t))
		Fill(t, s, Unit("確定", "kept"))
		tx, err := s.Begin(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tx.Add(ctx, Unit("取消", "rolled back")); err != nil {
			tx.Rollback()
			t.Fatal(err)
		}
		if err := tx.Rollback(); err != nil {
			t.Fatal(err)
		}
		if n, _ := s.Count(ctx); n != 1 {
			t.Fatalf("count %d after a rollback, want 1", n)
		}
		if got := contains(t, s, store.JA, "取", 0); got != nil {
			t.Fatalf("a rolled-back unit found: %q", got)
		}
	})

	t.Run("Similar", func(t *testing.T) {
		s := mustOpen(t, f(t))
		Fill(t, s,
			Unit("日米同盟の中核である拡大抑止", "a"),
			Unit("日米同盟の中核", "b"),
			Unit("全く関係のない文", "c"),
			Unit("日米同盟の中核", "b2"),
			Unit("同盟", "d"),
		)
		got, err := s.Similar(ctx, store.JA, "日米同盟の中核", 10)
		if err != nil {
			t.Fatal(err)
		}
		var ens []string
		for _, u := range got {
			ens = append(ens, u.EN)
		}
		if want := []string{"b", "b2", "a"}; !slices.Equal(ens, want) {
			t.Fatalf("similar: %q, want %q (the exact units first, in ID order, then the nearest)", ens, want)
		}
		got, err = s.Similar(ctx, store.JA, "同盟", 2)
		if err != nil {
			t.Fatal(err)
		}
		ens = ens[:0]
		for _, u := range got {
			ens = append(ens, u.EN)
		}
		if want := []string{"d", "b"}; !slices.Equal(ens, want) {
			t.Fatalf("similar to a short key: %q, want %q (exact, then the shortest with it)", ens, want)
		}
		if got, err := s.Similar(ctx, store.EN, "nothing like it", 10); err != nil || len(got) != 0 {
			t.Fatalf("similar to nothing: %d units, %v", len(got), err)
		}
	})

	t.Run("ScanDeleteCount", func(t *testing.T) {
		s := mustOpen(t, f(t))
		var units []*store.Unit
		for i := range 10 {
			units = append(units, Unit("文"+strconv.Itoa(i)+"番", "sentence "+strconv.Itoa(i)))
		}
		Fill(t, s, units...)
		if err := s.Delete(ctx, []int64{units[3].ID, units[7].ID, 1 << 40}); err != nil {
			t.Fatal(err)
		}
		var got []string
		var last int64
		if err := s.Scan(ctx, func(u *store.Unit) bool {
			if u.ID <= last {
				t.Errorf("scan: ID %d after %d", u.ID, last)
			}
			last = u.ID
			got = append(got, u.EN)
			return true
		}); err != nil {
			t.Fatal(err)
		}
		want := []string{"sentence 0", "sentence 1", "sentence 2", "sentence 4", "sentence 5", "sentence 6", "sentence 8", "sentence 9"}
		if !slices.Equal(got, want) {
			t.Fatalf("scan after delete: %q, want %q", got, want)
		}
		if n, _ := s.Count(ctx); n != 8 {
			t.Fatalf("count %d after deleting 2 of 10, want 8", n)
		}
		if got := contains(t, s, store.JA, "3番", 0); got != nil {
			t.Fatalf("a deleted unit found: %q", got)
		}
		if got := contains(t, s, store.EN, "sentence 7", 0); got != nil {
			t.Fatalf("a deleted unit found: %q", got)
		}
		n := 0
		s.Scan(ctx, func(*store.Unit) bool { n++; return n < 3 })
		if n != 3 {
			t.Fatalf("scan went on after fn returned false: %d calls", n)
		}
	})

	t.Run("Fields", func(t *testing.T) {
		s := mustOpen(t, f(t))
		u := &store.Unit{JA: "拡大抑止", EN: "extended deterrence", JAMarkup: "<b>拡大</b>抑止", ENMarkup: "x", JALang: "ja-JP", ENLang: "en-US",
			JAKey: "拡大抑止", ENKey: "extended deterrence", PairKey: "p", Origin: "a.tmx", OriginID: "7", Line: 12,
			Created: "20240101T000000Z", Changed: "20240102T000000Z", Creator: "c", Changer: "d", Added: "20250101T000000Z", Prev: "前", Next: "次"}
		Fill(t, s, u)
		var got *store.Unit
		s.Scan(ctx, func(v *store.Unit) bool { got = v; return false })
		if got == nil || *got != *u {
			t.Fatalf("stored %+v\nread %+v", u, got)
		}
	})

	t.Run("ConcurrentAdds", func(t *testing.T) {
		open := f(t)
		first := mustOpen(t, open)
		const writers, each = 4, 100
		var wg sync.WaitGroup
		errs := make(chan error, writers)
		for w := range writers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				s, err := open()
				if err != nil {
					errs <- err
					return
				}
				defer s.Close()
				for batch := range 4 {
					tx, err := s.Begin(ctx)
					if err != nil {
						errs <- err
						return
					}
					for i := range each / 4 {
						// every writer also adds the units all the others add
						for _, id := range []string{strconv.Itoa(w) + "-" + strconv.Itoa(batch) + "-" + strconv.Itoa(i), "shared-" + strconv.Itoa(batch) + "-" + strconv.Itoa(i)} {
							if _, err := tx.Add(ctx, Unit("文"+id+"。", "sentence "+id+".")); err != nil {
								errs <- err
								return
							}
						}
					}
					if err := tx.Commit(); err != nil {
						errs <- err
						return
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Fatal(err)
		}
		if n, _ := first.Count(ctx); n != writers*each+each {
			t.Fatalf("%d units, want %d", n, writers*each+each)
		}
		scanned := 0
		first.Scan(ctx, func(*store.Unit) bool { scanned++; return true })
		if scanned != writers*each+each {
			t.Fatalf("%d units scanned, want %d", scanned, writers*each+each)
		}
		if got := contains(t, first, store.EN, "shared-3-2.", 0); len(got) != 1 {
			t.Fatalf("a unit all writers added: found %d times, want 1", len(got))
		}
	})

	t.Run("Reopen", func(t *testing.T) {
		open := f(t)
		s := mustOpen(t, open)
		Fill(t, s, Unit("再開", "reopened"))
		s.Close()
		s2 := mustOpen(t, open)
		if got := contains(t, s2, store.JA, "再開", 0); !slices.Equal(got, []string{"再開"}) {
			t.Fatalf("after reopening: %q", got)
		}
	})
}
