package lint

import (
	"encoding/json"
	"fmt"
	"sort"
)

// Baseline is a recorded set of findings a repository has accepted, so that it can adopt
// gloss without fixing its history: findings whose fingerprint is in the baseline are not
// reported. Fingerprints hash the file, rule, concept, term and the segment's text (white
// space folded), so they survive edits elsewhere in the file.
type Baseline struct {
	Version  int             `json:"glossBaseline"`
	Findings []BaselineEntry `json:"findings"`
}

// BaselineEntry is one accepted finding; only Fingerprint is compared, the rest helps a
// reviewer read the file.
type BaselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	File        string `json:"file"`
	Rule        string `json:"rule"`
	Concept     string `json:"concept"`
	Term        string `json:"term,omitempty"`
}

// NewBaseline records findings.
func NewBaseline(fs []Finding) *Baseline {
	b := &Baseline{Version: 1, Findings: []BaselineEntry{}}
	for _, f := range fs {
		b.Findings = append(b.Findings, BaselineEntry{Fingerprint: f.Fingerprint, File: f.File, Rule: f.Rule, Concept: f.Concept, Term: f.Term})
	}
	sort.Slice(b.Findings, func(i, j int) bool {
		a, c := b.Findings[i], b.Findings[j]
		if a.File != c.File {
			return a.File < c.File
		}
		return a.Fingerprint < c.Fingerprint
	})
	return b
}

// Marshal writes the baseline as indented JSON.
func (b *Baseline) Marshal() []byte {
	data, _ := json.MarshalIndent(b, "", "  ")
	return append(data, '\n')
}

// ParseBaseline reads a baseline file.
func ParseBaseline(file string, data []byte) (*Baseline, error) {
	var b Baseline
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, inputErr(file, 0, 0, "not a gloss baseline (%v): write one with gloss lint --baseline FILE --update-baseline", err)
	}
	if b.Version != 1 {
		return nil, inputErr(file, 0, 0, "baseline version %d: this gloss reads version 1", b.Version)
	}
	return &b, nil
}

// Filter returns the findings not in the baseline.
func (b *Baseline) Filter(fs []Finding) []Finding {
	known := map[string]bool{}
	for _, e := range b.Findings {
		known[e.Fingerprint] = true
	}
	var out []Finding
	for _, f := range fs {
		if !known[f.Fingerprint] {
			out = append(out, f)
		}
	}
	return out
}

// String describes the baseline.
func (b *Baseline) String() string { return fmt.Sprintf("baseline of %d findings", len(b.Findings)) }
