package tm

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/glossterm/gloss/tm/store"
)

func TestScore(t *testing.T) {
	for _, tc := range []struct {
		name              string
		lang              store.Lang
		sentence, segment string
		want              int
		diff              string // MarkDiff of the segment; "" not checked
	}{
		{name: "identical", lang: store.EN, sentence: "Strengthen the Alliance.", segment: "Strengthen the Alliance.", want: 100},
		{name: "case", lang: store.EN, sentence: "strengthen the alliance.", segment: "Strengthen the Alliance.", want: 99},
		{name: "punctuation", lang: store.EN, sentence: "Strengthen the Alliance!", segment: "Strengthen the Alliance.", want: 98},
		{name: "one word of four substituted", lang: store.EN, sentence: "We strengthen the Alliance.", segment: "We strengthen our Alliance.", want: 75,
			diff: "We strengthen [-our-]{+the+} Alliance."},
		{name: "one word of four deleted", lang: store.EN, sentence: "We strengthen the Alliance.", segment: "We strengthen the whole Alliance.", want: 80,
			diff: "We strengthen the [-whole-] Alliance."},
		{name: "runs marked once", lang: store.EN, sentence: "We strengthen the new Alliance.", segment: "We surely strengthen the old and valued Alliance.", want: 50,
			diff: "We [-surely-] strengthen the [-old and valued-]{+new+} Alliance."},
		{name: "nothing shared", lang: store.EN, sentence: "Deterrence.", segment: "Allies.", want: 0},
		{name: "japanese identical", lang: store.JA, sentence: "日米同盟を強化する。", segment: "日米同盟を強化する。", want: 100},
		{name: "japanese width", lang: store.JA, sentence: "ＥＤＤを設立した。", segment: "EDDを設立した。", want: 99},
		{name: "japanese one morpheme", lang: store.JA, sentence: "日米同盟を強化する。", segment: "日米同盟を維持する。", want: 83, // 日・米・同盟・を・強化・する
			diff: "日米同盟を[-維持-]{+強化+}する。"},
		{name: "never 100 for different words", lang: store.EN,
			sentence: strings.Repeat("word ", 60) + "end", segment: strings.Repeat("word ", 60) + "finish", want: 97},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ops := Score(tc.lang, tc.sentence, tc.segment)
			if got != tc.want {
				t.Errorf("score %d, want %d", got, tc.want)
			}
			if tc.diff != "" {
				if d := MarkDiff(tc.segment, ops, nil, nil); d != tc.diff {
					t.Errorf("diff %q, want %q", d, tc.diff)
				}
			}
		})
	}
}

func TestFind(t *testing.T) {
	for _, tc := range []struct {
		name, text, query, want string
	}{
		{"width and case", "The ＥＤＤ met; the edd agreed.", "EDD", "The [ＥＤＤ] met; the [edd] agreed."},
		{"japanese", "拡大抑止と拡大抑止", "拡大抑止", "[拡大抑止]と[拡大抑止]"},
		{"dash", "burden–sharing", "burden-sharing", "[burden–sharing]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Highlight(tc.text, Find(tc.text, keyOf(tc.query)), "[", "]")
			if got != tc.want {
				t.Errorf("%q, want %q", got, tc.want)
			}
		})
	}
}

func keyOf(s string) string {
	u := &Unit{JA: s}
	Keys(u)
	return u.JAKey
}

const sampleTMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en-US" srclang="ja-JP" datatype="plaintext" creationdate="20240101T000000Z"/>
  <body>
    <tu tuid="a" creationdate="20240615T101500Z" creationid="TANAKA">
      <tuv xml:lang="ja-JP"><seg><bpt i="1">&lt;b&gt;</bpt>拡大抑止<ept i="1">&lt;/b&gt;</ept>は同盟の中核である。</seg></tuv>
      <tuv xml:lang="en-US"><seg><bpt i="1">&lt;b&gt;</bpt>Extended deterrence<ept i="1">&lt;/b&gt;</ept> is at the core of the Alliance.</seg></tuv>
    </tu>
    <tu tuid="b"><tuv xml:lang="ja"><seg>同盟を強化する。</seg></tuv><tuv xml:lang="en"><seg>Strengthen the Alliance.</seg></tuv></tu>
    <tu tuid="c"><tuv xml:lang="ja"><seg>核の傘</seg></tuv><tuv xml:lang="fr"><seg>parapluie</seg></tuv></tu>
    <tu tuid="d"><tuv xml:lang="ja"><seg>抑止力を高める。</seg></tuv><tuv xml:lang="en"><seg>Raise deterrence.</seg></tuv></tu>
  </body>
