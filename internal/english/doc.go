// Package english expands an English term into the inflected forms a matcher should also
// accept: plurals of nouns (ally → allies, model allies → model ally), and the verb forms of
// verbs (deter → deters, deterred, deterring). The expansion happens once, when a glossary
// is compiled, so matching never guesses.
//
//	english.Forms("ally", "")      // [allies]
//	english.Forms("deter", "verb") // [deters deterred deterring detered detering]
//
// The rules are the regular ones plus a short table of irregular plurals. They over-generate
// on purpose where English spelling cannot be known from the letters alone (deterred but
// offered): a form nobody writes costs nothing in a matcher. Spelling variants (defense,
// defence) are not derived; a glossary lists them as forms.
package english
