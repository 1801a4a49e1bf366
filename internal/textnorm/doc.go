// Package textnorm is gloss's one normalization pipeline for term keys: the glossary index,
// duplicate detection and lookup all compare text through [Key], so that ＮＡＴＯ, NATO and
// nato, or 統合抑止 written with half-width katakana or a different dash, meet.
//
//	textnorm.Key("Ｍｏｄｅｌ  Ａｌｌｉｅｓ")  // "model allies"
//	textnorm.Loose("burden-sharing")      // "burdensharing"
//	textnorm.Plural("model allies")       // "model ally"
//
// Key folds NFKC (which folds full- and half-width forms), letter case, dash, tilde and
// middle-dot variants, and runs of white space. It never folds the katakana prolonged sound
// mark ー, which is a letter, not a dash.
package textnorm
