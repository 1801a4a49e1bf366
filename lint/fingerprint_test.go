package lint

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/glossterm/gloss/internal/textnorm"
)

// TestFingerprintsUnchanged pins the fingerprints of a few findings: baselines store them,
// so a change to how they are computed must not change them. The document has a paragraph
// over several lines (its white space folded), two findings in one paragraph and the same
// finding twice (the counter).
func TestFingerprintsUnchanged(t *testing.T) {
	l := fixtureLinter(t)
	text := "" +
		"Tokyo seeks to strengthen expanded deterrence\n" +
		"  and   expanded deterrence again.\n" +
		"\n" +
		"Tokyo seeks to strengthen expanded deterrence\n" +
		"  and   expanded deterrence again.\n" +
		"\n" +
		"One more paragraph on expanded deterrence.\n"
	doc, err := Read("fp.en.md", []byte(text), ReadOptions{Lang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	fs := l.Lint(doc)
	// What a fingerprint is: file, rule, concept, term key and the context with its white
	// space folded, joined by NUL bytes.
	ctx := "Tokyo seeks to strengthen expanded deterrence and expanded deterrence again."
	h := sha256.Sum256([]byte(strings.Join([]string{"fp.en.md", fs[0].Rule, fs[0].Concept, textnorm.Key(fs[0].Term), ctx}, "\x00")))
	if want := hex.EncodeToString(h[:8]) + ":1"; fs[0].Fingerprint != want {
		t.Errorf("first fingerprint %s, want %s", fs[0].Fingerprint, want)
	}
	var got []string
	for _, f := range fs {
		got = append(got, f.Rule+" "+f.Fingerprint)
	}
	want := []string{
		"forbidden-term 32185f5a64c714a1:1",
		"forbidden-term 32185f5a64c714a1:2",
		"forbidden-term 32185f5a64c714a1:3",
		"forbidden-term 32185f5a64c714a1:4",
		"forbidden-term c3b7552a03151388:1",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("fingerprints:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestFoldSpace(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", " a", "a ", "a  b", "a\nb", "a\t \n b\n",
		"拡大抑止\u3000の信頼性", "a\u00a0b", "a\u0085b", "\xff \xfe\x80  x", "a \xe3\x80", "one two three"} {
		if got, want := foldSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("foldSpace(%q) = %q, want %q", s, got, want)
		}
	}
}
