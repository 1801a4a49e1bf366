package glossary

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// streamConcept is one concept in block layout, as Write lays it out.
func streamConcept(i int) string {
	return fmt.Sprintf("  - id: c%d\n    status: proposed\n    terms:\n      ja:\n        - 抑止%d\n      en:\n        - deterrence %d\n", i, i, i)
}

// streamFlowConcept is one concept in flow style.
func streamFlowConcept(i int) string {
	return fmt.Sprintf("{id: c%d, status: proposed, terms: {ja: [抑止%d], en: [deterrence %d]}}", i, i, i)
}

// streamBlock is a glossary of n concepts in block layout; edit, when not nil, changes the
// text of concept i.
func streamBlock(n int, edit func(i int, text string) string) string {
	var b strings.Builder
	b.WriteString("gloss: 1\nlanguages: [ja, en]\nconcepts:\n")
	for i := range n {
		t := streamConcept(i)
		if edit != nil {
			t = edit(i, t)
		}
		b.WriteString(t)
	}
	return b.String()
}

// streamFlow is a glossary of n concepts whose list is in flow style, two on a line.
func streamFlow(n int, edit func(i int, text string) string) string {
	var b strings.Builder
	b.WriteString("gloss: 1\nlanguages: [ja, en]\nconcepts: [\n")
	for i := range n {
		t := streamFlowConcept(i)
		if edit != nil {
			t = edit(i, t)
		}
		if i%2 == 0 {
			b.WriteString("  ")
		} else {
			b.WriteString(" ")
		}
		b.WriteString(t)
		if i < n-1 {
			b.WriteString(",")
		}
		if i%2 == 1 || i == n-1 {
			b.WriteString("\n")
		}
	}
	b.WriteString("]\n")
	return b.String()
}

