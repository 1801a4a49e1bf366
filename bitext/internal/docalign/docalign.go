// Package docalign aligns the sentences of a Japanese document with those of its English
// translation by a length-based dynamic program in the style of Gale and Church (1993),
// helped by anchors that occur on both sides.
//
//	beads := docalign.Align(jaSents, enSents, docalign.Options{Terms: terms})
//	for _, b := range beads {
//		fmt.Println(b.Kind(), jaSents[b.JA0:b.JA1], enSents[b.EN0:b.EN1])
//	}
//
// Lengths are counted in runes without white space. Japanese and English lengths differ
// about twofold (about 2.2 English characters per Japanese character, more in kanji-dense
// policy prose), so the ratio c is estimated per document pair as Σ|EN| / Σ|JA|, never
// fixed at 1. A bead of Japanese length l1 and English length l2 costs
//
//	−log P(kind) − log 2(1 − Φ(|δ|)),  δ = (l2 − c·l1) / √(s²·l1)
//
// over the moves 1-1, 1-2, 2-1, 1-0 and 0-1 (priors 0.89, 0.089, 0.089, 0.0099, 0.0099).
// s² starts at 2c (the 4.3 measured on Japanese–English sentence pairs at c ≈ 2.15) and is
// re-estimated from the median of the 1-1 beads of a first pass. The length cost is capped
// at 6 nats, since translations' lengths have heavy tails. Anchors — numbers of two or more
// digits, Latin acronyms and words (NATO, EDD) and given term pairs (拡大抑止 = extended
// deterrence) found on both sides of a bead — lower its cost by [AnchorBonus] each; an
// anchor on one side of a bead only raises it by [AnchorPenalty]. The search is monotone and, on long documents, banded around the diagonal.
package docalign

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bead is one aligned group: Japanese sentences [JA0, JA1) with English sentences
// [EN0, EN1). Either side may be empty (a 1-0 or 0-1 bead).
type Bead struct {
	JA0, JA1, EN0, EN1 int
	Cost               float64
	Anchors            int // anchors shared by the two sides
}

// Kind is the bead's shape: "1-1", "2-1", "1-2", "1-0" or "0-1".
func (b Bead) Kind() string {
	return string(rune('0'+b.JA1-b.JA0)) + "-" + string(rune('0'+b.EN1-b.EN0))
}

// TermPair is a Japanese term and one English rendering, an anchor when both occur.
type TermPair struct{ JA, EN string }

// Options configure Align.
type Options struct {
	// Ratio is English characters per Japanese character; 0 estimates it from the documents.
	Ratio float64
	// Variance is s²; 0 starts at the ratio and re-estimates it from a first pass.
	Variance float64
	// Terms are term pairs used as anchors (the glossary's approved pairs).
	Terms []TermPair
	// NoAnchors aligns by length alone.
	NoAnchors bool
}

// AnchorBonus is what each anchor on both sides of a bead takes off its cost (in nats), and
// AnchorPenalty what each anchor on one side only adds (its partner lies in another bead),
// each counted up to maxAnchors.
const (
	AnchorBonus   = 2.0
	AnchorPenalty = 1.0
	maxAnchors    = 5
)

// maxCells bounds the cells of the dynamic program; longer documents use a band.
var maxCells = 8 << 20

// Align aligns the Japanese sentences ja with the English sentences en. It returns the
// beads in order, covering both sides; nil when both are empty.
func Align(ja, en []string, opts Options) []Bead {
	l1, l2 := lengths(ja), lengths(en)
	var a1, a2 [][]int
	if !opts.NoAnchors {
		a1, a2 = anchors(ja, en, opts.Terms)
	}
	c := opts.Ratio
	if c <= 0 {
		c = Ratio(l1, l2)
	}
	s2 := opts.Variance
	if s2 > 0 {
		return AlignLengths(l1, l2, c, s2, a1, a2)
	}
	beads := AlignLengths(l1, l2, c, 2*c, a1, a2)
	// second pass: s² from the 1-1 beads of the first, by the median (robust to the
	// outliers translations have: an apposition, a name spelt out)
	var ds []float64
	for _, b := range beads {
		if b.Kind() == "1-1" && l1[b.JA0] > 0 {
			d := float64(l2[b.EN0]) - c*float64(l1[b.JA0])
			ds = append(ds, d*d/float64(l1[b.JA0]))
		}
	}
	if len(ds) < 5 {
		return beads
	}
	slices.Sort(ds)
	est := ds[len(ds)/2] / 0.455 // the median of χ²(1)
	est = math.Min(math.Max(est, c/2), 16*c)
	return AlignLengths(l1, l2, c, est, a1, a2)
}

// Ratio estimates English characters per Japanese character: Σl2 / Σl1, 2.2 when either
// side is empty, bounded to [0.5, 6].
func Ratio(l1, l2 []int) float64 {
	s1, s2 := 0, 0
	for _, n := range l1 {
		s1 += n
	}
	for _, n := range l2 {
		s2 += n
	}
	if s1 == 0 || s2 == 0 {
		return 2.2
	}
	return math.Min(math.Max(float64(s2)/float64(s1), 0.5), 6)
}

