package tm

import (
	"context"
	"fmt"
	"hash/fnv"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/internal/textnorm"
)

// The rules of [Memory.Clean].
const (
	RuleDuplicate      = "duplicate"       // the same pair but for spacing, hyphens and dots in the English; the newest is kept
	RuleEmptyTarget    = "empty-target"    // no English text
	RuleUntranslated   = "untranslated"    // the English is the Japanese, or mostly Japanese script
	RuleTagMismatch    = "tag-mismatch"    // the two sides' inline codes differ, or a bpt has no ept
	RuleNumberMismatch = "number-mismatch" // a number on one side is on the other in no form
	RuleLengthRatio    = "length-ratio"    // the English is far longer or shorter than the memory's other units say
)

// Rules lists every rule of Clean.
var Rules = []string{RuleDuplicate, RuleEmptyTarget, RuleUntranslated, RuleTagMismatch, RuleNumberMismatch, RuleLengthRatio}

// Problem is one finding of Clean.
type Problem struct {
	Rule string
	Unit *Unit
	Msg  string
}

// Clean checks the units f selects with the given rules (nil: all) and returns the
// problems, in unit order.
func (m *Memory) Clean(ctx context.Context, f Filter, rules []string) ([]Problem, error) {
	on := map[string]bool{}
	for _, r := range rules {
		on[r] = true
	}
	if len(rules) == 0 {
		for _, r := range Rules {
			on[r] = true
		}
	}
	// Only what is needed is kept of each unit, so that a large memory is checked in
	// bounded memory: the problems by unit id, a hash per pair for duplicates, a ratio
	// per unit; the flagged units are read again at the end.
	type found struct {
		rule, msg string
		id        int64
	}
	var out []found
	type kept struct {
		id           int64
		date, origin string
	}
	dups := map[uint64]kept{}
	type ratio struct {
		id int64
		r  float64
	}
	var ratios []ratio
	err := m.Store.Scan(ctx, func(u *Unit) bool {
		if !f.Match(u) {
			return true
		}
		add := func(rule, format string, args ...any) {
			out = append(out, found{rule, fmt.Sprintf(format, args...), u.ID})
		}
		empty := strings.TrimSpace(u.EN) == ""
		if on[RuleEmptyTarget] && empty {
			add(RuleEmptyTarget, "no English text")
		}
		if on[RuleUntranslated] && !empty && untranslated(u) {
			add(RuleUntranslated, "the English side is Japanese text")
		}
		if on[RuleTagMismatch] && (u.JAMarkup != "" || u.ENMarkup != "") {
			if msg := tagProblem(u); msg != "" {
				add(RuleTagMismatch, "%s", msg)
			}
		}
		if on[RuleNumberMismatch] && !empty {
			if msg := numberProblem(u.JA, u.EN); msg != "" {
				add(RuleNumberMismatch, "%s", msg)
			}
		}
		if on[RuleDuplicate] {
			h := fnv.New64a()
			h.Write([]byte(u.JAKey + "\x00" + textnorm.Loose(u.EN)))
			k := h.Sum64()
			d := date(u)
			if prev, ok := dups[k]; ok {
				// keep the newer (the later added when equal); report the other
				older, keep := prev.id, kept{u.ID, d, u.Origin}
				if d < prev.date {
					older, keep = u.ID, prev
				}
				dups[k] = keep
				out = append(out, found{RuleDuplicate, fmt.Sprintf("the same pair as unit %d (%s), which is kept", keep.id, keep.origin), older})
			} else {
				dups[k] = kept{u.ID, d, u.Origin}
			}
		}
		if on[RuleLengthRatio] && !empty {
			ja, en := letters(u.JA), letters(u.EN)
			if ja >= minRatioChars {
				ratios = append(ratios, ratio{u.ID, math.Log(float64(en) / float64(ja))})
			}
		}
		return true
	})
	if err != nil {
		return nil, err
	}
	if len(ratios) > 0 {
		lo, hi := ratioBounds(func(yield func(float64)) {
			for _, r := range ratios {
				yield(r.r)
			}
		}, len(ratios))
		for _, r := range ratios {
			if r.r < lo || r.r > hi {
				out = append(out, found{RuleLengthRatio, fmt.Sprintf("the English is %.1f× the Japanese in characters; the memory's units are %.1f× to %.1f×",
					math.Exp(r.r), math.Exp(lo), math.Exp(hi)), r.id})
			}
		}
	}
	if len(out) == 0 {
		return nil, nil
	}
	units := map[int64]*Unit{}
	for _, p := range out {
		units[p.id] = nil
	}
	if err := m.Store.Scan(ctx, func(u *Unit) bool {
		if _, ok := units[u.ID]; ok {
			units[u.ID] = u
		}
		return true
	}); err != nil {
		return nil, err
	}
	var probs []Problem
	for _, p := range out {
		if u := units[p.id]; u != nil {
			probs = append(probs, Problem{p.rule, u, p.msg})
		}
	}
	sort.SliceStable(probs, func(i, j int) bool { return probs[i].Unit.ID < probs[j].Unit.ID })
	return probs, nil
}