// TestValidateStreamsAsWhole: a glossary that Parse reads only whole (comments in the list,
// a list in flow style, an entry that is not a YAML document of its own, a syntax error)
// is validated one entry at a time all the same, with the problems, positions and count
// of concepts the whole file's parse gives; what only the whole file can read (an alias to
// an anchor of another entry, a second document) is still read whole.
func TestValidateStreamsAsWhole(t *testing.T) {
	defer func(n int) { chunkedMin = n }(chunkedMin)
	chunkedMin = 0
	const n = 40
	for _, tc := range []struct {
		name   string
		text   string
		whole  bool   // read whole
		stops  string // the rule of the problem that stops reading, if any
		at     string // when set, the stopping problem is on the line where this starts, not where the whole file's parse says
		concep int    // concepts counted (when nothing stops reading)
	}{
		{name: "comment lines in the list", text: streamBlock(n, func(i int, s string) string {
			if i%7 == 3 {
				return "# section " + fmt.Sprint(i) + "\n" + s + "    # a note\n"
			}
			return s
		}), concep: n},
		{name: "comment after concepts:", text: strings.Replace(streamBlock(n, nil), "concepts:\n", "concepts: # all of them\n", 1), concep: n},
		{name: "problems found by validation", text: streamBlock(n, func(i int, s string) string {
			switch i {
			case 5:
				return "# bad\n" + strings.Replace(s, "proposed", "aproved", 1)
			case 30:
				return strings.Replace(s, "id: c30", "id: c2", 1)
			}
			return s
		}), concep: n},
		{name: "a quoted value running over the next entry's line", text: streamBlock(n, func(i int, s string) string {
			if i == 12 {
				return "# x\n" + strings.Replace(s, "    status: proposed\n", "    note: \"a long note\n  - that goes on\"\n    status: proposed\n", 1)
			}
			return s
		}), concep: n},
		{name: "syntax error: an unclosed quote", text: streamBlock(n, func(i int, s string) string {
			if i == 33 {
				return "# x\n" + strings.Replace(s, "status: proposed", "status: \"proposed", 1)
			}
			return s
		}), stops: "yaml.syntax"},
		{name: "syntax error: a bad indentation", text: streamBlock(n, func(i int, s string) string {
			if i == 20 {
				return "# x\n" + strings.Replace(s, "    terms:\n", "   terms:\n", 1)
			}
			return s
		}), stops: "yaml.syntax", at: "    status: proposed\n   terms:"}, // the parser names the line before
		{name: "syntax error in the last entry", text: streamBlock(n, func(i int, s string) string {
			if i == n-1 {
				return "# x\n" + s + "    note: [unclosed\n"
			}
			return s
		}), stops: "yaml.syntax"},
		{name: "a decoding problem and a later syntax error", text: streamBlock(n, func(i int, s string) string {
			switch i {
			case 4:
				return "# x\n" + strings.Replace(s, "status: proposed", "stauts: proposed", 1)
			case 25:
				return strings.Replace(s, "status: proposed", "status: 'proposed", 1)
			}
			return s
		}), stops: "yaml.syntax"},
		{name: "the end of the document", text: streamBlock(n, nil) + "# done\n...\n", concep: n},
		{name: "flow style", text: streamFlow(n, nil), concep: n},
		{name: "flow style with quotes, commas, brackets and comments", text: streamFlow(n, func(i int, s string) string {
			switch i % 5 {
			case 1:
				return strings.Replace(s, "deterrence", "'deterrence, [it''s] {x}'", 1)
			case 2:
				return strings.Replace(s, "deterrence", "\"deterrence \\\"]\\\" ,\"", 1)
			case 3:
				return strings.Replace(s, "status: proposed", "status: proposed, note: the Alliance's strength", 1)
			case 4:
				return strings.Replace(s, "{id:", "{ # a comment\n   id:", 1)
			}
			return s
		}), concep: n},
		{name: "flow style with validation problems", text: streamFlow(n, func(i int, s string) string {
			if i == 17 {
				return strings.Replace(s, "proposed", "aproved", 1)
			}
			if i == 21 {
				return strings.Replace(s, "id: c21", "id: c3", 1)
			}
			return s
		}), concep: n},
		{name: "an alias to an anchor of another entry", text: streamBlock(n, func(i int, s string) string {
			switch i {
			case 2:
				return "# x\n" + strings.Replace(s, "status: proposed", "status: &st proposed", 1)
			case 9:
				return strings.Replace(s, "status: proposed", "status: *st", 1)
			}
			return s
		}), whole: true, concep: n},
		{name: "a second document", text: streamBlock(n, nil) + "# x\n---\ngloss: 1\n", whole: true, stops: "yaml.multi-document"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := []byte(tc.text)
			whole := false
			validateWhole = func() { whole = true }
			defer func() { validateWhole = nil }()
			problems, count, err := ValidateData(data, "g.yaml")
			if whole != tc.whole {
				t.Errorf("read whole: %v, want %v", whole, tc.whole)
			}
			// what the whole file's parse gives
			var want []Problem
			wantCount := 0
			g, werr := Parse(data, "g.yaml")
			if werr == nil {
				want, wantCount = Validate(g), len(g.Concepts)
			}
			var le, wle *LoadError
			switch {
			case tc.stops != "":
				if !errors.As(err, &le) || !errors.As(werr, &wle) {
					t.Fatalf("ValidateData: %v; whole: %v; want both to stop with %s", err, werr, tc.stops)
				}
				last := le.Problems[len(le.Problems)-1]
				wlast := wle.Problems[len(wle.Problems)-1]
				if tc.at != "" {
					// the whole file's parser names the start of the list; the entry's own
					// line is where the indentation goes wrong
					line := 1 + strings.Count(tc.text[:strings.Index(tc.text, "\n"+tc.at)+1], "\n")
					if last.Rule != tc.stops || last.Line != line || last.Message != wlast.Message {
						t.Errorf("stopped by %q, want %q at line %d", last.Error(), wlast.Message, line)
					}
					return
				}
				if last.Rule != tc.stops || last.Error() != wlast.Error() {
					t.Errorf("stopped by %q, want %q as the whole file's parse", last.Error(), wlast.Error())
				}
				return
			case werr != nil:
				if fmt.Sprint(err) != fmt.Sprint(werr) {
					t.Errorf("ValidateData: %v; whole: %v", err, werr)
				}
				return
			case err != nil:
				t.Fatalf("ValidateData: %v", err)
			}
			if count != wantCount || count != tc.concep {
				t.Errorf("%d concepts, the whole file %d, want %d", count, wantCount, tc.concep)
			}
			if fmt.Sprint(problems) != fmt.Sprint(want) {
				t.Errorf("problems\n%v\nwant, as the whole file's\n%v", problems, want)
			}
		})
	}
}
