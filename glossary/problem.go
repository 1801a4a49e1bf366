package glossary

import (
	"fmt"
	"sort"
	"strings"
)

// Severity ranks a problem.
type Severity string

// Severities.
const (
	SevError   Severity = "error"
	SevWarning Severity = "warning"
)

// Problem is one thing wrong with a glossary file, at a position.
type Problem struct {
	File     string   `json:"file"`
	Pos      Pos      `json:"-"`
	Line     int      `json:"line"`
	Col      int      `json:"col"`
	Severity Severity `json:"severity"`
	Rule     string   `json:"rule"`
	Message  string   `json:"message"`
	Hint     string   `json:"hint,omitempty"`
	Concept  string   `json:"concept,omitempty"` // the id of the concept it is in, if any
	// Err is the sentinel error of the gloss package that classifies the problem, when one
	// does (gloss.ErrTooLarge, gloss.ErrNotUTF8, gloss.ErrBinary, gloss.ErrSyntax).
	Err error `json:"-"`
}

// Unwrap returns the sentinel error, for errors.Is(err, gloss.ErrTooLarge) and the like.
func (p Problem) Unwrap() error { return p.Err }

// Error renders the problem as "file:line:col: severity rule: message".
func (p Problem) Error() string {
	file := p.File
	if file == "" {
		file = "<glossary>"
	}
	return fmt.Sprintf("%s:%d:%d: %s %s: %s", file, p.Pos.Line, p.Pos.Col, p.Severity, p.Rule, p.Message)
}

// LoadError is returned by [Parse] and [LoadFile] when the input cannot be read as a
// glossary: bad encoding, YAML syntax, duplicate or unknown keys, wrong shapes. It lists
// every problem found, sorted by position.
type LoadError struct {
	Problems []Problem
}

func (e *LoadError) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.Error()
	}
	return strings.Join(lines, "\n")
}

// Unwrap returns the problems as errors, for errors.As on a single Problem.
func (e *LoadError) Unwrap() []error {
	errs := make([]error, len(e.Problems))
	for i, p := range e.Problems {
		errs[i] = p
	}
	return errs
}

// problems collects problems for one file.
type problems struct {
	file string
	list []Problem
}

func (ps *problems) add(pos Pos, sev Severity, rule, hint, format string, args ...any) {
	ps.list = append(ps.list, Problem{
		File: ps.file, Pos: pos, Line: pos.Line, Col: pos.Col, Severity: sev, Rule: rule,
		Message: fmt.Sprintf(format, args...), Hint: hint,
	})
}

func (ps *problems) errorf(pos Pos, rule, hint, format string, args ...any) {
	ps.add(pos, SevError, rule, hint, format, args...)
}

func sortProblems(list []Problem) {
	sort.SliceStable(list, func(i, j int) bool {
		if list[i].Pos != list[j].Pos {
			return list[i].Pos.Before(list[j].Pos)
		}
		return list[i].Rule < list[j].Rule
	})
}
