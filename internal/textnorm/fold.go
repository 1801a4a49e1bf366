package textnorm

import (
	"slices"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// The matching fold: spellings that write one word two ways, met by folding both the
// glossary's keys and the text's shadow to one of them. It is applied on top of [Key] by
// the matcher and the lookup index ([Fold], [Shadow.Fold]), never by Key itself, whose
// other users (align, tm) compare text as written.
//
// British, Australian and American English. The fold writes the American spelling:
//
//   - -ce for -se in four nouns, a table (the rule -ence → -ense would make "fence" and
//     "presence" other words): defence, offence, licence, pretence and their derivatives
//     (defences, defenceless).
//   - -ise for -ize, -isation for -ization (recognised, organisation, prioritising), where
//     the letters before -is- end as only the -ize verbs do: -al- (with two letters before
//     it), -il-, -n- (three letters before it), -at-, -it-, -im-, -or-, -ar- (two before), -er-,
//     -og-, -as-, -es-, -id-, -ard-, -ol-, -ur-; the words of other endings (rise, wise,
//     exercise, advise, surprise, compromise, enterprise, premise, franchise, expertise,
//     precise, promise, valise, anise, arise) keep their s. treatise is the one word of
//     these endings that is not an -ize verb, listed. And -yse for -yze (analyse, paralysed;
//     not "analyses", also the plural of analysis).
//   - -our for -or (labour, behaviour, neighbourhood, favourite, honourable): the letters
//     before -our end in a consonant after a vowel, or in -vi- (behaviour, saviour), which
//     leaves four, hour, our, your, tour, pour, sour, dour, flour and scour (scoured is not
//     scored) alone.
//   - -re for -er after t (centre, theatre, metre, kilometres), and in four -bre and -gre
//     words, a table (fibre, calibre, sabre, sombre, meagre), since timbre is not timber and
//     ogre, acre, genre and massacre are American too.
//   - -gramme for -gram (programme, programmes).
//   - -lled, -lling, -ller for -led, -ling, -ler after e or a in a word of two syllables or
//     more (travelled, modelling, labelled, cancelled, signalling): the consonant British
//     doubles at an unstressed end. Monosyllables (called, smaller, spelled) and i or o
//     before the l (filled is not filed) are left alone.
//
// The fold looks at each word of ASCII letters alone, in either case (the substituted
// letters keep the case of those they replace). It changes a word's length only by
// deleting letters (labour → labor, programme → program, travelled → traveled), so a
// shadow keeps its map to the original text: a match ending at "labor" ends, in the
// original, after "labour".
//
// Japanese counters of countries. 3か国, 三か国, 3カ国, 三カ国, 3ヶ国, 3ヵ国, 3ケ国 and 3箇国 are
// one word ("three countries"): a counter (か, カ, ヶ, ヵ, ケ, 箇) between a number and 国 is
// folded to か, and a one-digit kanji numeral (一 to 九) before it, not preceded by another
// numeral, to its digit, so 三か国の安全保障協力 and 3か国の安全保障協力 meet.

// Fold returns the matching fold of a key ([Key] or [KeyCase] output): s itself when
// nothing folds.
func Fold(s string) string {
	if !foldCandidate(s) {
		return s
	}
	b := []byte(s)
	dels := foldBytes(b, nil)
	if len(dels) == 0 {
		if string(b) == s {
			return s
		}
		return string(b)
	}
	return string(applyDeletions(b, dels))
}

// foldCandidate reports quickly whether s may hold something to fold: a word of five ASCII
// letters or more, or 国.
func foldCandidate(s string) bool {
	if strings.Contains(s, "国") {
		return true
	}
	run := 0
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; 'a' <= c && c <= 'z' {
			if run++; run >= 5 {
				return true
			}
			continue
		}
		run = 0
	}
	return false
}

// deletion is n bytes removed at offset at.
type deletion struct{ at, n int32 }

// applyDeletions removes dels (ordered, apart) from b in place and returns it shortened.
func applyDeletions(b []byte, dels []deletion) []byte {
	w, r := 0, 0
	for _, d := range dels {
		w += copy(b[w:], b[r:d.at])
		r = int(d.at + d.n)
	}
	w += copy(b[w:], b[r:])
	return b[:w]
}

