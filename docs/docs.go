// Package docs holds the reference pages that the gloss command prints, so that the binary
// and the repository say the same thing.
package docs

import _ "embed"

// GlossaryFormat is the reference of the gloss.yaml file format (glossary-format.md),
// printed by `gloss help glossary`.
//
//go:embed glossary-format.md
var GlossaryFormat string
