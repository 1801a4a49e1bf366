package lint

import (
	"strings"

	"github.com/glossterm/gloss/match"
)

// Clipped words. Japanese clips a long word to its first and third characters and uses
// the clipping in compounds as the word itself: 安保 for 安全保障 (日米安保, 安保条約,
// 安保・防衛協力), 安保理 for 安全保障理事会. A translation that writes the clipping
// renders a term that has the full word where, read with the full word, it renders it:
// 日米安保・防衛協力 is 日米安全保障・防衛協力, "bilateral security and defense
// cooperation". The clipping is a rule of word formation, not a term: it stands in any
// term that has the full word.

// clipper reads each clipping as its full word, the longer clipping first (安保理 before
// 安保).
var clipper = strings.NewReplacer("安保理", "安全保障理事会", "安保", "安全保障")

// unclipped is what a segment's checks yield with its Japanese translation read with the
// full words of its clippings: the concepts still missing then, found once needed.
type unclipped struct {
	done    bool
	missing map[string]bool // nil where the translation has no clipping
}

// renderedUnclipped reports whether the Japanese translation of seg, read with the full
// words of its clippings, renders concept id: the segment is checked again with that
// reading, and renders it where that check finds the concept neither missing nor wrongly
// rendered.
func (l *Linter) renderedUnclipped(r *docRun, seg *Segment, id string, u *unclipped) bool {
	if !u.done {
		u.done = true
		full := clipper.Replace(seg.Target.Value)
		if full == seg.Target.Value {
			return false
		}
		s := *seg
		s.Target.Value = full
		var res compacted
		var buf []match.Occurrence
		l.checkSegment(r, &s, &res, &buf)
		u.missing = map[string]bool{}
		for _, f := range res.findings {
			if f.Rule == RuleMissing || f.Rule == RuleDeprecated || f.Rule == RuleForbidden {
				u.missing[f.Concept] = true
			}
		}
	}
	return u.missing != nil && !u.missing[id]
}
