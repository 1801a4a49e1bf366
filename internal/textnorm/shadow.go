package textnorm

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Shadow is the normalized copy of a text that matchers search, with a map back to the
// original. Its Text equals Key(original): NFKC, letter case, dash, tilde and middle-dot
// variants folded, and runs of white space collapsed to one space and trimmed. Matchers find
// terms in Text and report positions in the original with [Shadow.Span], so width and case
// problems stay visible where the finding points.
type Shadow struct {
	Text string
	// start[i] and end[i] are the byte range of the original text that produced byte i of
	// Text: one rune, or a whole normalization segment when NFKC composed or expanded it.
	start, end []int32
	n          int // len(original)
}

// NewShadow normalizes s. For every valid UTF-8 s, NewShadow(s).Text == Key(s). (Invalid
// bytes become U+FFFD each, as in Key; after one, x/text's NFKC.String may leave later runes
// unnormalized where NewShadow normalizes them. gloss's readers reject such input first.)
func NewShadow(s string) *Shadow {
	sh := &Shadow{n: len(s)}
	buf := make([]byte, 0, len(s))
	sh.start = make([]int32, 0, len(s))
	sh.end = make([]int32, 0, len(s))
	space := false     // a white-space run is pending
	var spS, spE int32 // its original range
	emit := func(r rune, os, oe int) {
		if unicode.IsSpace(r) {
			if !space {
				spS = int32(os)
			}
			spE = int32(oe)
			space = len(buf) > 0
			return
		}
		if space {
			buf = append(buf, ' ')
			sh.start = append(sh.start, spS)
			sh.end = append(sh.end, spE)
			space = false
		}
		n0 := len(buf)
		buf = utf8.AppendRune(buf, r)
		for i := n0; i < len(buf); i++ {
			sh.start = append(sh.start, int32(os))
			sh.end = append(sh.end, int32(oe))
		}
	}
	info := bmpInfo()
	var it norm.Iter
	var scratch []byte
	for i := 0; i < len(s); {
		// Fast path: a BMP rune that NFKC leaves alone and that nothing after it combines with.
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		if r < 0x10000 && info[r]&infoStable != 0 {
			ok := info[r]&infoAfter != 0 || i+w == len(s)
			if !ok {
				nr := rune(s[i+w])
				if nr >= utf8.RuneSelf {
					nr, _ = utf8.DecodeRuneInString(s[i+w:])
				}
				ok = nr < 0x10000 && info[nr]&infoBefore != 0
			}
			if ok {
				switch {
				case r < utf8.RuneSelf:
					if 'A' <= r && r <= 'Z' {
						r += 'a' - 'A'
					}
				case r >= 0x3040 && r < 0xA000: // kana and CJK ideographs fold to themselves
				default:
					r = FoldRune(r)
				}
				if !space && (r >= 0x3040 || r < utf8.RuneSelf && r != ' ' && (r < '\t' || r > '\r')) {
					// Not white space: append directly.
					n0 := len(buf)
					buf = utf8.AppendRune(buf, r)
					for k := n0; k < len(buf); k++ {
						sh.start = append(sh.start, int32(i))
						sh.end = append(sh.end, int32(i+w))
					}
				} else {
					emit(r, i, i+w)
				}
				i += w
				continue
			}
		}
		// Otherwise one normalization segment through the iterator. Next may return a
		// segment's output in pieces before it advances.
		it.InitString(norm.NFKC, s[i:])
		seg := scratch[:0]
		for {
			seg = append(seg, it.Next()...)
			if it.Pos() > 0 || it.Done() {
				break
			}
		}
		scratch = seg
		to := i + it.Pos()
		if string(seg) == s[i:to] {
			for k := 0; k < len(seg); {
				r, w := utf8.DecodeRune(seg[k:])
				emit(FoldRune(r), i+k, i+k+w)
				k += w
			}
		} else {
			for k := 0; k < len(seg); {
				r, w := utf8.DecodeRune(seg[k:])
				emit(FoldRune(r), i, to)
				k += w
			}
		}
		if to == i { // cannot happen; never loop forever
			to = i + 1
		}
		i = to
	}
	sh.Text = string(buf)
	return sh
}

const (
	infoStable = 1 << iota // NFKC leaves the rune alone and it starts a segment
	infoAfter              // nothing that follows combines with it
	infoBefore             // it combines with nothing before it
)

var (
	infoOnce sync.Once
	info     *[0x10000]uint8
)

// bmpInfo tabulates the NFKC properties of the Basic Multilingual Plane once.
func bmpInfo() *[0x10000]uint8 {
	infoOnce.Do(func() {
		t := new([0x10000]uint8)
		var b [4]byte
		for r := rune(0); r < 0x10000; r++ {
			if r >= 0xD800 && r <= 0xDFFF {
				continue
			}
			n := utf8.EncodeRune(b[:], r)
			p := norm.NFKC.Properties(b[:n])
			if p.BoundaryBefore() {
				t[r] |= infoBefore
				if len(p.Decomposition()) == 0 && norm.NFKC.IsNormal(b[:n]) {
					t[r] |= infoStable
				}
			}
			if p.BoundaryAfter() {
				t[r] |= infoAfter
			}
		}
		info = t
	})
	return info
}

// Span maps the byte range [i, j) of Text to the range of the original text it came from.
// i and j must be within Text, i <= j.
func (sh *Shadow) Span(i, j int) (start, end int) {
	if i >= len(sh.start) {
		return sh.n, sh.n
	}
	start = int(sh.start[i])
	if j <= i {
		return start, start
	}
	return start, int(sh.end[j-1])
}

// KeyCase is [Key] without the letter-case fold: NFKC, dash, tilde and middle-dot variants and
// white space folded, letter case kept. Matchers compare case-sensitive terms with it.
func KeyCase(s string) string {
	s = norm.NFKC.String(s)
	b := make([]byte, 0, len(s))
	space := false
	for _, r := range s {
		r = foldNoCase(r)
		if unicode.IsSpace(r) {
			space = len(b) > 0
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}

// foldNoCase is FoldRune without the case fold.
func foldNoCase(r rune) rune {
	f := FoldRune(r)
	if f != r && unicode.ToLower(r) == f {
		return r
	}
	return f
}
