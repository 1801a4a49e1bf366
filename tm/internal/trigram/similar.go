package trigram

import (
	"context"
	"unicode/utf8"

	"github.com/glossterm/gloss/tm/store"
)

// MaxVoters bounds the units one trigram votes for, the newest first: a trigram in more
// units than this tells little about which of them is closest, and a memory with
// thousands of near-copies of a sentence offers the newest.
const MaxVoters = 1000

// Tables is what the candidate search asks of an engine, column being the side's key
// column ("ja_key" or "en_key").
type Tables interface {
	// Equal calls fn for each unit whose key in column is key, in ID order.
	Equal(ctx context.Context, column, key string, fn func(*store.Unit) bool) error
	// Shortest calls fn for up to limit units whose key in column contains key, the
	// shortest first, then in ID order.
	Shortest(ctx context.Context, column, key string, limit int, fn func(*store.Unit) bool) error
	Count(ctx context.Context) (int, error)
	// DocFreq returns how many units have each trigram in column (absent: none).
	DocFreq(ctx context.Context, column string, grams []string) (map[string]int, error)
	// Blocks reads the posting lists the probes vote with (see Vote), and the units.
	Blocks
}

// Similar is store.Store's Similar on an engine's tables: the units whose key equals key,
// then up to limit others, ranked by the IDF-weighted votes of the key's Probes (a key
// shorter than a trigram: the shortest units that contain it).
func Similar(ctx context.Context, t Tables, column, key string, limit int) ([]*store.Unit, error) {
	var out []*store.Unit
	seen := map[int64]bool{}
	add := func(u *store.Unit) bool {
		if !seen[u.ID] {
			seen[u.ID] = true
			out = append(out, u)
		}
		return true
	}
	if err := t.Equal(ctx, column, key, add); err != nil {
		return nil, err
	}
	if utf8.RuneCountInString(key) < 3 {
		err := t.Shortest(ctx, column, key, limit, add)
		return out, err
	}
	total, err := t.Count(ctx)
	if err != nil || total == 0 {
		return out, err
	}
	grams := Of(key)
	df, err := t.DocFreq(ctx, column, grams)
	if err != nil {
		return nil, err
	}
	probes := Probes(grams, df, total)
	if len(probes) == 0 {
		return out, nil
	}
	weights := make([]float64, len(probes))
	for i, g := range probes {
		weights[i] = store.IDF(total, df[g])
	}
	voted, err := Vote(ctx, t, Side(column), probes, weights, limit+len(out))
	if err != nil {
		return nil, err
	}
	var ids []int64
	for _, id := range voted {
		if !seen[id] && len(ids) < limit {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return out, nil
	}
	byID, err := t.Units(ctx, ids)
	if err != nil {
		return nil, err
	}
	for _, id := range ids {
		if u := byID[id]; u != nil {
			add(u)
		}
	}
	return out, nil
}

// Side is the side (0 Japanese, 1 English) of a key column.
func Side(column string) int {
	if column == "en_key" {
		return 1
	}
	return 0
}
