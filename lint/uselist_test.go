package lint

import (
	"math"
	"reflect"
	"testing"
)

// TestUseListRoundTrip: the uses a useList keeps come back as they were added, in order,
// whatever the differences between neighbours (a document's uses are not in file order
// across concepts, and a run's cross documents).
func TestUseListRoundTrip(t *testing.T) {
	in := []use{
		{term: 3, run: 0, found: -1, id: 1, part: 0, start: 10, end: 29, seg: 0, at: -1},
		{term: 0, run: 0, found: 7, id: 1, part: 2, start: 40, end: 40, seg: 0, at: -1, muted: true, src: 2},
		{term: math.MaxInt32, run: 5, found: -1, id: math.MaxInt32, part: 0, start: math.MaxInt32 - 9, end: math.MaxInt32, seg: math.MaxInt32, at: 0, with: 4, src: math.MaxInt32},
		{term: 1, run: 1, found: math.MaxInt32, id: 0, part: math.MaxInt32, start: 0, end: 5, seg: 0, at: math.MaxInt32, with: math.MaxInt32, muted: true},
		{term: 1, run: 1, found: -1, id: 0, part: 0, start: 3, end: 8, seg: 1, at: -1},
	}
	var s useList
	for _, u := range in {
		s.add(u)
	}
	if got := s.all(); !reflect.DeepEqual(got, in) {
		t.Errorf("got %+v\nwant %+v", got, in)
	}
	// The keys counted: one key throughout is never decoded; a second one is.
	for _, k := range []string{"a", "a"} {
		s.count(k)
	}
	if s.keys {
		t.Error("one key counted twice: keys")
	}
	if s.count("b"); !s.keys {
		t.Error("two keys counted: not keys")
	}
}
