package glossary

import (
	"cmp"
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// TestBuildTableOrder: the table's keys come out in byte order, and the refs of equal keys
// in the order of concept, language and term, whether the list is sorted by comparison
// (a short one) or by radix on the keys' first eight bytes (a long one), with keys that
// share their first eight bytes, keys shorter than eight bytes and keys given twice.
func TestBuildTableOrder(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	parts := []string{"抑止", "同盟", "a", "ab", "abcdefgh", "abcdefghi", "z", "防衛戦略", " ", "-"}
	gen := func(n int) []keyRef {
		list := make([]keyRef, n)
		for i := range list {
			var b strings.Builder
			for range 1 + r.Intn(4) {
				b.WriteString(parts[r.Intn(len(parts))])
			}
			list[i] = keyRef{key: b.String(), ref: ref{Concept: int32(r.Intn(50)), Lang: uint16(r.Intn(3)), Term: uint16(r.Intn(3))}}
		}
		return list
	}
	for _, tc := range []struct {
		name string
		n    int
	}{
		{name: "short list, sorted by comparison", n: 300},
		{name: "long list, sorted by radix", n: 20000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			list := gen(tc.n)
			want := slices.Clone(list)
			slices.SortStableFunc(want, func(x, y keyRef) int {
				return cmp.Or(strings.Compare(x.key, y.key), cmp.Compare(x.ref.Concept, y.ref.Concept), cmp.Compare(x.ref.Lang, y.ref.Lang), cmp.Compare(x.ref.Term, y.ref.Term))
			})
			tab := buildTable(list)
			if tab.len() != len(want) {
				t.Fatalf("%d keys, want %d", tab.len(), len(want))
			}
			for i, w := range want {
				if got := string(tab.key(i)); got != w.key || tab.refs[i] != w.ref {
					t.Fatalf("key %d: %q %+v, want %q %+v", i, got, tab.refs[i], w.key, w.ref)
				}
			}
			if got := fmt.Sprint(len(tab.find(want[0].key))); got == "0" {
				t.Fatalf("find(%q) found nothing", want[0].key)
			}
		})
	}
}
