package tm

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/internal/morph"
	"github.com/glossterm/gloss/internal/textnorm"
	"github.com/glossterm/gloss/tm/store"
)

// Token is one word of a segment: its normalized form and where it is in the text.
type Token struct {
	Key        string
	Start, End int
}

// englishWords splits text into words: runs of letters, digits and marks, with an
// apostrophe or a period between letters (don't, U.S.) kept inside.
func englishWords(text string) []Token {
	var out []Token
	start := -1
	rs := []rune(text)
	off := make([]int, len(rs)+1)
	i := 0
	for j := range text {
		off[i] = j
		i++
	}
	off[len(rs)] = len(text)
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) }
	for k, r := range rs {
		inner := (r == '\'' || r == '’' || r == '.') && start >= 0 && k+1 < len(rs) && word(rs[k+1])
		if word(r) || inner {
			if start < 0 {
				start = k
			}
			continue
		}
		if start >= 0 {
			out = append(out, Token{textnorm.Key(text[off[start]:off[k]]), off[start], off[k]})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, Token{textnorm.Key(text[off[start]:]), off[start], len(text)})
	}
	return out
}

// japaneseWords splits text into kagome morphemes, leaving out symbols and white space.
func japaneseWords(text string) []Token {
	var out []Token
	for _, t := range morph.TokenizeLean(text) {
		if len(t.POS) > 0 && t.POS[0] == "記号" {
			continue
		}
		k := textnorm.Key(t.Surface)
		if k == "" || strings.IndexFunc(k, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
			continue
		}
		out = append(out, Token{k, t.Start, t.End})
	}
	return out
}

// Words returns the words fuzzy matching compares in a segment of lang: kagome morphemes
// for Japanese, letter-and-digit runs for English; punctuation and spaces are not words.
func Words(lang store.Lang, text string) []Token {
	if lang == store.JA {
		return japaneseWords(text)
	}
	return englishWords(text)
}

// HasJapanese reports whether s has kana or kanji.
func HasJapanese(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Han) {
			return true
		}
	}
	return false
}

// Op is one step of the edit script from a memory segment to the sentence matched.
type Op struct {
	Kind byte   // '=' same word, '-' a word of the memory's segment not in the sentence, '+' a word of the sentence not in the segment
	Text string // the word as written (in the segment for '=' and '-', in the sentence for '+')
	// Start and End are the word's byte offsets in the memory's segment ('=' and '-'), or
	// where a '+' word would go.
	Start, End int
}

// Score computes the fuzzy-match score of a memory segment against a sentence, as CAT
// tools do, on words (see [Words]):
//
//   - 100: the texts are identical (surrounding white space aside);
//   - 99: identical after normalization (width, case, dashes, spacing: textnorm.Key);
//   - 98: the same words, different punctuation;
//   - otherwise 100 × (1 − d / max(n, m)), rounded down and at most 97, where d is the
//     word-level Levenshtein distance (insertions, deletions and substitutions of whole
//     words, each costing 1) and n, m the numbers of words of the two.
//
// 101 (in context) is given by [Memory.Match] to a 100 whose neighbouring sentences also
// match. Score also returns the edit script, for marking the differences.
func Score(lang store.Lang, sentence, segment string) (int, []Op) {
	a, b := Words(lang, segment), Words(lang, sentence)
	ops := editScript(segment, sentence, a, b)
	switch {
	case strings.TrimSpace(sentence) == strings.TrimSpace(segment):
		return 100, ops
	case textnorm.Key(sentence) == textnorm.Key(segment):
		return 99, ops
	}
	d := 0
	for _, o := range ops {
		if o.Kind != '=' {
			d++
		}
	}
	// a substitution is one '-' and one '+': count it once
	d -= substitutions(ops)
	n := max(len(a), len(b))
	if d == 0 {
		if n == 0 {
			return 0, ops
		}
		return 98, ops
	}
	s := 100 * (n - d) / n
	return min(s, 97), ops
}

