package trigram

import (
	"context"
	"slices"
	"sort"
	"testing"

	"github.com/glossterm/gloss/tm/store"
)

func TestPackRange(t *testing.T) {
	p, ok := Pack("抑止力")
	if !ok || Unpack(p) != "抑止力" {
		t.Fatalf("Pack(抑止力) = %x %v, unpacks to %q", p, ok, Unpack(p))
	}
	if _, ok := Pack("抑止"); ok {
		t.Error("a two-rune string packed")
	}
	lo, hi, ok := Range("抑止")
	if !ok || p < lo || p > hi {
		t.Errorf("抑止力 (%x) not in the range of 抑止 [%x, %x]", p, lo, hi)
	}
	q, _ := Pack("抑制力")
	if q >= lo && q <= hi {
		t.Error("抑制力 in the range of 抑止")
	}
	lo, hi, _ = Range("抑")
	if q < lo || q > hi || p < lo || p > hi {
		t.Error("抑止力 or 抑制力 not in the range of 抑")
	}
}

func TestEncodeDecode(t *testing.T) {
	ids := []int64{1, 2, 300, 301, 1 << 40}
	got, err := Decode(nil, Encode(nil, ids))
	if err != nil || !slices.Equal(got, ids) {
		t.Fatalf("%v %v, want %v", got, err, ids)
	}
	if _, err := Decode(nil, []byte{0x80}); err == nil {
		t.Error("a truncated block decoded")
	}
}

// TestPostings adds units with repeated trigrams and lists longer than a chunk: each
// list has each unit once, ascending, and Reset empties them.
func TestPostings(t *testing.T) {
	p := NewPostings()
	want := map[string][]int64{}
	for id := int64(1); id <= 40; id++ {
		ja := "拡大抑止と拡大抑止"
		if id%3 == 0 {
			ja = "同盟"
		}
		p.Add(id, Grams(nil, ja), Grams(nil, "aa"))
		for _, g := range Of(Pad(ja)) {
			want[g] = append(want[g], id)
		}
	}
	got := map[string][]int64{}
	p.Each(0, func(g uint64, ids []int64) error {
		got[Unpack(g)] = slices.Clone(ids)
		return nil
	})
	if len(got) != len(want) {
		t.Fatalf("%d trigrams, want %d", len(got), len(want))
	}
	for g, ids := range want {
		if !slices.Equal(got[g], ids) {
			t.Errorf("%q: %v, want %v", g, got[g], ids)
		}
	}
	if p.Len(1) != 2 || p.Size != countIDs(want)+2*40 {
		t.Errorf("English trigrams %d, size %d", p.Len(1), p.Size)
	}
	p.EachBlock(0, func(g uint64, n int, last int64, block []byte) error {
		ids, err := Decode(nil, block)
		if err != nil || !slices.Equal(ids, want[Unpack(g)]) || n != len(ids) || last != ids[len(ids)-1] {
			t.Errorf("%q: block of %d up to %d decodes to %v (%v), want %v", Unpack(g), n, last, ids, err, want[Unpack(g)])
		}
		return nil
	})
	p.Reset()
	if p.Len(0) != 0 || p.Size != 0 {
		t.Error("Reset left postings")
	}
	p.Add(7, Grams(nil, "核"), nil)
	p.Each(0, func(g uint64, ids []int64) error {
		if !slices.Equal(ids, []int64{7}) {
			t.Errorf("after Reset %q: %v", Unpack(g), ids)
		}
		return nil
	})
}

func countIDs(m map[string][]int64) int {
	n := 0
	for _, ids := range m {
		n += len(ids)
	}
	return n
}

// memBlocks keeps posting lists as blocks of at most size IDs, as an engine would.
type memBlocks struct {
	blocks map[uint64][][]int64 // ascending
	units  map[int64]*store.Unit
}

func newMemBlocks(size int, keys map[int64]string) *memBlocks {
	m := &memBlocks{blocks: map[uint64][][]int64{}, units: map[int64]*store.Unit{}}
	p := NewPostings()
	var ids []int64
	for id := range keys {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		p.Add(id, Grams(nil, keys[id]), nil)
		m.units[id] = &store.Unit{ID: id, JAKey: keys[id]}
	}
	p.Each(0, func(g uint64, ids []int64) error {
		for i := 0; i < len(ids); i += size {
			m.blocks[g] = append(m.blocks[g], slices.Clone(ids[i:min(i+size, len(ids))]))
		}
		return nil
	})
	return m
}

