// Package segment splits Japanese and English text into sentences, keeping byte offsets and
// line numbers into the original text so that evidence can quote and point at it.
//
// gloss does not use kagome's sentence scanner: it deletes every white-space rune ("Peace
// through Strength" becomes "PeacethroughStrength") and force-cuts sentences at 128 runes.
//
//	for _, s := range segment.Japanese(text) {
//		fmt.Println(s.Line, s.Text)
//	}
//
// Japanese sentences end at 。！？ (with the closing brackets that follow them) outside
// brackets, and always at a line end. English sentences end at . ! ? followed by white
// space, except after an abbreviation (U.S., p., No., Jan., a single initial, a title before a
// name: Mr., Hon., Rt. Hon.), and always at a line end. No sentence is longer than [MaxLen] bytes: longer runs are cut at a comma or a
// space, so one pathological line never reaches the tokenizer whole.
package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxLen bounds the length of one sentence in bytes.
const MaxLen = 4096

// Sentence is one sentence of a text.
type Sentence struct {
	Text       string // the sentence, without surrounding white space
	Start, End int    // byte offsets of Text in the original text
	Line       int    // 1-based line of Start
}

// Japanese splits Japanese text into sentences.
func Japanese(text string) []Sentence {
	return split(text, jaEnd)
}

// English splits English text into sentences.
func English(text string) []Sentence {
	return split(text, enEnd)
}

// endFunc reports whether a sentence ends after the rune at byte i (of size n) in text,
// given the bracket depth there, and returns the end offset (after trailing closers).
type endFunc func(text string, i, n, depth int) (int, bool)

func split(text string, end endFunc) []Sentence {
	var out []Sentence
	line := 1
	start, startLine := 0, 1
	depth := 0
	emit := func(to int) {
		s, e := start, to
		for s < e {
			r, n := utf8.DecodeRuneInString(text[s:e])
			if !isSpace(r) {
				break
			}
			if r == '\n' {
				startLine++
			}
			s += n
		}
		for e > s {
			r, n := utf8.DecodeLastRuneInString(text[s:e])
			if !isSpace(r) {
				break
			}
			e -= n
		}
		if e > s {
			out = append(out, Sentence{Text: text[s:e], Start: s, End: e, Line: startLine})
		}
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			emit(i)
			line++
			start, startLine, depth = i+n, line, 0
			i += n
			continue
		case isOpen(r):
			depth++
		case isClose(r):
			if depth > 0 {
				depth--
			}
		}
		if to, ok := end(text, i, n, depth); ok {
			emit(to)
			for _, c := range text[start:to] {
				if c == '\n' {
					line++
				}
			}
			start, startLine, depth = to, line, 0
			i = to
			continue
		}
		if i+n-start >= MaxLen {
			cut := cutPoint(text, start, i+n)
			emit(cut)
			start, startLine, depth = cut, line, 0
			i = cut
			continue
		}
		i += n
	}
	emit(len(text))
	return out
}

// cutPoint finds where to cut an over-long run text[start:end]: after the last comma or
// space in its second half, else at end.
func cutPoint(text string, start, end int) int {
	half := start + (end-start)/2
	if j := strings.LastIndexAny(text[half:end], "、，, 　"); j >= 0 {
		_, n := utf8.DecodeRuneInString(text[half+j:])
		return half + j + n
	}
	return end
}

func jaEnd(text string, i, n, depth int) (int, bool) {
	r, _ := utf8.DecodeRuneInString(text[i:])
	switch r {
	case '。', '！', '？', '!', '?':
	default:
		return 0, false
	}
	if depth > 0 {
		return 0, false
	}
	// A run of marks (！！, ？！, 。。。) ends one sentence, not one a mark.
	j := i + n
	for j < len(text) {
		r, m := utf8.DecodeRuneInString(text[j:])
		if r != '。' && r != '！' && r != '？' && r != '!' && r != '?' {
			break
		}
		j += m
	}
	return skipClosers(text, j), true
}

func enEnd(text string, i, n, depth int) (int, bool) {
	r, _ := utf8.DecodeRuneInString(text[i:])
	switch r {
	case '.', '!', '?', '。':
	default:
		return 0, false
	}
	j := skipClosers(text, i+n)
	if j < len(text) {
		next, _ := utf8.DecodeRuneInString(text[j:])
		if !isSpace(next) {
			return 0, false // 3.5, U.S.-ROK, e.g.x
		}
	}
	if r == '.' && abbreviation(text[:i]) {
		return 0, false
	}
	return j, true
}

// abbreviation reports whether the word ending at the end of before is an abbreviation
// whose period does not end a sentence.
func abbreviation(before string) bool {
	k := len(before)
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(before[:k])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		k -= n
	}
	w := before[k:]
	if w == "" {
		return false
	}
	if strings.Contains(w, ".") { // U.S, D.C, e.g
		return true
	}
	if utf8.RuneCountInString(w) == 1 && unicode.IsUpper([]rune(w)[0]) { // Donald J. Trump
		return true
	}
	switch strings.ToLower(w) {
	case "p", "pp", "no", "nos", "vol", "sec", "art", "fig", "mr", "mrs", "ms", "dr", "st", "jr", "sr",
		"gen", "adm", "col", "lt", "sgt", "gov", "sen", "rep", "amb", "dept", "corp", "inc", "ltd", "co",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
		"vs", "etc", "cf", "ed", "eds", "approx", "est",
		// titles written before a name, which no sentence ends with: the Hon. Enrique
		// Manalo, Rt. Hon. Christopher Luxon, Prof. Smith, Capt. and Maj. of a rank
		"hon", "rt", "prof", "capt", "maj", "brig":
		return true
	}
	return false
}

func skipClosers(text string, j int) int {
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !isClose(r) && r != '"' && r != '\'' && r != '’' && r != '”' {
			break
		}
		j += n
	}
	return j
}

func isOpen(r rune) bool {
	switch r {
	case '「', '『', '（', '(', '【', '〔', '［', '[', '“', '《', '〈':
		return true
	}
	return false
}

func isClose(r rune) bool {
	switch r {
	case '」', '』', '）', ')', '】', '〕', '］', ']', '”', '》', '〉':
		return true
	}
	return false
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u3000' || r == '\uFEFF' }