// substitutions counts the '-' '+' pairs an edit script has for substituted words.
func substitutions(ops []Op) int {
	n := 0
	for i := 0; i+1 < len(ops); i++ {
		if ops[i].Kind == '-' && ops[i+1].Kind == '+' {
			n++
			i++
		}
	}
	return n
}

// editScript aligns the words of a memory segment (a) with a sentence's (b) by Levenshtein
// distance, preferring matches, and returns the steps in segment order.
func editScript(seg, sent string, a, b []Token) []Op {
	n, m := len(a), len(b)
	d := make([][]int32, n+1)
	for i := range d {
		d[i] = make([]int32, m+1)
		d[i][0] = int32(i)
	}
	for j := 0; j <= m; j++ {
		d[0][j] = int32(j)
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			c := int32(1)
			if a[i-1].Key == b[j-1].Key {
				c = 0
			}
			d[i][j] = min(d[i-1][j-1]+c, d[i-1][j]+1, d[i][j-1]+1)
		}
	}
	var rev []Op
	i, j := n, m
	for i > 0 || j > 0 {
		switch {
		case i > 0 && j > 0 && a[i-1].Key == b[j-1].Key && d[i][j] == d[i-1][j-1]:
			rev = append(rev, Op{'=', seg[a[i-1].Start:a[i-1].End], a[i-1].Start, a[i-1].End})
			i, j = i-1, j-1
		case i > 0 && j > 0 && d[i][j] == d[i-1][j-1]+1:
			// substitution: the sentence's word, then the segment's (reversed below)
			rev = append(rev, Op{'+', sent[b[j-1].Start:b[j-1].End], a[i-1].End, a[i-1].End})
			rev = append(rev, Op{'-', seg[a[i-1].Start:a[i-1].End], a[i-1].Start, a[i-1].End})
			i, j = i-1, j-1
		case i > 0 && d[i][j] == d[i-1][j]+1:
			rev = append(rev, Op{'-', seg[a[i-1].Start:a[i-1].End], a[i-1].Start, a[i-1].End})
			i--
		default:
			at := 0
			if i > 0 {
				at = a[i-1].End
			}
			rev = append(rev, Op{'+', sent[b[j-1].Start:b[j-1].End], at, at})
			j--
		}
	}
	out := make([]Op, len(rev))
	for k := range rev {
		out[k] = rev[len(rev)-1-k]
	}
	return out
}

// MarkDiff writes a memory segment with the differences from the sentence marked:
// [-word-] for a word the sentence does not have, {+word+} for a word it has instead or
// in addition. del and ins wrap the words (nil: the brackets).
func MarkDiff(segment string, ops []Op, del, ins func(string) string) string {
	if del == nil {
		del = func(s string) string { return "[-" + s + "-]" }
	}
	if ins == nil {
		ins = func(s string) string { return "{+" + s + "+}" }
	}
	var b strings.Builder
	pos := 0
	for i := 0; i < len(ops); i++ {
		o := ops[i]
		switch o.Kind {
		case '=':
			b.WriteString(segment[pos:o.End])
			pos = o.End
		case '-':
			// a run of deleted words is marked once, with what stands between them
			end := o.End
			for i+1 < len(ops) && ops[i+1].Kind == '-' {
				i++
				end = ops[i].End
			}
			b.WriteString(segment[pos:o.Start])
			b.WriteString(del(segment[o.Start:end]))
			pos = end
		case '+':
			if o.Start > pos {
				b.WriteString(segment[pos:o.Start])
				pos = o.Start
			}
			words := o.Text
			for i+1 < len(ops) && ops[i+1].Kind == '+' {
				i++
				if latinEnd(words) && latinStart(ops[i].Text) {
					words += " "
				}
				words += ops[i].Text
			}
			b.WriteString(ins(words))
		}
	}
	b.WriteString(segment[pos:])
	return b.String()
}

func latinEnd(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r < 0x3000 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func latinStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r < 0x3000 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
