package report_test

// Interop test: the SARIF gloss writes for real findings, checked by Microsoft's SARIF
// Multitool with the SARIF rules and the rules of GitHub code scanning's ingestion. It
// skips when the tool is missing, and fails instead when GLOSS_REQUIRE_INTEROP=1 (as
// .ci/run sets it, after installing the tool and pointing GLOSS_SARIF_MULTITOOL at it).

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/lint"
	"github.com/glossterm/gloss/report"
)

func TestSARIFMultitool(t *testing.T) {
	tool := os.Getenv("GLOSS_SARIF_MULTITOOL")
	if tool == "" {
		tool, _ = exec.LookPath("sarif-multitool")
	}
	if tool == "" {
		if os.Getenv("GLOSS_REQUIRE_INTEROP") == "1" {
			t.Fatal("the SARIF Multitool is missing and GLOSS_REQUIRE_INTEROP=1 (.ci/run installs it)")
		}
		t.Skip("the SARIF Multitool is missing (set GLOSS_SARIF_MULTITOOL)")
	}
	lintDir := filepath.Join("..", "testdata", "lint")
	g, err := glossary.LoadFile(filepath.Join(lintDir, "gloss.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	l, err := lint.New(g, lint.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var findings []lint.Finding
	for _, name := range []string{"wrong-en.tsv", "wrong.xlf", "inconsistent.en.md"} {
		data, err := os.ReadFile(filepath.Join(lintDir, name))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := lint.Read(name, data, lint.ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		findings = append(findings, l.Lint(doc)...)
	}
	rules := map[string]bool{}
	for _, f := range findings {
		rules[f.Rule] = true
	}
	if len(rules) < 4 {
		t.Fatalf("the sample has findings of %d rules only; want most rules in the log", len(rules))
	}

	dir := t.TempDir()
	in, out := filepath.Join(dir, "gloss.sarif"), filepath.Join(dir, "validation.sarif")
	f, err := os.Create(in)
	if err != nil {
		t.Fatal(err)
	}
	if err := report.SARIF(f, findings, report.Meta{Files: 3, Version: "devel"}); err != nil {
		t.Fatal(err)
	}
	f.Close()
	cmd := exec.Command(tool, "validate", "--rule-kind", "Sarif;Gh", "--output", out, in)
	cmd.Env = append(os.Environ(), "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1") // no ICU needed
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s validate: %v\n%s", tool, err, b)
	}

	// The validator's own output is SARIF: every result is a problem it found.
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				RuleID  string `json:"ruleId"`
				Level   string `json:"level"`
				Message struct {
					ID        string   `json:"id"`
					Text      string   `json:"text"`
					Arguments []string `json:"arguments"`
				} `json:"message"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatalf("reading the validator's log: %v", err)
	}
	if len(log.Runs) == 0 {
		t.Fatal("the validator's log has no run")
	}
	for _, r := range log.Runs[0].Results {
		// gloss has no web page for a tool.driver.informationUri; that one is advice.
		if r.RuleID == "SARIF2005" && r.Message.ID == "Warning_ProvideToolnformationUri" {
			continue
		}
		t.Errorf("%s (%s) %s %s %v", r.RuleID, r.Level, r.Message.ID, r.Message.Text, r.Message.Arguments)
	}
}
