// Package review holds the checks that combine packages of the layer below it: the
// terminology audit of a translation memory runs package lint over the units of a
// package tm memory. [MemoryDocs] lays out the units as lint documents, one per origin
// file, and [LintDocs.Fix] points the findings back at each unit's line and text.
//
//	ld, err := review.MemoryDocs(ctx, m, tm.Filter{})
//	for _, doc := range ld.Docs {
//		fs := linter.Lint(doc) // a *lint.Linter
//		ld.Fix(fs)
//	}
package review
