package report

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/glossterm/gloss/lint"
)

// Formats lists the names Write accepts.
var Formats = []string{"text", "json", "sarif", "github", "rdjsonl"}

// Meta is what a report says besides the findings.
type Meta struct {
	Files   int    // files checked
	Version string // the tool's version
	// Accepted are the renderings lint accepted as satisfying a term though they are none
	// of its terms ([lint.Run.Accepted]): JSON lists them under "accepted", and the text
	// and GitHub summaries count them. No other format shows them: they are no findings.
	Accepted []lint.Finding
}

// Write renders findings in format.
func Write(w io.Writer, format string, fs []lint.Finding, m Meta) error {
	switch format {
	case "text":
		return Text(w, fs, m)
	case "json":
		return JSON(w, fs, m)
	case "sarif":
		return SARIF(w, fs, m)
	case "github":
		return GitHub(w, fs, m)
	case "rdjsonl":
		return RDJSONL(w, fs)
	}
	return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}

// Summary counts findings by severity in words: "2 errors, 1 warning in 3 files".
func Summary(fs []lint.Finding, files int) string {
	var e, wn, in int
	for _, f := range fs {
		switch f.Severity {
		case lint.Error:
			e++
		case lint.Warning:
			wn++
		default:
			in++
		}
	}
	fl := count(files, "file", "files")
	if len(fs) == 0 {
		return "no findings in " + fl
	}
	parts := []string{count(e, "error", "errors"), count(wn, "warning", "warnings")}
	if in > 0 {
		parts = append(parts, count(in, "note", "notes"))
	}
	return strings.Join(parts, ", ") + " in " + fl
}