// minRatioChars is the Japanese length below which the length ratio is not checked:
// headings and terms vary too much.
const minRatioChars = 8

// The length-ratio bounds: with at least minRatioUnits units, the median of the log ratio
// ± ratioMADs robust standard deviations (1.4826 × the median absolute deviation, at
// least minSpread); with fewer, fixed bounds around the usual 2–4 English characters per
// Japanese character.
const (
	minRatioUnits = 30
	ratioMADs     = 4
	minSpread     = 0.2
)

var fixedLo, fixedHi = math.Log(0.7), math.Log(9)

func ratioBounds(each func(func(float64)), n int) (lo, hi float64) {
	if n < minRatioUnits {
		return fixedLo, fixedHi
	}
	xs := make([]float64, 0, n)
	each(func(x float64) { xs = append(xs, x) })
	sort.Float64s(xs)
	med := xs[len(xs)/2]
	dev := make([]float64, len(xs))
	for i, x := range xs {
		dev[i] = math.Abs(x - med)
	}
	sort.Float64s(dev)
	s := max(1.4826*dev[len(dev)/2], minSpread)
	return med - ratioMADs*s, med + ratioMADs*s
}

// letters counts the runes of s that are not white space or punctuation.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) && !unicode.IsPunct(r) {
			n++
		}
	}
	return n
}

func untranslated(u *Unit) bool {
	if u.ENKey == u.JAKey {
		return true
	}
	ja, all := 0, 0
	for _, r := range u.EN {
		if unicode.IsLetter(r) {
			all++
			if unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Han) {
				ja++
			}
		}
	}
	return all > 0 && ja*2 > all
}

// tagProblem compares the inline codes of the two sides.
func tagProblem(u *Unit) string {
	if _, ok := MarkupText(u.JAMarkup); u.JAMarkup != "" && !ok {
		return "the Japanese inline codes are not well-formed"
	}
	if _, ok := MarkupText(u.ENMarkup); u.ENMarkup != "" && !ok {
		return "the English inline codes are not well-formed"
	}
	ja, en := Tags(u.JAMarkup), Tags(u.ENMarkup)
	for _, side := range []struct {
		name string
		tags []string
	}{{"Japanese", ja}, {"English", en}} {
		open := map[string]int{}
		for _, t := range side.tags {
			name, id, _ := strings.Cut(t, ":")
			switch name {
			case "bpt":
				open[id]++
			case "ept":
				open[id]--
			}
		}
		for id, n := range open {
			if n != 0 {
				return fmt.Sprintf("the %s side has an unpaired bpt/ept (%s)", side.name, id)
			}
		}
	}
	count := func(tags []string) map[string]int {
		m := map[string]int{}
		for _, t := range tags {
			m[t]++
		}
		return m
	}
	cj, ce := count(ja), count(en)
	var diff []string
	for t, n := range cj {
		if ce[t] != n {
			diff = append(diff, fmt.Sprintf("%s ×%d in ja, ×%d in en", t, n, ce[t]))
		}
	}
	for t, n := range ce {
		if _, ok := cj[t]; !ok {
			diff = append(diff, fmt.Sprintf("%s ×0 in ja, ×%d in en", t, n))
		}
	}
	sort.Strings(diff)
	if len(diff) > 0 {
		return "inline codes differ: " + strings.Join(diff, "; ")
	}
	return ""
}

var digits = regexp.MustCompile(`[0-9]+(?:[.,][0-9]+)*`)

// numbersIn returns the numbers written in digits in s (NFKC-folded; thousands
// separators dropped; leading zeros dropped). Digits joined to Latin letters (COVID-19,
// F-35, G7, 5G) are part of a name, not a quantity, and are left out: the other language
// may name the thing without them (新型コロナウイルス).
func numbersIn(s string) []string {
	var out []string
	k := textnorm.Key(s)
	for _, loc := range digits.FindAllStringIndex(k, -1) {
		if designator(k, loc[0], loc[1]) {
			continue
		}
		m := strings.ReplaceAll(k[loc[0]:loc[1]], ",", "")
		m = strings.TrimRight(strings.TrimSuffix(m, "."), ".")
		if t := strings.TrimLeft(m, "0"); t != "" && t[0] != '.' {
			m = t
		} else if t == "" {
			m = "0"
		}
		out = append(out, m)
	}
	return out
}