// foldBytes folds b in place where the fold keeps the length and appends, in order, the
// deletions that complete it.
func foldBytes(b []byte, dels []deletion) []deletion {
	start := -1
	var prev byte // the previous letter of the word, in lower case
	var pairs uint8
	for i := 0; i <= len(b); i++ {
		if i < len(b) {
			if c := letterOf[b[i]]; c != 0 {
				if start < 0 {
					start, pairs = i, 0
				} else {
					pairs |= pairOf[int(prev-'a')*26+int(c-'a')]
				}
				prev = c
				continue
			}
		}
		if start >= 0 {
			if pairs != 0 && i-start >= 5 && (start == 0 || b[start-1] < utf8.RuneSelf) && (i == len(b) || b[i] < utf8.RuneSelf) {
				dels = foldWord(b, start, i, pairs, dels)
			}
			start = -1
		}
		if i < len(b) && b[i] == 0xE5 && i+2 < len(b) && b[i+1] == 0x9B && b[i+2] == 0xBD { // 国
			dels = foldCounter(b, i, dels)
		}
	}
	return dels
}

// The letter pairs that the rules of foldWord need somewhere in a word.
const (
	pairIS uint8 = 1 << iota
	pairYS
	pairOU
	pairRE
	pairNC
	pairMM
	pairLL
)

// letterOf is the lower-case letter of each ASCII letter byte, 0 for other bytes; pairOf
// the pair bit of each two lower-case letters (a-z × a-z).
var letterOf, pairOf = func() (l [256]byte, p [26 * 26]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		l[c], l[c-'a'+'A'] = byte(c), byte(c)
	}
	set := func(a, z byte, bit uint8) { p[int(a-'a')*26+int(z-'a')] = bit }
	set('i', 's', pairIS)
	set('y', 's', pairYS)
	set('o', 'u', pairOU)
	set('r', 'e', pairRE)
	set('n', 'c', pairNC)
	set('m', 'm', pairMM)
	set('l', 'l', pairLL)
	return
}()

// lower is the ASCII letter c in lower case.
func lower(c byte) byte { return c | 0x20 }

// hasSuffixFold reports whether the word w ends with suf (lower case), ignoring case.
func hasSuffixFold(w []byte, suf string) bool {
	if len(suf) > len(w) {
		return false
	}
	w = w[len(w)-len(suf):]
	for i := 0; i < len(suf); i++ {
		if lower(w[i]) != suf[i] {
			return false
		}
	}
	return true
}

func hasPrefixFold(w []byte, pre string) bool {
	return len(w) >= len(pre) && hasSuffixFold(w[:len(pre)], pre)
}

// setLetter writes the lower-case letter c at w[i] in the case of the letter there.
func setLetter(w []byte, i int, c byte) {
	if w[i] >= 'A' && w[i] <= 'Z' {
		c -= 'a' - 'A'
	}
	w[i] = c
}

