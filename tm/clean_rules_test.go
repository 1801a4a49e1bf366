package tm

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestUntranslatedMajority: an English side is untranslated when more than half of its
// letters are Japanese; half and half is a translation that keeps a name.
func TestUntranslatedMajority(t *testing.T) {
	for _, tc := range []struct {
		en   string
		want bool
	}{
		{"ab拡大", false},
		{"a拡大", true},
		{"extended deterrence", false},
	} {
		u := &Unit{JA: "拡大抑止", EN: tc.en, JAKey: "拡大抑止", ENKey: tc.en}
		if got := untranslated(u); got != tc.want {
			t.Errorf("untranslated(%q) = %v, want %v", tc.en, got, tc.want)
		}
	}
}

// TestCleanLengthRatioBothWays: an English side far shorter and one far longer than the
// Japanese are both flagged; a usual one is not.
func TestCleanLengthRatioBothWays(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	long := "The United States reaffirmed its unwavering commitment to the defense of Japan, " +
		"including through extended deterrence backed by the full range of its capabilities, " +
		"nuclear and conventional, and the two ministers discussed at length the alliance's posture."
	tsv := "id\tja\ten\n" +
		"usual\t日米同盟の抑止力を強化する\tStrengthen the deterrence of the Japan-U.S. Alliance\n" +
		"short\t拡大抑止の信頼性を強化する\tYes\n" +
		"long\t両国は同盟の態勢を確認した\t" + long + "\n"
	file := filepath.Join(dir, "b.tsv")
	if err := os.WriteFile(file, []byte(tsv), 0o644); err != nil {
		t.Fatal(err)
	}
	m := newMemory(t, dir)
	if _, err := m.AddFile(ctx, file); err != nil {
		t.Fatal(err)
	}
	probs, err := m.Clean(ctx, Filter{}, []string{RuleLengthRatio})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, p := range probs {
		got[p.Unit.OriginID] = true
	}
	if !got["short"] || !got["long"] || got["usual"] || len(probs) != 2 {
		t.Errorf("length-ratio problems for %v, want short and long", got)
	}
}
