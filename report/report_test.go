package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/glossterm/gloss/lint"
)

var sample = []lint.Finding{
	{File: "docs/a b.ja.md", Line: 3, Col: 5, EndLine: 3, EndCol: 8, ByteCol: 13, EndByteCol: 22, Offset: 40, EndOffset: 49,
		Rule: lint.RuleForbidden, Severity: lint.Error, Concept: "dod", Term: "国防省", Message: "「国防省」 is forbidden, 100%: use 「国防総省」\nnext", Suggestion: "国防総省", Fingerprint: "ab:1"},
	{File: "x.tsv", Line: 2, Col: 1, EndLine: 2, EndCol: 1, ByteCol: 1, EndByteCol: 1, Offset: 9, EndOffset: 9,
		Rule: lint.RuleMissing, Severity: lint.Error, Concept: "nds", Term: "NDS", Message: "missing", Suggestion: "NDS", Fingerprint: "cd:1"},
	{File: "y.md", Line: 1, Col: 1, EndLine: 1, EndCol: 4, ByteCol: 1, EndByteCol: 4, Offset: 0, EndOffset: 3,
		Rule: lint.RuleDeprecated, Severity: lint.Warning, Concept: "c", Term: "abc", Message: "dep", Fingerprint: "ef:1"},
}

func TestText(t *testing.T) {
	var b bytes.Buffer
	Text(&b, sample, Meta{Files: 3})
	if !strings.HasPrefix(b.String(), "docs/a b.ja.md:3:5: error forbidden-term: ") || !strings.HasSuffix(b.String(), "2 errors, 1 warning in 3 files\n") {
		t.Errorf("text:\n%s", b.String())
	}
	b.Reset()
	Text(&b, nil, Meta{Files: 1})
	if b.String() != "no findings in 1 file\n" {
		t.Errorf("clean text = %q", b.String())
	}
}

// TestJSON checks that the one-finding-a-line layout is one JSON document that gives back
// every finding, with nothing escaped that need not be (<, >, & in messages).
func TestJSON(t *testing.T) {
	for _, fs := range [][]lint.Finding{sample, nil} {
		var b bytes.Buffer
		if err := JSON(&b, fs, Meta{Files: 2}); err != nil {
			t.Fatal(err)
		}
		var got struct {
			Findings []lint.Finding
			Summary  map[string]int
		}
		if err := json.Unmarshal(b.Bytes(), &got); err != nil {
			t.Fatalf("not JSON: %v\n%s", err, b.String())
		}
		if got.Findings == nil || len(got.Findings) != len(fs) || got.Summary["findings"] != len(fs) || got.Summary["files"] != 2 {
			t.Errorf("read back %d findings, summary %v, from\n%s", len(got.Findings), got.Summary, b.String())
		}
		for i := range fs {
			if got.Findings[i] != fs[i] {
				t.Errorf("finding %d = %+v, want %+v", i, got.Findings[i], fs[i])
			}
		}
		if lines := strings.Count(b.String(), "\n"); lines != 4+len(fs)+min(len(fs), 1) {
			t.Errorf("%d lines for %d findings:\n%s", lines, len(fs), b.String())
		}
	}
}

func TestGitHub(t *testing.T) {
	var b bytes.Buffer
	GitHub(&b, sample, Meta{Files: 3})
	first := strings.SplitN(b.String(), "\n", 2)[0]
	want := "::error file=docs/a b.ja.md,line=3,col=5,endColumn=8,title=gloss forbidden-term (dod)::「国防省」 is forbidden, 100%25: use 「国防総省」%0Anext"
	if first != want {
		t.Errorf("github:\n%s\nwant\n%s", first, want)
	}
	if !strings.Contains(b.String(), "::warning file=y.md,") {
		t.Error("no ::warning line")
	}
	if got := escapeProperty("a:b,c"); got != "a%3Ab%2Cc" {
		t.Errorf("escapeProperty = %q", got)
	}
}

func TestSARIF(t *testing.T) {
	var b bytes.Buffer
	if err := SARIF(&b, sample, Meta{Version: "1.2.3"}); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string           `json:"name"`
					Rules []map[string]any `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			ColumnKind string `json:"columnKind"`
			Results    []struct {
				RuleID    string `json:"ruleId"`
				RuleIndex int    `json:"ruleIndex"`
				Level     string `json:"level"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string } `json:"artifactLocation"`
						Region           map[string]int       `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
				PartialFingerprints map[string]string `json:"partialFingerprints"`
				Fixes               []any             `json:"fixes"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 || log.Runs[0].ColumnKind != "unicodeCodePoints" {
		t.Fatalf("header: %+v", log)
	}
	run := log.Runs[0]
	if len(run.Tool.Driver.Rules) != len(lint.Rules) || len(run.Results) != 3 {
		t.Fatalf("rules %d results %d", len(run.Tool.Driver.Rules), len(run.Results))
	}
	r := run.Results[0]
	if r.RuleID != "forbidden-term" || run.Tool.Driver.Rules[r.RuleIndex]["id"] != "forbidden-term" || r.Level != "error" {
		t.Errorf("result 0: %+v", r)
	}
	loc := r.Locations[0].PhysicalLocation
	if loc.ArtifactLocation.URI != "docs/a%20b.ja.md" || loc.Region["startLine"] != 3 || loc.Region["startColumn"] != 5 || loc.Region["endColumn"] != 8 {
		t.Errorf("location: %+v", loc)
	}
	if r.PartialFingerprints["glossFinding/v1"] != "ab:1" || len(r.Fixes) != 1 {
		t.Errorf("fingerprints %v fixes %d", r.PartialFingerprints, len(r.Fixes))
	}
	if len(run.Results[1].Fixes) != 0 || run.Results[2].Level != "warning" {
		t.Error("missing-term must have no fix; deprecated is a warning")
	}
	for _, res := range run.Results {
		if res.Locations[0].PhysicalLocation.Region["startColumn"] < 1 {
			t.Error("startColumn must be >= 1")
		}
	}
}

func TestRDJSONL(t *testing.T) {
	var b bytes.Buffer
	RDJSONL(&b, sample)
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines", len(lines))
	}
	var d struct {
		Location struct {
			Range struct {
				Start struct{ Line, Column int }
				End   *struct{ Line, Column int }
			}
		}
		Severity    string
		Code        struct{ Value string }
		Suggestions []struct{ Text string }
	}
	json.Unmarshal([]byte(lines[0]), &d)
	if d.Location.Range.Start.Column != 13 || d.Location.Range.End == nil || d.Location.Range.End.Column != 22 || d.Severity != "ERROR" || d.Code.Value != "forbidden-term" || len(d.Suggestions) != 1 || d.Suggestions[0].Text != "国防総省" {
		t.Errorf("rdjsonl[0] = %s", lines[0])
	}
}

func TestWriteUnknown(t *testing.T) {
	if err := Write(&bytes.Buffer{}, "xml", nil, Meta{}); err == nil {
		t.Error("Write accepted format xml")
	}
}