</tmx>
`

func TestAddTMXAndMatch(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	file := filepath.Join(dir, "s.tmx")
	os.WriteFile(file, []byte(sampleTMX), 0o644)
	m := newMemory(t, dir)
	res, err := m.AddFile(ctx, file)
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != 3 || res.Ignored["no Japanese or no English variant"] != 1 {
		t.Fatalf("added %d, ignored %v; want 3 and 1", res.Added, res.Ignored)
	}
	if res, _ = m.AddFile(ctx, file); res.Added != 0 || res.Skipped != 3 {
		t.Fatalf("again: added %d, skipped %d; want 0 and 3", res.Added, res.Skipped)
	}
	var units []*Unit
	m.Store.Scan(ctx, func(u *Unit) bool { units = append(units, u); return true })
	u := units[0]
	if u.JA != "拡大抑止は同盟の中核である。" || !strings.HasPrefix(u.JAMarkup, `<bpt i="1">&lt;b&gt;</bpt>拡大抑止`) ||
		u.Created != "20240615T101500Z" || u.Creator != "TANAKA" || u.OriginID != "a" || u.Line != 5 {
		t.Fatalf("first unit: %+v", u)
	}
	if units[1].Created != "20240101T000000Z" {
		t.Errorf("a unit without creationdate takes the header's: %q", units[1].Created)
	}
	// In context: the sentence before and after are the unit's neighbours in the file.
	sm, err := m.Match(ctx, "拡大抑止は同盟の中核である。同盟を強化する。抑止力を高める。", MatchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(sm) != 3 || len(sm[1].Matches) == 0 || sm[1].Matches[0].Score != 101 {
		t.Fatalf("in context: %+v", sm)
	}
	sm, _ = m.Match(ctx, "同盟を強化する。", MatchOptions{})
	if sm[0].Matches[0].Score != 100 {
		t.Fatalf("out of context: %d, want 100", sm[0].Matches[0].Score)
	}
}

func TestAddBadTMXChangesNothing(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	m := newMemory(t, dir)
	for _, tc := range []struct{ name, data, want string }{
		{"truncated", sampleTMX[:len(sampleTMX)-40], "bad.tmx:"},
		{"no xml:lang", strings.Replace(sampleTMX, `<tuv xml:lang="ja">`, `<tuv>`, 1), "bad.tmx:9:"},
		{"not well-formed", strings.Replace(sampleTMX, "</seg></tuv></tu>", "</tuv></tu>", 1), "bad.tmx:9:"},
		{"no ja/en", strings.NewReplacer(`"ja-JP"`, `"de"`, `"ja"`, `"de"`).Replace(sampleTMX), "no unit has both"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			file := filepath.Join(dir, "bad.tmx")
			os.WriteFile(file, []byte(tc.data), 0o644)
			_, err := m.AddFile(ctx, file)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want %q", err, tc.want)
			}
			if n, _ := m.Store.Count(ctx); n != 0 {
				t.Fatalf("%d units stored from a bad file", n)
			}
		})
	}
}

func FuzzMarkupText(f *testing.F) {
	f.Add(`<bpt i="1">&lt;b&gt;</bpt>拡大抑止<ept i="1">&lt;/b&gt;</ept>`)
	f.Add(`a<ph x="1"/>b<hi>c</hi>`)
	f.Add(`<bpt i="1">`)
	f.Fuzz(func(t *testing.T, s string) {
		text, ok := MarkupText(s)
		if ok && strings.Contains(s, "<") && !strings.Contains(s, "<!") && !strings.Contains(s, "<?") {
			Tags(s)
		}
		_ = text
	})
}

func FuzzAddTMX(f *testing.F) {
	f.Add(sampleTMX)
	f.Add(`<tmx version="1.4"><header/><body><tu><tuv xml:lang="ja"><seg>a<ph/></seg></tuv><tuv xml:lang="en"><seg>b</seg></tuv></tu></body></tmx>`)
	ctx := context.Background()
	dir := f.TempDir()
	m := newMemory(f, dir)
	f.Fuzz(func(t *testing.T, data string) {
		file := filepath.Join(dir, "f.tmx")
		os.WriteFile(file, []byte(data), 0o644)
		before, _ := m.Store.Count(ctx)
		res, err := m.AddFile(ctx, file)
		after, _ := m.Store.Count(ctx)
		if err != nil && after != before {
			t.Fatalf("a failed add stored %d units", after-before)
		}
		if err == nil && after != before+res.Added {
			t.Fatalf("count %d → %d, added %d", before, after, res.Added)
		}
	})
}

// TestAddUnitsBatches adds more units than one batch, with repeats and a unit without
// Japanese at a batch's end: every unit's context is its neighbours', across batches,
// and the counts add up.
func TestAddUnitsBatches(t *testing.T) {
	ctx := context.Background()
	m, err := Open(ctx, filepath.Join(t.TempDir(), "m.tm"), true)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	n := 2*batchSize + 10
	var units []*Unit
	for i := 0; i < n; i++ {
		ja := "第" + strconv.Itoa(i%(n-5)) + "文"
		if i == batchSize-1 {
			ja = "" // left out: its neighbours are each other's context
		}
		units = append(units, &Unit{JA: ja, EN: "sentence " + strconv.Itoa(i%(n-5)), Line: i + 1})
	}
	res, err := m.AddUnits(ctx, "f", units)
	if err != nil {
		t.Fatal(err)
	}
	if res.Read != n-1 || res.Added != n-6 || res.Skipped != 5 || res.Ignored["no Japanese text"] != 1 {
		t.Fatalf("read %d, added %d, skipped %d, ignored %v", res.Read, res.Added, res.Skipped, res.Ignored)
	}
	var kept []*Unit
	for _, u := range units {
		if u.JAKey != "" {
			kept = append(kept, u)
		}
	}
	for i, u := range kept {
		prev, next := "", ""
		if i > 0 {
			prev = kept[i-1].JAKey
		}
		if i+1 < len(kept) {
			next = kept[i+1].JAKey
		}
		if u.Prev != prev || u.Next != next {
			t.Fatalf("unit of line %d: context %q, %q, want %q, %q", u.Line, u.Prev, u.Next, prev, next)
		}
	}
	var got []*Unit
	m.Store.Scan(ctx, func(u *Unit) bool { got = append(got, u); return true })
	if len(got) != n-6 || got[batchSize].Prev != kept[batchSize-1].JAKey {
		t.Fatalf("%d units stored, want %d", len(got), n-6)
	}
}

// TestAddTMXBrokenMidFile adds a TMX whose units are well-formed for several batches and
// then not: the error names the line and column, and the memory is as it was.
func TestAddTMXBrokenMidFile(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	m := newMemory(t, dir)
	if _, err := m.AddUnits(ctx, "before", []*Unit{{JA: "拡大抑止", EN: "extended deterrence"}}); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n<header srclang=\"ja-JP\" datatype=\"plaintext\"/>\n<body>\n")
	n := 3*batchSize + 5
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "<tu tuid=\"%d\"><tuv xml:lang=\"ja-JP\"><seg>第%d回会合</seg></tuv><tuv xml:lang=\"en-US\"><seg>Meeting No. %d</seg></tuv></tu>\n", i, i, i)
	}
	b.WriteString("<tu><tuv xml:lang=\"ja-JP\"><seg>抑止</tuv></tu>\n</body>\n</tmx>\n")
	path := filepath.Join(dir, "broken.tmx")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := m.AddFile(ctx, path)
	if want := fmt.Sprintf("broken.tmx:%d:", n+5); err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "not well-formed") {
		t.Fatalf("error %v, want one at %s", err, want)
	}
	if c, _ := m.Store.Count(ctx); c != 1 {
		t.Fatalf("%d units after the broken file, want the 1 before", c)
	}
}

// newMemory opens a new memory in dir, closed when the test ends.
func newMemory(tb testing.TB, dir string) *Memory {
	tb.Helper()
	m, err := Open(context.Background(), filepath.Join(dir, "m.tm"), true)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { m.Close() })
	return m
}
