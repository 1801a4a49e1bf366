package lexicon

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"golang.org/x/text/encoding/japanese"
)

// TestEDICTGlosses checks that the lookup gives the same glosses from its passes over the
// file as from its index, built after edictScans calls, and none for a word EDICT lacks or
// a file that cannot be read.
func TestEDICTGlosses(t *testing.T) {
	text := "協力 [きょうりょく] /(n,vs) cooperation/collaboration/(P)/\n" +
		"防衛 [ぼうえい] /(n,vs) defense/defence/protection/(P)/\n" +
		"同盟国;同盟國 [どうめいこく] /(n) ally/allied nation/\n" +
		"協力 [きょうりょく] /(n) joint effort/\n"
	b, err := japanese.EUCJP.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "edict")
	if err := os.WriteFile(path, []byte(b), 0o644); err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"協力":  {"cooperation", "collaboration", "joint effort"},
		"防衛":  {"defense", "defence", "protection"},
		"同盟國": {"ally", "allied nation"},
	}
	look := EDICTGlosses(path)
	// Each word in a call of its own, past edictScans, then all of them again from the cache.
	for _, w := range []string{"協力", "存在しない", "防衛", "同盟國"} {
		got := look([]string{w})
		if !reflect.DeepEqual(got[w], want[w]) {
			t.Errorf("%s: %q, want %q", w, got[w], want[w])
		}
	}
	if got := look([]string{"協力", "防衛", "同盟國", "存在しない"}); !reflect.DeepEqual(got, want) {
		t.Errorf("again: %q, want %q", got, want)
	}
	// The index alone.
	data, heads, err := indexEDICT(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(edictLines(data, heads, map[string]bool{"協力": true})); got == 0 {
		t.Errorf("no line for 協力 in the index")
	}
	if got := EDICTGlosses(filepath.Join(t.TempDir(), "none"))([]string{"協力"}); len(got) != 0 {
		t.Errorf("unreadable file: %q", got)
	}
}
