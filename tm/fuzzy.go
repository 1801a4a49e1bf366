package tm

import (
	"context"
	"sort"
	"unicode/utf8"

	"github.com/glossterm/gloss/bitext"
	"github.com/glossterm/gloss/internal/textnorm"
	"github.com/glossterm/gloss/tm/store"
)

// lengthSlack is how far (in percentage points) the character length ratio of a
// sentence and a candidate may fall below the threshold before the candidate is scored.
const lengthSlack = 15

// MatchOptions tune [Memory.Match].
type MatchOptions struct {
	// Lang is the language of the text; "": Japanese when it has kana or kanji.
	Lang store.Lang
	// Threshold is the lowest score shown; 0 means 70.
	Threshold int
	// Limit bounds the matches of one sentence; 0 means 5.
	Limit int
	// Candidates is how many units the trigram index proposes for a sentence before they
	// are scored; 0 means 30.
	Candidates int
}

// Match is one unit matched against a sentence.
type Match struct {
	Unit  *Unit
	Score int  // see Score; 101 in context
	Ops   []Op // the edit script from the unit's segment to the sentence
}

// SentenceMatches are the matches of one sentence of the text, best first.
type SentenceMatches struct {
	Text       string
	Start, End int // byte offsets in the text
	Line       int
	Matches    []Match
}

// Match splits text into sentences and finds, for each, the units of the memory whose
// segment in the text's language scores at least Threshold against it (see [Score]): the
// trigram index proposes candidates, and each is scored on words. A 100 match whose unit's
// neighbours in its file are the sentences before and after this one (the start or end of
// the text matching the start or end of the file) scores 101. This context is kept for the
// Japanese side, the memory's source language.
func (m *Memory) Match(ctx context.Context, doc string, opt MatchOptions) ([]SentenceMatches, error) {
	if opt.Threshold == 0 {
		opt.Threshold = 70
	}
	if opt.Limit <= 0 {
		opt.Limit = 5
	}
	if opt.Candidates <= 0 {
		opt.Candidates = 30
	}
	lang := opt.Lang
	if lang == "" {
		lang = QueryLang(doc)
	}
	ss := bitext.Sentences(doc, string(lang))
	keys := make([]string, len(ss))
	for i, s := range ss {
		keys[i] = textnorm.Key(s.Text)
	}
	var out []SentenceMatches
	for i, s := range ss {
		sm := SentenceMatches{Text: s.Text, Start: s.Start, End: s.End, Line: s.Line}
		cands, err := m.Store.Similar(ctx, lang, keys[i], opt.Candidates)
		if err != nil {
			return nil, err
		}
		n := utf8.RuneCountInString(keys[i])
		for _, u := range cands {
			// a segment much longer or shorter than the sentence cannot reach the
			// threshold: the word counts differ as much, give or take punctuation
			k := utf8.RuneCountInString(text(u, lang))
			if 100*min(n, k) < (opt.Threshold-lengthSlack)*max(n, k) {
				continue
			}
			score, ops := Score(lang, s.Text, text(u, lang))
			if score < opt.Threshold {
				continue
			}
			if score == 100 && lang == store.JA {
				prev, next := "", ""
				if i > 0 {
					prev = keys[i-1]
				}
				if i+1 < len(keys) {
					next = keys[i+1]
				}
				if u.Prev == prev && u.Next == next {
					score = 101
				}
			}
			sm.Matches = append(sm.Matches, Match{Unit: u, Score: score, Ops: ops})
		}
		sort.SliceStable(sm.Matches, func(a, b int) bool {
			x, y := sm.Matches[a], sm.Matches[b]
			if x.Score != y.Score {
				return x.Score > y.Score
			}
			if dx, dy := date(x.Unit), date(y.Unit); dx != dy {
				return dx > dy // the newer translation first
			}
			return x.Unit.ID < y.Unit.ID
		})
		if len(sm.Matches) > opt.Limit {
			sm.Matches = sm.Matches[:opt.Limit]
		}
		out = append(out, sm)
	}
	return out, nil
}

// date is a unit's latest date.
func date(u *Unit) string {
	d := u.Changed
	if u.Created > d {
		d = u.Created
	}
	if d == "" {
		d = u.Added
	}
	return d
}
