package align

import (
	"strings"
	"testing"
)

// BenchmarkRun measures a whole run on the corpus (both commentaries, all English sources,
// the bitext) and on the corpus repeated ten times, EDICT included when installed:
//
//	go test ./align -run xxx -bench Run -benchtime 5x -count 3
//
// The kagome dictionary is loaded once per process, before the timer; bench/align.sh times
// cold runs of the command.
func BenchmarkRun(b *testing.B) {
	ja, en, bt := loadCorpus(b)
	opts := Options{}
	if dict := InstalledEDICT(); dict != "" {
		opts.EDICT = EDICTFile(dict)
	}
	if _, err := Run(ja, en, bt, opts); err != nil { // loads the tokenizer
		b.Fatal(err)
	}
	for _, n := range []int{1, 10} {
		ja, en := repeat(ja, n), repeat(en, n)
		var bt10 []BitextSegment
		for i := 0; i < n; i++ {
			bt10 = append(bt10, bt...)
		}
		bt := bt10
		size := 0
		for _, d := range append(append([]Doc{}, ja...), en...) {
			size += len(d.Text)
		}
		b.Run(map[int]string{1: "corpus", 10: "corpus10x"}[n], func(b *testing.B) {
			b.SetBytes(int64(size))
			for i := 0; i < b.N; i++ {
				if _, err := Run(ja, en, bt, opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func repeat(docs []Doc, n int) []Doc {
	out := make([]Doc, len(docs))
	for i, d := range docs {
		d.Text = strings.Repeat(d.Text+"\n", n)
		out[i] = d
	}
	return out
}