func (m *memBlocks) Newest(_ context.Context, _ int, grams []uint64, n int) (map[uint64][]int64, error) {
	out := map[uint64][]int64{}
	for _, g := range grams {
		bs := m.blocks[g]
		for i := len(bs) - 1; i >= 0 && len(out[g]) < n; i-- {
			out[g] = append(out[g], bs[i]...)
		}
	}
	return out, nil
}

func (m *memBlocks) Next(_ context.Context, _ int, g uint64, from int64) ([]int64, bool, error) {
	for _, b := range m.blocks[g] {
		if b[len(b)-1] >= from {
			return b, true, nil
		}
	}
	return nil, false, nil
}

func (m *memBlocks) Units(_ context.Context, ids []int64) (map[int64]*store.Unit, error) {
	out := map[int64]*store.Unit{}
	for _, id := range ids {
		if u := m.units[id]; u != nil {
			out[id] = u
		}
	}
	return out, nil
}

// TestContains checks the posting-list search against strings.Contains, over blocks of
// several sizes, for long and short keys, with and without a limit.
func TestContains(t *testing.T) {
	keys := map[int64]string{}
	texts := []string{"拡大抑止の信頼性", "抑止力", "同盟国", "日米同盟の抑止力", "核抑止", "同盟", "extended deterrence"}
	for i := int64(1); i <= 300; i++ {
		keys[i*2] = texts[int(i)%len(texts)] + string(rune('あ'+i%20))
	}
	for _, size := range []int{1, 3, 1000} {
		m := newMemBlocks(size, keys)
		for _, key := range []string{"抑止力", "同盟の抑止", "抑止", "同", "猫舌", "deterrence"} {
			for _, limit := range []int{0, 5} {
				var want []int64
				for id, k := range keys {
					if containsString(k, key) {
						want = append(want, id)
					}
				}
				sort.Slice(want, func(i, j int) bool { return want[i] < want[j] })
				if limit > 0 && len(want) > limit {
					want = want[:limit]
				}
				var expand []uint64
				if lo, hi, ok := Range(key); ok {
					for g := range m.blocks {
						if g >= lo && g <= hi {
							expand = append(expand, g)
						}
					}
				}
				var got []int64
				err := Contains(context.Background(), m, 0, key, expand, func(u *store.Unit) string { return u.JAKey }, limit, func(u *store.Unit) bool {
					got = append(got, u.ID)
					return true
				})
				if err != nil || !slices.Equal(got, want) {
					t.Errorf("blocks of %d, %q limit %d: %v %v, want %v", size, key, limit, got, err, want)
				}
			}
		}
	}
}

func containsString(s, sub string) bool {
	return len(sub) <= len(s) && (s[:len(sub)] == sub || containsString(s[1:], sub))
}

// TestVote: a probe votes for its newest MaxVoters units only, the weights add up, and
// the ID breaks ties.
func TestVote(t *testing.T) {
	keys := map[int64]string{}
	for i := int64(1); i <= MaxVoters+10; i++ {
		keys[i] = "抑止力"
	}
	keys[5000] = "抑止力と同盟"
	keys[5001] = "同盟"
	keys[5002] = "同盟"
	m := newMemBlocks(64, keys)
	got, err := Vote(context.Background(), m, 0, []string{"抑止力", "同盟\x01"}, []float64{1, 2}, MaxVoters+20)
	if err != nil {
		t.Fatal(err)
	}
	if got[0] != 5000 || got[1] != 5001 || got[2] != 5002 {
		t.Errorf("best %v, want 5000 (both probes), then 5001 and 5002 (the heavier probe, by ID)", got[:3])
	}
	if len(got) != MaxVoters+2 {
		t.Errorf("%d voted, want %d: the oldest units with 抑止力 get no vote", len(got), MaxVoters+2)
	}
	if slices.Contains(got, 1) {
		t.Error("the oldest unit with 抑止力 was voted for")
	}
}