func lengths(ss []string) []int {
	out := make([]int, len(ss))
	for i, s := range ss {
		for _, r := range s {
			if !unicode.IsSpace(r) {
				out[i]++
			}
		}
	}
	return out
}

// move is one kind of bead.
type move struct {
	di, dj int
	cost   float64 // −log prior
}

var moves = []move{
	{1, 1, -math.Log(0.89)},
	{2, 1, -math.Log(0.089)},
	{1, 2, -math.Log(0.089)},
	{1, 0, -math.Log(0.0099)},
	{0, 1, -math.Log(0.0099)},
}

// AlignLengths is the dynamic program on lengths: l1 Japanese, l2 English, ratio c,
// variance s2, and optionally the anchor ids of each sentence (a1, a2: nil for none).
// Negative lengths count as 0.
func AlignLengths(l1, l2 []int, c, s2 float64, a1, a2 [][]int) []Bead {
	n, m := len(l1), len(l2)
	if n == 0 && m == 0 {
		return nil
	}
	if c <= 0 || math.IsNaN(c) || math.IsInf(c, 0) {
		c = 1
	}
	if s2 <= 0 || math.IsNaN(s2) || math.IsInf(s2, 0) {
		s2 = 6.8
	}
	// the band: for row i, columns center(i) ± w
	w := m + 1
	if n > 0 && m > 0 && (n+1)*(m+1) > maxCells {
		// consecutive rows' centers are at most ⌈m/n⌉ apart: the band stays connected
		w = max(maxCells/(n+1)/2, (m+n-1)/n+10)
	}
	lo := func(i int) int { return max(0, center(i, n, m)-w) }
	hi := func(i int) int { return min(m, center(i, n, m)+w) } // inclusive
	inf := math.Inf(1)
	cost := make([][]float64, n+1)
	back := make([][]int8, n+1)
	for i := 0; i <= n; i++ {
		width := hi(i) - lo(i) + 1
		cost[i] = make([]float64, width)
		back[i] = make([]int8, width)
		for k := range cost[i] {
			cost[i][k] = inf
			back[i][k] = -1
		}
	}
	get := func(i, j int) float64 {
		if i < 0 || j < lo(i) || j > hi(i) {
			return inf
		}
		return cost[i][j-lo(i)]
	}
	cost[0][0-lo(0)] = 0
	for i := 0; i <= n; i++ {
		for j := lo(i); j <= hi(i); j++ {
			if i == 0 && j == 0 {
				continue
			}
			best, bm := inf, int8(-1)
			for k, mv := range moves {
				pi, pj := i-mv.di, j-mv.dj
				if pi < 0 || pj < 0 {
					continue
				}
				prev := get(pi, pj)
				if math.IsInf(prev, 1) {
					continue
				}
				x := prev + beadCost(l1[pi:i], l2[pj:j], mv, c, s2, sub(a1, pi, i), sub(a2, pj, j))
				if x < best {
					best, bm = x, int8(k)
				}
			}
			cost[i][j-lo(i)] = best
			back[i][j-lo(i)] = bm
		}
	}
	var out []Bead
	for i, j := n, m; i > 0 || j > 0; {
		k := back[i][j-lo(i)]
		if k < 0 {
			break // unreachable: cannot happen, the band always connects (0,0) to (n,m)
		}
		mv := moves[k]
		b := Bead{JA0: i - mv.di, JA1: i, EN0: j - mv.dj, EN1: j, Cost: get(i, j) - get(i-mv.di, j-mv.dj)}
		b.Anchors, _ = shared(sub(a1, b.JA0, b.JA1), sub(a2, b.EN0, b.EN1))
		out = append(out, b)
		i, j = b.JA0, b.EN0
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

// center is the diagonal column of row i.
func center(i, n, m int) int {
	if n == 0 {
		return 0
	}
	return int(int64(i) * int64(m) / int64(n))
}

func sub(a [][]int, from, to int) [][]int {
	if a == nil {
		return nil
	}
	return a[from:to]
}

// beadCost is the cost of one bead.
func beadCost(l1, l2 []int, mv move, c, s2 float64, a1, a2 [][]int) float64 {
	x1, x2 := 0.0, 0.0
	for _, n := range l1 {
		x1 += float64(max(n, 0))
	}
	for _, n := range l2 {
		x2 += float64(max(n, 0))
	}
	cost := mv.cost
	if mv.di > 0 && mv.dj > 0 {
		// δ against the mean of both sides' expectations, so that two empty sentences fit
		mean := (x1 + x2/c) / 2
		delta := (x2 - c*x1) / math.Sqrt(s2*math.Max(mean, 1))
		cost += -logProbDelta(delta)
	}
	if mv.di == 0 || mv.dj == 0 {
		return cost // an omitted sentence's anchors are naturally unmatched
	}
	both, one := shared(a1, a2)
	return cost - AnchorBonus*float64(min(both, maxAnchors)) + AnchorPenalty*float64(min(one, maxAnchors))
}

// logProbDelta is log 2(1 − Φ(|δ|)), bounded below by log minProb: lengths of real
// translations have heavy tails, and a bad length fit must not outweigh every anchor.
func logProbDelta(d float64) float64 {
	p := math.Erfc(math.Abs(d) / math.Sqrt2) // = 2(1 − Φ(|δ|))
	return math.Log(math.Max(p, minProb))
}

// minProb bounds the length probability of a bead from below (a length cost of 6 nats).
var minProb = math.Exp(-6)

// shared counts the distinct anchor ids occurring on both sides, and those occurring on
// one side only.
func shared(a1, a2 [][]int) (both, one int) {
	var ids []int
	for _, a := range [][][]int{a1, a2} {
		for _, l := range a {
			for _, id := range l {
				if !slices.Contains(ids, id) {
					ids = append(ids, id)
				}
			}
		}
	}
	for _, id := range ids {
		if anyHas(a1, id) && anyHas(a2, id) {
			both++
		} else {
			one++
		}
	}
	return both, one
}

// anchors returns the anchor ids of each sentence: numbers of two or more digits, Latin
// words of two or more letters (on the Japanese side; matched case-insensitively), and term
// pairs. Only anchors occurring on both sides are kept.
func anchors(ja, en []string, terms []TermPair) (a1, a2 [][]int) {
	ids := map[string]int{}
	id := func(k string) int {
		if v, ok := ids[k]; ok {
			return v
		}
		ids[k] = len(ids)
		return ids[k]
	}
	jaTokens := make([][]string, len(ja))
	inJA := map[string]bool{}
	for i, s := range ja {
		jaTokens[i] = tokens(s)
		for _, t := range jaTokens[i] {
			inJA[t] = true
		}
	}
	enTokens := make([][]string, len(en))
	for i, s := range en {
		for _, t := range tokens(s) {
			if inJA[t] {
				enTokens[i] = append(enTokens[i], t)
			}
		}
	}
	a1, a2 = make([][]int, len(ja)), make([][]int, len(en))
	inEN := map[string]bool{}
	for i, ts := range enTokens {
		for _, t := range ts {
			inEN[t] = true
			a2[i] = append(a2[i], id(t))
		}
	}
	for i, ts := range jaTokens {
		for _, t := range ts {
			if inEN[t] {
				a1[i] = append(a1[i], id(t))
			}
		}
	}
	lowerEN := make([]string, len(en))
	for i, s := range en {
		lowerEN[i] = strings.ToLower(s)
	}
	for _, tp := range terms {
		j, e := strings.TrimSpace(tp.JA), strings.ToLower(strings.TrimSpace(tp.EN))
		if utf8.RuneCountInString(j) < 2 || len(e) < 3 {
			continue
		}
		var hitJA []int
		for i, s := range ja {
			if strings.Contains(s, j) {
				hitJA = append(hitJA, i)
			}
		}
		if len(hitJA) == 0 {
			continue
		}
		k := -1
		for i, s := range lowerEN {
			if containsWord(s, e) {
				if k < 0 {
					k = id("term\x00" + j + "\x00" + e)
				}
				a2[i] = append(a2[i], k)
			}
		}
		if k >= 0 {
			for _, i := range hitJA {
				a1[i] = append(a1[i], k)
			}
		}
	}
	return a1, a2
}

// tokens returns the numbers of two or more digits and the Latin words of two or more
// letters of s, lower-cased, full-width forms folded. Of the English sentences' tokens only
// those the Japanese has are kept: in Japanese text they are numbers, acronyms and names.
func tokens(s string) []string {
	var out []string
	var b strings.Builder
	kind := 0 // 1 digits, 2 letters
	flush := func() {
		t := b.String()
		b.Reset()
		if kind == 1 && len(t) >= 2 || kind == 2 && len(t) >= 2 {
			out = append(out, t)
		}
		kind = 0
	}
	for _, r := range s {
		if r >= '０' && r <= '９' {
			r = r - '０' + '0'
		}
		if r >= 'Ａ' && r <= 'Ｚ' {
			r = r - 'Ａ' + 'A'
		}
		if r >= 'ａ' && r <= 'ｚ' {
			r = r - 'ａ' + 'a'
		}
		k := 0
		switch {
		case r >= '0' && r <= '9':
			k = 1
		case r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z':
			k = 2
		}
		if k != kind {
			flush()
		}
		kind = k
		if k != 0 {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	flush()
	return out
}

// containsWord reports whether s holds w at word boundaries.
func containsWord(s, w string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return false
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(w):])
		if (i == 0 || !isWordRune(before)) && (i+len(w) == len(s) || !isWordRune(after)) {
			return true
		}
		from = i + 1
	}
}

func anyHas(a [][]int, id int) bool {
	for _, ids := range a {
		if slices.Contains(ids, id) {
			return true
		}
	}
	return false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
