package align

import (
	"slices"
	"strconv"

	"github.com/glossterm/gloss/internal/morph"
)

// sessionOrdinal returns the English ordinals of the number that units[a] writes when it
// stands between 第 and a counter (第10回, 第3次): the session of a meeting that recurs, or
// the round of a plan, which English numbers by the ordinal opening the name ("10th",
// "tenth"), a word of the name as the parties and the head are, where a dictionary has no
// entry for the digits. A number after 第 with no counter after it is the ordinal of a
// dictionary word (第1列島線, see kanjiOrdinal), and a part of a document (第5条) is
// numbered, not counted; nil for those and for any other number.
func sessionOrdinal(units []morph.Token, a int) []string {
	if a == 0 || a+1 >= len(units) || units[a-1].Surface != "第" || units[a].POSAt(1) != "数" || units[a+1].POSAt(2) != "助数詞" {
		return nil
	}
	if units[a-1].End != units[a].Start || units[a].End != units[a+1].Start {
		return nil
	}
	if numberedPartRE.MatchString("第" + units[a].Surface + units[a+1].Surface) {
		return nil
	}
	n := jaNumber(units[a].Surface)
	if n <= 0 {
		return nil
	}
	out := []string{ordinalSuffix(n)}
	if n <= len(ordinalWords) {
		out = append(out, ordinalWords[n-1])
	}
	return out
}

// ordinalSuffix writes n as an ordinal in digits: 1st, 2nd, 3rd, 11th, 22nd, 10th.
func ordinalSuffix(n int) string {
	s := strconv.Itoa(n)
	switch {
	case n%100 >= 11 && n%100 <= 13:
		return s + "th"
	case n%10 == 1:
		return s + "st"
	case n%10 == 2:
		return s + "nd"
	case n%10 == 3:
		return s + "rd"
	}
	return s + "th"
}

// unnumberedPart takes the English ordinal back from the session's number of a candidate
// that is never a term of its own, only a part cut from a longer one (第9回外相 of
// 第9回外相会合), or that ends in the ordinal: the ordinal numbers the meeting, the head
// of the whole name, and a part cut before that head has nothing for it to number. cs is
// not changed.
func unnumberedPart(jc *jaCand, cs []constituent) []constituent {
	cut := jc.maximal == 0 && !jc.phrasal
	var out []constituent
	for k, c := range cs {
		if !cut && k < len(cs)-1 || k == 0 || cs[k-1].text != "第" || len(c.units) != 2 || c.units[0].POSAt(1) != "数" || c.units[1].POSAt(2) != "助数詞" {
			continue
		}
		if out == nil {
			out = slices.Clone(cs)
		}
		out[k].words, out[k].glosses, out[k].gheads, out[k].known = nil, nil, nil, false
	}
	if out == nil {
		return cs
	}
	return out
}
