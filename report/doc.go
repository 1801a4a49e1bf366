// Package report renders lint findings for people and machines: text, json, sarif (2.1.0,
// for GitHub code scanning), github (workflow commands, plus a Markdown job summary) and
// rdjsonl (reviewdog).
//
//	report.Write(os.Stdout, "text", findings, report.Meta{Files: 3, Version: "1.0"})
//
// Columns: text and github count Unicode code points; sarif declares
// columnKind unicodeCodePoints; rdjsonl uses UTF-8 byte columns, as reviewdog expects; json
// carries both, and byte offsets.
package report
