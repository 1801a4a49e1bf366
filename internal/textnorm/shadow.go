package textnorm

import (
	"sort"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
	"unsafe"

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
	buf  []byte
	it   *norm.Iter // for the runs that need NFKC; large, so made once and only if needed
	// Fold's memory: the deletions, and the runs it rebuilds into
	dels  []deletion
	spare []run
	tails []tail
}

// tail extends the original range of shadow byte p to end at e: the bytes the fold
// deleted at the end of a word (programme → program) or of a numeral (三 → 3) belong to the
// byte before them, so a match ending at "program" ends, in the original, after
// "programme", and the 3 of 3か国 maps to the whole 三.
type tail struct{ p, e int32 }

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
	sh := new(Shadow)
	sh.Reset(s)
	return sh
}

// Reset makes sh the shadow of s, reusing its memory: a matcher that keeps one shadow per
// goroutine allocates nothing per text. The previous Text is no longer valid.
func (sh *Shadow) Reset(s string) {
	sh.n = len(s)
	sh.runs = sh.runs[:0]
	sh.tails = sh.tails[:0]
	buf := sh.buf[:0]
	if cap(buf) < len(s) {
		buf = make([]byte, 0, len(s))
	}
	space := false     // a white-space run is pending
	var spS, spE int32 // its original range
	// ident records that the next n bytes of Text are copied (or folded byte for byte)
	// from original offset o.
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
	var scratch []byte
	for i := 0; i < len(s); {
		// Fastest path, most of any text: a run of plain runes, which NFKC and the folds
		// leave alone, or a run of ASCII capitals, folded byte for byte. Inside the run
		// nothing combines; the last rune must not combine with what follows the run.
		capitals := 'A' <= s[i] && s[i] <= 'Z'
		var j, last int
		if capitals {
			j, last = i, i
			for j < len(s) && 'A' <= s[j] && s[j] <= 'Z' {
				last = j
				j++
			}
		} else {
			j, last = plainRun(s, i)
		}
		if j > i && j < len(s) && !endsSegment(s, last, j) {
			j = last // the last rune goes through the iterator with what follows it
		}
		if j > i {
			flushSpace()
			ident(i, j-i)
			if capitals {
				for k := i; k < j; k++ {
					buf = append(buf, s[k]+'a'-'A')
				}
			} else {
				buf = append(buf, s[i:j]...)
			}
			i = j
			continue
		}
		// Full-width ASCII and the ideographic space: NFKC maps each to one ASCII
		// character, which nothing after it can combine with unless it is a mark.
		r, w := decode(s, i)
		if (r >= 0xFF01 && r <= 0xFF5E || r == 0x3000) && r != 0xFF5E {
			if i+w == len(s) || nextBefore(s[i+w:]) {
				if r == 0x3000 {
					emit(' ', i, i+w)
				} else {
					emit(FoldRune(r-0xFEE0), i, i+w)
				}
				i += w
				continue
			}
		}
		// A stable rune that folds (a dash, a capital outside ASCII) or is white space.
		if r < 0x10000 && runeInfo(r)&infoStable != 0 && (i+w == len(s) || endsSegment(s, i, i+w)) {
			emit(FoldRune(r), i, i+w)
			i += w
			continue
		}
		// Otherwise one normalization segment through the iterator. Next may return a
		// segment's output in pieces before it advances.
		if sh.it == nil {
			sh.it = new(norm.Iter)
		}
		it := sh.it
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
	sh.buf = buf
	sh.Text = unsafe.String(unsafe.SliceData(buf), len(buf))
}

// asciiPlain is 1 for the ASCII bytes NFKC and the folds leave alone, 2 for the capitals
// (folded byte for byte), 0 for white space.
var asciiPlain = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case unicode.IsSpace(rune(c)):
		case 'A' <= c && c <= 'Z':
			t[c] = 2
		default:
			t[c] = 1
		}
	}
	return t
}()

const (
	infoKnown  = 1 << iota // the entry is filled in
	infoStable             // NFKC leaves the rune alone and it combines with nothing before it
	infoAfter              // nothing that follows combines with it
	infoBefore             // it combines with nothing before it
	infoPlain              // stable, folds to itself and is not white space
)

