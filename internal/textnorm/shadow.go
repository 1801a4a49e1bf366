package textnorm

import (
	"sort"
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
	runs []run // in order of shadow offset
	n    int   // len(original)
}

// run maps the shadow bytes [s, next run's s) to the original. An identity run maps byte
// s+k to byte o+k (a stretch copied or folded byte for byte); a fixed run maps every byte to
// [o, e) (a rune whose fold changed its length, a composed or expanded NFKC segment, or a
// collapsed white-space run).
type run struct {
	s, o, e  int32
	identity bool
}

// NewShadow normalizes s. For every valid UTF-8 s, NewShadow(s).Text == Key(s). (Invalid
// bytes become U+FFFD each, as in Key; after one, x/text's NFKC.String may leave later runes
// unnormalized where NewShadow normalizes them. gloss's readers reject such input first.)
func NewShadow(s string) *Shadow {
	sh := &Shadow{n: len(s)}
	buf := make([]byte, 0, len(s))
	space := false     // a white-space run is pending
	var spS, spE int32 // its original range
	// ident appends n bytes copied (or folded byte for byte) from original offset o.
	ident := func(o, n int) {
		if k := len(sh.runs) - 1; k >= 0 && sh.runs[k].identity && int(sh.runs[k].o)+len(buf)-int(sh.runs[k].s) == o {
			return // extends the current identity run
		}
		sh.runs = append(sh.runs, run{s: int32(len(buf)), o: int32(o), identity: true})
	}
	fixed := func(o, e int) {
		if k := len(sh.runs) - 1; k >= 0 && !sh.runs[k].identity && sh.runs[k].o == int32(o) && sh.runs[k].e == int32(e) {
			return
		}
		sh.runs = append(sh.runs, run{s: int32(len(buf)), o: int32(o), e: int32(e)})
	}
	flushSpace := func() {
		if space {
			fixed(int(spS), int(spE))
			buf = append(buf, ' ')
			space = false
		}
	}
	emit := func(r rune, os, oe int) {
		if unicode.IsSpace(r) {
			if !space {
				spS = int32(os)
			}
			spE = int32(oe)
			space = len(buf) > 0
			return
		}
		flushSpace()
		if n := utf8.RuneLen(r); n == oe-os {
			ident(os, n)
		} else {
			fixed(os, oe)
		}
		buf = utf8.AppendRune(buf, r)
	}
	info := bmpInfo()
	var it norm.Iter
	var scratch []byte
	for i := 0; i < len(s); {
		// Fast path: a BMP rune that NFKC leaves alone and that nothing after it combines with.
		r, w := decode(s, i)
		if (r >= 0xFF01 && r <= 0xFF5E || r == 0x3000) && r != 0xFF5E {
			// Full-width ASCII and the ideographic space: NFKC maps each to one ASCII
			// character, which nothing after it can combine with unless it is a mark.
			if i+w == len(s) || nextBefore(s[i+w:], info) {
				if r == 0x3000 {
					emit(' ', i, i+w)
				} else {
					emit(FoldRune(r-0xFEE0), i, i+w)
				}
				i += w
				continue
			}
		}
		if r < 0x10000 && info[r]&infoStable != 0 {
			ok := info[r]&infoAfter != 0 || i+w == len(s)
			if !ok {
				nr, _ := decode(s, i+w)
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
				if !space && (r >= 0x3040 || r < utf8.RuneSelf && r != ' ' && (r < '\t' || r > '\r')) && utf8.RuneLen(r) == w {
					// Not white space, same length: append directly.
					ident(i, w)
					if r < utf8.RuneSelf {
						buf = append(buf, byte(r))
					} else {
						buf = append(buf, s[i:i+w]...)
					}
				} else if r == ' ' || r >= '\t' && r <= '\r' {
					// ASCII white space: extend the pending run.
					if !space {
						spS = int32(i)
					}
					spE = int32(i + 1)
					space = len(buf) > 0
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

// decode is utf8.DecodeRuneInString(s[i:]) with the three-byte case (kana, kanji) inline.
func decode(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c >= 0xE1 && c <= 0xEC && i+2 < len(s) {
		b1, b2 := s[i+1], s[i+2]
		if b1&0xC0 == 0x80 && b2&0xC0 == 0x80 {
			return rune(c&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// nextBefore reports whether the first rune of s combines with nothing before it.
func nextBefore(s string, info *[0x10000]uint8) bool {
	nr := rune(s[0])
	if nr >= utf8.RuneSelf {
		nr, _ = utf8.DecodeRuneInString(s)
	}
	return nr < 0x10000 && info[nr]&infoBefore != 0
}

// Span maps the byte range [i, j) of Text to the range of the original text it came from.
// i and j must be within Text, i <= j.
func (sh *Shadow) Span(i, j int) (start, end int) {
	if i >= len(sh.Text) || len(sh.runs) == 0 {
		return sh.n, sh.n
	}
	start, _ = sh.at(i)
	if j <= i {
		return start, start
	}
	_, end = sh.at(j - 1)
	return start, end
}

// at returns the original range of shadow byte i.
func (sh *Shadow) at(i int) (int, int) {
	k := sort.Search(len(sh.runs), func(k int) bool { return int(sh.runs[k].s) > i }) - 1
	if k < 0 {
		k = 0
	}
	r := sh.runs[k]
	if r.identity {
		o := int(r.o) + i - int(r.s)
		return o, o + 1
	}
	return int(r.o), int(r.e)
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

// QuickKey equals [Key] and is faster on ASCII text, which is most of an English glossary.
func QuickKey(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return Key(s)
		}
	}
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			space = len(b) > 0
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = append(b, c)
	}
	return string(b)
}
