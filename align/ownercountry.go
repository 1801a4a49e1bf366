package align

import "strings"

// The country a body belongs to, after its name.
//
// English names a national body with the state it belongs to in an of-phrase after the
// head ("the Self-Defense Forces of Japan", "the Coast Guard of Japan"); Japanese names the
// same body without the state, which the context gives (自衛隊, 海上保安庁). A dictionary may
// gloss such a body with its country ("Japan Self-Defense Force"), so the of-phrase looks
// explained and the longer span wins, yet the Japanese term holds no word for the state:
// its rendering is the name before the of-phrase. A term that names a state itself (日本の
// 自衛隊, 米国防省) keeps the phrase; the whole name is proposed for review beside the bare
// one, as for a post that keeps its country (see keepsBareName).

// ownerCountry returns the part of an English rendering before a final of-phrase that
// names one country ("Self-Defense Forces" of "Self-Defense Forces of Japan"), or "" when
// the rendering ends in no such phrase.
func ownerCountry(surface string) string {
	at := strings.LastIndex(surface, " of ")
	if at <= 0 {
		return ""
	}
	tail := strings.TrimPrefix(surface[at+len(" of "):], "the ")
	if strings.Contains(tail, " ") || !englishCountry[strings.Trim(tail, ".,")] {
		return ""
	}
	return surface[:at]
}

// dropOwner returns, for a full rendering o of a term that names no state, the full
// rendering of the name without the country of its final of-phrase, when the segment
// writes it and it renders the term whole; the whole name goes to review (see above).
func (r *run) dropOwner(jc *jaCand, cs []constituent, nonAffix int, o option, seg int) (option, bool) {
	if !o.full || o.g == nil || namesState(jc.units) {
		return option{}, false
	}
	bare := ownerCountry(o.g.Surface)
	if bare == "" {
		return option{}, false
	}
	g := r.en.Lookup(bare)
	if g == nil || !r.bitEN[seg][g.Key] {
		return option{}, false
	}
	w, ok := r.rate(jc, cs, nonAffix, g, true)
	if !ok || !w.full {
		return option{}, false
	}
	b := r.bitext[seg]
	r.add(jc.text, o.g.Surface, Evidence{Type: EvBitext, Doc: b.Doc, Line: b.Line, Quote: quote(b.EN),
		Detail: "the whole name, " + bare + " and the country after it"})
	return w, true
}