var (
	months = map[string]string{"january": "1", "february": "2", "march": "3", "april": "4", "may": "5", "june": "6",
		"july": "7", "august": "8", "september": "9", "october": "10", "november": "11", "december": "12",
		"jan": "1", "feb": "2", "mar": "3", "apr": "4", "jun": "6", "jul": "7", "aug": "8", "sep": "9", "sept": "9", "oct": "10", "nov": "11", "dec": "12"}
	numberWords = map[string]string{"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
		"eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "first": "1", "second": "2", "third": "3",
		"fourth": "4", "fifth": "5", "sixth": "6", "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10",
		"twice": "2", "both": "2", "dozen": "12", "hundred": "100", "thousand": "1000", "million": "1000000", "billion": "1000000000"}
	roman    = regexp.MustCompile(`(?i)\b(article|section|chapter|part|title|phase|annex|paragraph)\s+([ivxl]+)\b`)
	eraYear  = regexp.MustCompile(`(令和|平成|昭和)([0-9]+|元)年`)
	kanjiNum = regexp.MustCompile(`[〇零一二三四五六七八九十百千万億]+`)
)

// englishNumbers is every number the English writes: in digits, as month names, number
// words, and Roman numerals after Article, Section, Chapter and the like.
func englishNumbers(s string) map[string]bool {
	out := map[string]bool{}
	for _, n := range numbersIn(s) {
		out[n] = true
	}
	for _, w := range englishWords(s) {
		if n, ok := months[w.Key]; ok {
			out[n] = true
		}
		if n, ok := numberWords[w.Key]; ok {
			out[n] = true
		}
	}
	for _, m := range roman.FindAllStringSubmatch(s, -1) {
		if v := romanValue(strings.ToUpper(m[2])); v > 0 {
			out[strconv.Itoa(v)] = true
		}
	}
	return out
}

// westernYears rewrites era years as Western years (令和6年 → 2024年).
func westernYears(s string) string {
	return eraYear.ReplaceAllStringFunc(s, func(m string) string {
		sm := eraYear.FindStringSubmatch(m)
		y := 1
		if sm[2] != "元" {
			y, _ = strconv.Atoi(sm[2])
		}
		base := map[string]int{"令和": 2018, "平成": 1988, "昭和": 1925}[sm[1]]
		return strconv.Itoa(base+y) + "年"
	})
}

// japaneseNumbers is every number the Japanese (with era years made Western) writes: in
// digits and in kanji numerals; 両 (both) is two.
func japaneseNumbers(s string) map[string]bool {
	out := map[string]bool{}
	for _, n := range numbersIn(s) {
		out[n] = true
	}
	k := textnorm.Key(s)
	for _, m := range kanjiNum.FindAllString(k, -1) {
		if v, ok := kanjiValue(m); ok {
			out[strconv.FormatInt(v, 10)] = true
		}
	}
	if strings.Contains(k, "両") {
		out["2"] = true // 両国, 両首脳: both
	}
	return out
}

// designator reports whether the digits k[i:j] are joined to a Latin letter: before
// them, directly or through a hyphen, or after them.
func designator(k string, i, j int) bool {
	latin := func(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }
	if i > 0 && latin(k[i-1]) || i > 1 && k[i-1] == '-' && latin(k[i-2]) {
		return true
	}
	return j < len(k) && latin(k[j]) && !(j+1 < len(k) && latin(k[j+1]))
}

func romanValue(s string) int {
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50}
	total := 0
	for i := 0; i < len(s); i++ {
		v := val[s[i]]
		if i+1 < len(s) && val[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

// kanjiValue reads a kanji numeral: 五, 十五, 二千二十四, 二〇二四 (digit by digit).
func kanjiValue(s string) (int64, bool) {
	digit := map[rune]int64{'〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	unit := map[rune]int64{'十': 10, '百': 100, '千': 1000}
	big := map[rune]int64{'万': 10000, '億': 100000000}
	positional := true
	for _, r := range s {
		if _, ok := digit[r]; !ok {
			positional = false
		}
	}
	if positional && utf8.RuneCountInString(s) > 1 {
		var v int64
		for _, r := range s {
			v = v*10 + digit[r]
		}
		return v, true
	}
	var total, section, cur int64
	seen := false
	for _, r := range s {
		switch {
		case digit[r] > 0 || r == '〇' || r == '零':
			cur = digit[r]
			seen = true
		case unit[r] > 0:
			if cur == 0 {
				cur = 1
			}
			section += cur * unit[r]
			cur = 0
			seen = true
		case big[r] > 0:
			total += (section + cur) * big[r]
			section, cur = 0, 0
		}
	}
	return total + section + cur, seen
}

// numberProblem reports the numbers one side writes in digits that the other writes in
// no form it is read in.
func numberProblem(ja, en string) string {
	ja = westernYears(textnorm.Key(ja))
	jn, en2 := japaneseNumbers(ja), englishNumbers(en)
	var missing []string
	for _, n := range numbersIn(ja) {
		if !en2[n] {
			missing = append(missing, n+" (ja) not in the English")
		}
	}
	for _, n := range numbersIn(en) {
		if !jn[n] {
			missing = append(missing, n+" (en) not in the Japanese")
		}
	}
	if len(missing) == 0 {
		return ""
	}
	return "numbers differ: " + strings.Join(dedupe(missing), ", ")
}

func dedupe(s []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}