func count(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// summaryLine is Summary, with the renderings accepted counted after it.
func summaryLine(fs []lint.Finding, m Meta) string {
	s := Summary(fs, m.Files)
	if n := len(m.Accepted); n > 0 {
		s += fmt.Sprintf(" (%s accepted as rendering the source's term)", count(n, "paraphrase", "paraphrases"))
	}
	return s
}

// Text writes one line per finding, file:line:col: severity rule: message, then a summary.
func Text(w io.Writer, fs []lint.Finding, m Meta) error {
	for _, f := range fs {
		fmt.Fprintf(w, "%s:%d:%d: %s %s: %s\n", f.File, f.Line, f.Col, f.Severity, f.Rule, f.Message)
	}
	_, err := fmt.Fprintln(w, summaryLine(fs, m))
	return err
}

// JSON writes {"findings": [...], "summary": {...}}, one finding a line: as easy to grep
// and diff as the text format, and with no indenting pass, which would cost more than
// the encoding on a large report. The renderings accepted (Meta.Accepted), when there are
// any, follow the findings as "accepted": [...], each with its "reason".
func JSON(w io.Writer, fs []lint.Finding, m Meta) error {
	var e, wn int
	for _, f := range fs {
		if f.Severity == lint.Error {
			e++
		} else if f.Severity == lint.Warning {
			wn++
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	// value encodes v compactly after prefix; Encode ends every value with a newline.
	value := func(prefix string, v any) error {
		buf.WriteString(prefix)
		if err := enc.Encode(v); err != nil {
			return err
		}
		buf.Truncate(buf.Len() - 1)
		return nil
	}
	buf.WriteString("{\n  \"findings\": [")
	for i := range fs {
		sep := ",\n    "
		if i == 0 {
			sep = "\n    "
		}
		if err := value(sep, &fs[i]); err != nil {
			return err
		}
	}
	if len(fs) > 0 {
		buf.WriteString("\n  ")
	}
	buf.WriteString("],\n")
	if len(m.Accepted) > 0 {
		buf.WriteString("  \"accepted\": [")
		for i := range m.Accepted {
			sep := ",\n    "
			if i == 0 {
				sep = "\n    "
			}
			if err := value(sep, &m.Accepted[i]); err != nil {
				return err
			}
		}
		buf.WriteString("\n  ],\n")
	}
	sum := map[string]int{"files": m.Files, "errors": e, "warnings": wn, "findings": len(fs)}
	if len(m.Accepted) > 0 {
		sum["accepted"] = len(m.Accepted)
	}
	if err := value("  \"summary\": ", sum); err != nil {
		return err
	}
	buf.WriteString("\n}\n")
	_, err := w.Write(buf.Bytes())
	return err
}

// escapeData and escapeProperty follow the workflow-command escaping rules.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// GitHub writes workflow commands (::error / ::warning / ::notice), one per finding, and
// the summary as a last plain line. GitHub shows at most 10 annotations of each level per
// step; [MarkdownSummary] gives the full list for $GITHUB_STEP_SUMMARY.
func GitHub(w io.Writer, fs []lint.Finding, m Meta) error {
	for _, f := range fs {
		level := "notice"
		switch f.Severity {
		case lint.Error:
			level = "error"
		case lint.Warning:
			level = "warning"
		}
		props := fmt.Sprintf("file=%s,line=%d,col=%d", escapeProperty(f.File), f.Line, f.Col)
		if f.EndLine == f.Line && f.EndCol > f.Col {
			props += fmt.Sprintf(",endColumn=%d", f.EndCol)
		}
		props += ",title=" + escapeProperty("gloss "+f.Rule+" ("+f.Concept+")")
		fmt.Fprintf(w, "::%s %s::%s\n", level, props, escapeData(f.Message))
	}
	_, err := fmt.Fprintln(w, summaryLine(fs, m))
	return err
}

// MarkdownSummary writes the findings as a Markdown table for a GitHub job summary.
func MarkdownSummary(w io.Writer, fs []lint.Finding, m Meta) error {
	fmt.Fprintf(w, "### gloss lint: %s\n\n", summaryLine(fs, m))
	if len(fs) == 0 {
		return nil
	}
	fmt.Fprintln(w, "| location | severity | rule | concept | message |")
	fmt.Fprintln(w, "| --- | --- | --- | --- | --- |")
	cell := strings.NewReplacer("|", "\\|", "\n", " ")
	for _, f := range fs {
		fmt.Fprintf(w, "| `%s:%d:%d` | %s | %s | %s | %s |\n", f.File, f.Line, f.Col, f.Severity, f.Rule, f.Concept, cell.Replace(f.Message))
	}
	return nil
}

// RDJSONL writes reviewdog's rdjsonl: one Diagnostic per line, UTF-8 byte columns, with
// the preferred term as a suggestion where the finding has a span.
func RDJSONL(w io.Writer, fs []lint.Finding) error {
	type pos struct {
		Line   int `json:"line"`
		Column int `json:"column"`
	}
	type rng struct {
		Start pos  `json:"start"`
		End   *pos `json:"end,omitempty"`
	}
	type sugg struct {
		Range rng    `json:"range"`
		Text  string `json:"text"`
	}
	type diag struct {
		Message  string `json:"message"`
		Location struct {
			Path  string `json:"path"`
			Range rng    `json:"range"`
		} `json:"location"`
		Severity    string            `json:"severity"`
		Source      map[string]string `json:"source"`
		Code        map[string]string `json:"code"`
		Suggestions []sugg            `json:"suggestions,omitempty"`
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, f := range fs {
		var d diag
		d.Message = f.Message
		d.Location.Path = f.File
		r := rng{Start: pos{f.Line, f.ByteCol}}
		if f.EndOffset > f.Offset {
			r.End = &pos{f.EndLine, f.EndByteCol}
			if f.Suggestion != "" && f.Rule != lint.RuleMissing && f.Rule != lint.RuleKeep {
				d.Suggestions = []sugg{{Range: r, Text: f.Suggestion}}
			}
		}
		d.Location.Range = r
		d.Severity = strings.ToUpper(f.Severity.String())
		if f.Severity == lint.Info {
			d.Severity = "INFO"
		}
		d.Source = map[string]string{"name": "gloss"}
		d.Code = map[string]string{"value": f.Rule}
		if err := enc.Encode(d); err != nil {
			return err
		}
	}
	return nil
}

// SARIF writes a SARIF 2.1.0 log with one run, the rule table, and partial fingerprints.
func SARIF(w io.Writer, fs []lint.Finding, m Meta) error {
	level := func(s lint.Severity) string {
		switch s {
		case lint.Error:
			return "error"
		case lint.Warning:
			return "warning"
		}
		return "note"
	}
	var rules []map[string]any
	index := map[string]int{}
	for i, r := range lint.Rules {
		index[r.ID] = i
		rules = append(rules, map[string]any{
			"id":                   r.ID,
			"name":                 r.Name,
			"shortDescription":     map[string]string{"text": r.Summary},
			"fullDescription":      map[string]string{"text": r.Help},
			"help":                 map[string]string{"text": r.Help, "markdown": r.Help},
			"defaultConfiguration": map[string]string{"level": level(r.Severity)},
		})
	}
	results := []map[string]any{}
	for _, f := range fs {
		region := map[string]any{"startLine": f.Line, "startColumn": f.Col}
		if f.EndOffset > f.Offset {
			region["endLine"] = f.EndLine
			region["endColumn"] = f.EndCol
		}
		res := map[string]any{
			"ruleId":    f.Rule,
			"ruleIndex": index[f.Rule],
			"level":     level(f.Severity),
			"message":   map[string]string{"text": f.Message},
			"locations": []any{map[string]any{"physicalLocation": map[string]any{
				"artifactLocation": map[string]string{"uri": sarifURI(f.File)},
				"region":           region,
			}}},
			"partialFingerprints": map[string]string{"glossFinding/v1": f.Fingerprint},
			"properties":          map[string]string{"concept": f.Concept, "term": f.Term},
		}
		if f.Suggestion != "" && f.EndOffset > f.Offset && f.Rule != lint.RuleMissing && f.Rule != lint.RuleKeep {
			res["fixes"] = []any{map[string]any{
				"description": map[string]string{"text": "use " + f.Suggestion},
				"artifactChanges": []any{map[string]any{
					"artifactLocation": map[string]string{"uri": sarifURI(f.File)},
					"replacements": []any{map[string]any{
						"deletedRegion":   region,
						"insertedContent": map[string]string{"text": f.Suggestion},
					}},
				}},
			}}
		}
		results = append(results, res)
	}
	// SARIF wants a version that starts with a number: v1.2.3 is 1.2.3, a development
	// build 0.0.0-devel.
	version := strings.TrimPrefix(m.Version, "v")
	if version == "" || version[0] < '0' || version[0] > '9' {
		version = "0.0.0-" + cmp.Or(m.Version, "devel")
	}
	log := map[string]any{
		"version": "2.1.0",
		"$schema": "https://json.schemastore.org/sarif-2.1.0.json",
		"runs": []any{map[string]any{
			"tool": map[string]any{"driver": map[string]any{
				"name":    "gloss",
				"version": version,
				"rules":   rules,
			}},
			"columnKind": "unicodeCodePoints",
			"results":    results,
		}},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(log)
}

// sarifURI turns a file path into a relative URI reference.
func sarifURI(p string) string {
	p = strings.ReplaceAll(p, "\\", "/")
	p = strings.TrimPrefix(p, "./")
	var b strings.Builder
	for _, c := range []byte(p) {
		if c == ' ' || c == '%' || c == '#' || c == '?' {
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}
