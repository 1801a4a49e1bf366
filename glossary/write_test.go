package glossary

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

var update = flag.Bool("update", false, "rewrite golden files")

// withoutPos zeroes what a rewrite may change: positions, the file name, and the file
// order of a concept's languages (the canonical form puts the declared ones first).
func withoutPos(g *Glossary) *Glossary {
	c := *g
	c.File = ""
	c.Concepts = nil
	for _, x := range g.Concepts {
		x2 := *x
		x2.Pos, x2.FieldPos, x2.LangOrder = Pos{}, nil, nil
		x2.Terms = map[string][]*Term{}
		for l, ts := range x.Terms {
			list := []*Term{}
			for _, t := range ts {
				t2 := *t
				t2.Pos, t2.FieldPos = Pos{}, nil
				list = append(list, &t2)
			}
			x2.Terms[l] = list
		}
		x2.Sources = nil
		for _, s := range x.Sources {
			s2 := *s
			s2.Pos = Pos{}
			x2.Sources = append(x2.Sources, &s2)
		}
		c.Concepts = append(c.Concepts, &x2)
	}
	return &c
}

func TestWriteGolden(t *testing.T) {
	g, err := Parse([]byte(fullExample), "x.yaml")
	if err != nil {
		t.Fatal(err)
	}
	got := Format(g)
	golden := filepath.Join("testdata", "full.golden.yaml")
	if *update {
		os.WriteFile(golden, got, 0o644)
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("Format differs from %s (run go test -update):\n%s", golden, got)
	}
}

func TestWriteRoundTripAndIdempotent(t *testing.T) {
	for name, src := range map[string][]byte{"full": []byte(fullExample), "default": DefaultSource()} {
		t.Run(name, func(t *testing.T) {
			g, err := Parse(src, name)
			if err != nil {
				t.Fatal(err)
			}
			out := Format(g)
			g2, err := Parse(out, name)
			if err != nil {
				t.Fatalf("canonical form does not parse: %v\n%s", err, out)
			}
			if !reflect.DeepEqual(withoutPos(g), withoutPos(g2)) {
				t.Error("Parse(Format(g)) differs from g")
			}
			if out2 := Format(g2); !bytes.Equal(out, out2) {
				t.Error("Format is not idempotent")
			}
		})
	}
}

// TestScalarQuoting checks that every string comes back the same through the YAML parser,
// in block and in flow context, and that plain strings stay plain.
func TestScalarQuoting(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		plain bool // written without quotes in block context
	}{
		{name: "japanese", in: "拡大抑止", plain: true},
		{name: "english", in: "extended deterrence", plain: true},
		{name: "with parentheses", in: "国防次官（政策担当）", plain: true},
		{name: "acronym with dots", in: "U.S.-ROK Alliance", plain: true},
		{name: "bool word", in: "yes"},
		{name: "null word", in: "null"},
		{name: "tilde", in: "~"},
		{name: "number", in: "2026"},
		{name: "float", in: ".5"},
		{name: "hex", in: "0x1F"},
		{name: "colon space", in: "note: this"},
		{name: "hash", in: "#1 priority"},
		{name: "space hash", in: "a #b"},
		{name: "dash start", in: "- x"},
		{name: "leading space", in: " x"},
		{name: "trailing space", in: "x "},
		{name: "brackets", in: "[x]"},
		{name: "braces", in: "{x}"},
		{name: "comma", in: "a, b", plain: true},
		{name: "quote", in: "\"q\""},
		{name: "single quote start", in: "'q'"},
		{name: "backslash", in: `a\b`, plain: true},
		{name: "newline", in: "a\nb"},
		{name: "tab", in: "a\tb"},
		{name: "line separator", in: "a\u2028b"},
		{name: "byte-order mark", in: "\uFEFFa"},
		{name: "control", in: "a\x01b"},
		{name: "empty", in: ""},
		{name: "at sign", in: "@x"},
		{name: "backquote", in: "`x"},
		{name: "percent", in: "%x"},
		{name: "ends with colon", in: "x:"},
		{name: "ideographic space", in: "統合　抑止", plain: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, flow := range []bool{false, true} {
				s := scalar(tt.in, flow)
				var got any
				doc := "k: " + s
				if flow {
					doc = "k: [" + s + "]"
				}
				if err := yaml.Unmarshal([]byte(doc), &got); err != nil {
					t.Fatalf("flow=%v: %q does not parse: %v", flow, doc, err)
				}
				v := got.(map[string]any)["k"]
				if flow {
					v = v.([]any)[0]
				}
				if v != tt.in {
					t.Errorf("flow=%v: %q reads back as %#v, want %q", flow, s, v, tt.in)
				}
			}
			if got := scalar(tt.in, false) == tt.in; got != tt.plain {
				t.Errorf("plain = %v, want %v (%s)", got, tt.plain, scalar(tt.in, false))
			}
		})
	}
}

// TestUpdateFileSerializesWriters: concurrent read-modify-write cycles under the lock lose
// no update (flock locks of separate opens exclude each other within one process too).
func TestUpdateFileSerializesWriters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gloss.yaml")
	const n = 8
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := UpdateFile(path, func(cur []byte, exists bool) ([]byte, error) {
				time.Sleep(5 * time.Millisecond) // widen the window a lost update needs
				return append(cur, fmt.Sprintf("line %d\n", i)...), nil
			})
			if err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	b, _ := os.ReadFile(path)
	if got := bytes.Count(b, []byte("\n")); got != n {
		t.Errorf("%d of %d updates kept:\n%s", got, n, b)
	}
}

func TestUpdateFileRemovesStaleTemps(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "gloss.yaml")
	stale := filepath.Join(dir, ".gloss.yaml.tmp42")
	other := filepath.Join(dir, ".other.yaml.tmp42")
	os.WriteFile(stale, []byte("half"), 0o600)
	os.WriteFile(other, []byte("not ours"), 0o600)
	if err := UpdateFile(path, func([]byte, bool) ([]byte, error) { return []byte("new\n"), nil }); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); err == nil {
		t.Error("stale temporary file kept")
	}
	if _, err := os.Stat(other); err != nil {
		t.Error("another file's temporary file removed")
	}
}