// infoTable holds the NFKC properties of the Basic Multilingual Plane, four runes a word,
// filled in as runes are met: a text uses a few thousand of the 65,536, and tabulating
// them all would cost every process milliseconds. Concurrent fills store the same value.
var infoTable [0x10000 / 4]atomic.Uint32

// runeInfo returns the info bits of the BMP rune r.
func runeInfo(r rune) uint8 {
	if v := uint8(infoTable[r>>2].Load() >> (8 * (r & 3))); v != 0 {
		return v
	}
	return fillInfo(r)
}

// fillInfo computes the entries of r and the three runes that share its word.
func fillInfo(r rune) uint8 {
	var word uint32
	var b [4]byte
	base := r &^ 3
	for k := rune(0); k < 4; k++ {
		c := base + k
		v := uint8(infoKnown)
		if c < 0xD800 || c > 0xDFFF {
			n := utf8.EncodeRune(b[:], c)
			p := norm.NFKC.Properties(b[:n])
			if p.BoundaryBefore() {
				v |= infoBefore
				if norm.NFKC.IsNormal(b[:n]) { // が too: its decomposition composes back
					v |= infoStable
					if FoldRune(c) == c && !unicode.IsSpace(c) {
						v |= infoPlain
					}
				}
			}
			if p.BoundaryAfter() {
				v |= infoAfter
			}
		}
		word |= uint32(v) << (8 * k)
	}
	infoTable[r>>2].Store(word)
	return uint8(word >> (8 * (r & 3)))
}

// plainRun returns the end of the run of plain runes at s[i:] and the start of its last
// rune (i, i when there is none). It is the inner loop of every text, so the decoding of
// one-, two- and three-byte runes (ASCII, Latin, kana and kanji) and the lookup are inline.
func plainRun(s string, i int) (end, last int) {
	j := i
	last = i
	for j < len(s) {
		c := s[j]
		var r rune
		var w int
		switch {
		case c < utf8.RuneSelf:
			if asciiPlain[c] != 1 {
				return j, last
			}
			last = j
			j++
			continue
		case c >= 0xC2 && c <= 0xDF && j+1 < len(s) && s[j+1]&0xC0 == 0x80:
			r, w = rune(c&0x1F)<<6|rune(s[j+1]&0x3F), 2
		case c >= 0xE1 && c <= 0xEC && j+2 < len(s) && s[j+1]&0xC0 == 0x80 && s[j+2]&0xC0 == 0x80:
			r, w = rune(c&0x0F)<<12|rune(s[j+1]&0x3F)<<6|rune(s[j+2]&0x3F), 3
		default: // overlong, surrogate, four bytes or invalid: the slow path
			return j, last
		}
		v := uint8(infoTable[r>>2].Load() >> (8 * (r & 3)))
		if v == 0 {
			v = fillInfo(r)
		}
		if v&infoPlain == 0 {
			return j, last
		}
		last = j
		j += w
	}
	return j, last
}

// endsSegment reports whether the rune at s[last:next] ends a normalization segment:
// nothing after it combines with it, or the rune at next combines with nothing before it.
func endsSegment(s string, last, next int) bool {
	if next >= len(s) {
		return true
	}
	if c := s[last]; c < utf8.RuneSelf {
		if s[next] < utf8.RuneSelf {
			return true // ASCII after ASCII never combines
		}
	} else if r, _ := decode(s, last); r < 0x10000 && runeInfo(r)&infoAfter != 0 {
		return true
	}
	return nextBefore(s[next:])
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
func nextBefore(s string) bool {
	nr := rune(s[0])
	if nr >= utf8.RuneSelf {
		nr, _ = utf8.DecodeRuneInString(s)
	}
	return nr < 0x10000 && runeInfo(nr)&infoBefore != 0
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
	if len(sh.tails) > 0 {
		k := sort.Search(len(sh.tails), func(k int) bool { return int(sh.tails[k].p) >= j-1 })
		if k < len(sh.tails) && int(sh.tails[k].p) == j-1 && int(sh.tails[k].e) > end {
			end = int(sh.tails[k].e)
		}
	}
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