func isVowel(c byte) bool {
	switch lower(c) {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

var (
	ceWords = []string{"defenc", "offenc", "licenc", "pretenc"}
	reWords = []string{"fibre", "calibre", "sabre", "sombre", "meagre"}
	// the endings after -is-, -our, -ll and -lys, each written with what it follows
	izeEnds  = withPrefix("is", "ations", "ational", "ation", "able", "ing", "ers", "er", "es", "ed", "e")
	ourEnds  = withPrefix("our", "hoods", "hood", "less", "ably", "able", "ites", "ite", "ists", "ist", "ism", "ing", "ers", "ful", "er", "ed", "ly", "s", "")
	lledEnds = withPrefix("ll", "ers", "ing", "ed", "er")
	lysEnds  = withPrefix("lys", "ing", "ed", "e")
)

// withPrefix returns p+end for each end, listed under its last letter, longest first.
func withPrefix(p string, ends ...string) (out [26][]string) {
	for _, e := range ends {
		w := p + e
		k := w[len(w)-1] - 'a'
		out[k] = append(out[k], w)
	}
	return out
}

// izeStem reports whether p, the letters before the -is- of a British -ise word, ends as
// the stem of an -ize verb does (see the package's notes on the fold).
func izeStem(p []byte) bool {
	n := len(p)
	switch {
	case hasSuffixFold(p, "al"):
		return n >= 4
	case hasSuffixFold(p, "n"):
		return n >= 4
	case hasSuffixFold(p, "ar"):
		return n >= 4
	}
	for _, e := range []string{"at", "il", "it", "im", "or", "er", "og", "as", "es", "id", "ard", "ol", "ur"} {
		if hasSuffixFold(p, e) {
			return n >= 3
		}
	}
	return false
}

// foldWord folds the word b[s:e] (ASCII letters), which has the letter pairs pairs.
func foldWord(b []byte, s, e int, pairs uint8, dels []deletion) []deletion {
	w := b[s:e]
	is, ys, ou, re := pairs&pairIS != 0, pairs&pairYS != 0, pairs&pairOU != 0, pairs&pairRE != 0
	nc, mm, ll := pairs&pairNC != 0, pairs&pairMM != 0, pairs&pairLL != 0
	last := lower(w[len(w)-1]) - 'a'
	if nc {
		dels, done := foldCE(w, dels)
		if done {
			return dels
		}
	}
	if is {
		for _, end := range izeEnds[last] {
			if !hasSuffixFold(w, end) {
				continue
			}
			p := w[:len(w)-len(end)]
			if izeStem(p) && !(len(p) == 5 && hasPrefixFold(p, "treat")) {
				setLetter(w, len(p)+1, 'z')
				return dels
			}
			break
		}
	}
	if ys {
		for _, end := range lysEnds[last] {
			if hasSuffixFold(w, end) && len(w) >= 6 {
				setLetter(w, len(w)-len(end)+2, 'z')
				return dels
			}
		}
	}
	if ou {
		for _, end := range ourEnds[last] {
			if !hasSuffixFold(w, end) {
				continue
			}
			if p := w[:len(w)-len(end)]; ourStem(p) {
				return append(dels, deletion{int32(s + len(p) + 1), 1}) // the u
			}
			break
		}
	}
	if re {
		for _, end := range []string{"tres", "tre"} {
			if hasSuffixFold(w, end) {
				i := len(w) - len(end) + 1
				w[i], w[i+1] = w[i+1], w[i]
				return dels
			}
		}
		for _, r := range reWords {
			if hasPrefixFold(w, r) && (len(w) == len(r) || len(w) == len(r)+1 && lower(w[len(r)]) == 's') {
				i := len(r) - 2
				w[i], w[i+1] = w[i+1], w[i]
				return dels
			}
		}
	}
	if mm {
		for _, end := range []string{"grammes", "gramme"} {
			if hasSuffixFold(w, end) {
				return append(dels, deletion{int32(s + len(w) - len(end) + 4), 2}) // the final me
			}
		}
	}
	if ll {
		for _, end := range lledEnds[last] {
			if !hasSuffixFold(w, end) {
				continue
			}
			if p := w[:len(w)-len(end)]; lledStem(p) {
				return append(dels, deletion{int32(s + len(p)), 1})
			}
			break
		}
	}
	return dels
}

// foldCE folds defence, offence, licence, pretence and their derivatives.
func foldCE(w []byte, dels []deletion) ([]deletion, bool) {
	for _, p := range ceWords {
		if hasPrefixFold(w, p) && len(w) > len(p) && lower(w[len(p)]) == 'e' {
			setLetter(w, len(p)-1, 's')
			return dels, true
		}
	}
	return dels, false
}

// ourStem reports whether p, the letters before a final -our, ends in a consonant after a
// vowel or in -vi-.
func ourStem(p []byte) bool {
	n := len(p)
	if n >= 3 && hasSuffixFold(p, "vi") {
		return true
	}
	if n < 2 || isVowel(p[n-1]) {
		return false
	}
	for _, c := range p[:n-1] {
		if isVowel(c) {
			return true
		}
	}
	return false
}

// lledStem reports whether p, the letters before a doubled l, ends in e or a after a
// consonant and has a vowel before that consonant: a word of two syllables or more.
func lledStem(p []byte) bool {
	n := len(p)
	if n < 3 {
		return false
	}
	if v := lower(p[n-1]); v != 'e' && v != 'a' || isVowel(p[n-2]) {
		return false
	}
	for _, c := range p[:n-2] {
		if isVowel(c) {
			return true
		}
	}
	return false
}

// counters are the ways Japanese writes the counter of countries before 国.
var counters = []string{"か", "カ", "ヶ", "ヵ", "ケ", "箇"}

const kanjiDigits = "一二三四五六七八九"

// foldCounter folds the counter before the 国 at b[i] (see the package's notes).
func foldCounter(b []byte, i int, dels []deletion) []deletion {
	if i < 4 {
		return dels
	}
	if !slices.Contains(counters, string(b[i-3:i])) {
		return dels
	}
	j := i - 3 // the counter
	prev, w := utf8.DecodeLastRune(b[:j])
	switch {
	case prev >= '0' && prev <= '9', prev == '十', prev == '数', prev == '何':
		copy(b[j:i], "か")
	case strings.ContainsRune(kanjiDigits, prev):
		copy(b[j:i], "か")
		before, _ := utf8.DecodeLastRune(b[:j-w])
		if before >= '0' && before <= '9' || strings.ContainsRune(kanjiDigits+"〇十百千万", before) {
			break
		}
		d := strings.IndexRune(kanjiDigits, prev) / len("一")
		b[j-w] = byte('1' + d)
		dels = append(dels, deletion{int32(j - w + 1), int32(w - 1)})
	}
	return dels
}

// Fold applies the matching fold ([Fold]) to sh: afterwards sh.Text == Fold(Key(original)),
// and Span still maps its bytes to the original text.
func (sh *Shadow) Fold() {
	dels := foldBytes(sh.buf, sh.dels[:0])
	sh.dels = dels[:0]
	if len(dels) > 0 {
		shift := int32(0)
		for _, d := range dels {
			if end := d.at + d.n; d.at > 0 && (int(end) == len(sh.buf) || letterOf[sh.buf[end]] == 0) {
				_, e := sh.at(int(end) - 1)
				sh.tails = append(sh.tails, tail{p: d.at - shift - 1, e: int32(e)})
			}
			shift += d.n
		}
		out := deleteFromRuns(sh.runs, dels, sh.spare[:0])
		sh.runs, sh.spare = out, sh.runs[:0]
		sh.buf = applyDeletions(sh.buf, dels)
	}
	sh.Text = unsafe.String(unsafe.SliceData(sh.buf), len(sh.buf))
}

// deleteFromRuns returns the runs of a shadow after dels are taken from its text: an
// identity run is split around a deletion, a fixed run keeps its original range.
func deleteFromRuns(runs []run, dels []deletion, out []run) []run {
	shift := int32(0) // bytes deleted before the current position
	di := 0
	for k, r := range runs {
		end := int32(1 << 30)
		if k+1 < len(runs) {
			end = runs[k+1].s
		}
		pos := r.s
		for pos < end {
			// the next deletion at or after pos, if inside this run
			for di < len(dels) && dels[di].at+dels[di].n <= pos {
				di++
			}
			if di < len(dels) && dels[di].at <= pos {
				// pos is deleted: skip to the deletion's end, within this run
				skip := min(dels[di].at+dels[di].n, end) - pos
				shift += skip
				pos += skip
				continue
			}
			stop := end
			if di < len(dels) && dels[di].at < stop {
				stop = dels[di].at
			}
			nr := run{s: pos - shift, o: r.o, e: r.e, identity: r.identity}
			if r.identity {
				nr.o = r.o + pos - r.s
			}
			if m := len(out) - 1; m >= 0 && out[m].s == nr.s {
				out[m] = nr // an empty piece before
			} else if !(m >= 0 && !nr.identity && !out[m].identity && out[m].o == nr.o && out[m].e == nr.e) {
				out = append(out, nr)
			}
			pos = stop
		}
	}
	return out
}
