package lint

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/glossary"
)

// The parties of a joint statement speak of themselves. Japanese names them, coordinated,
// as the subject of a clause (日本とNATOは…, 日本及び英国は…); the English of the same
// statement, which has named them at its head, says "we". The first-person plural then
// renders the party: a missing-term or do-not-translate finding on it is a note, not an
// error, where the English of the document names the party elsewhere, as its reader needs
// to know who "we" are. Where the English never names it, the finding stays an error. The
// document's end decides (weNamesPass).

// weParty reports whether the source term at [start, end) of a Japanese source is a party
// coordinated with another name as the subject of its clause (日本とNATOは, NATOと日本が,
// 日本及びNATOは) and the English target says "we".
func weParty(src string, start, end int, tgt string) bool {
	return coordinatedSubject(src[:start], src[end:]) && hasWords(strings.ToLower(tgt), "we")
}

// coordinatedSubject reports whether a name between before and after is coordinated with
// another name as the subject of its clause: 日本と|NATO|は, |NATO|と日本が.
func coordinatedSubject(before, after string) bool {
	if subjectParticle(after) {
		for _, c := range partyCoordinators {
			if s, ok := strings.CutSuffix(before, c); ok && endsWithName(s) {
				return true // 日本とNATOは
			}
		}
		return false
	}
	for _, c := range partyCoordinators {
		if s, ok := strings.CutPrefix(after, c); ok {
			n := nameLen(s)
			return n > 0 && subjectParticle(s[n:]) // NATOと日本は
		}
	}
	return false
}

// partyCoordinators join the names of two parties.
var partyCoordinators = []string{"と", "及び", "および", "並びに"}

// subjectParticle reports whether s opens with the topic or subject particle (は, が)
// and no kana after it that would make it part of a longer word (はじめ, がん).
func subjectParticle(s string) bool {
	for _, p := range []string{"は", "が"} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return rest == "" || !unicode.Is(unicode.Hiragana, r)
		}
	}
	return false
}

// nameLen returns the length in bytes of the name s opens with: a run of kanji, katakana
// or Latin letters and digits.
func nameLen(s string) int {
	for i, r := range s {
		if !nameRune(r) {
			return i
		}
	}
	return len(s)
}

// endsWithName reports whether s ends with a name's character (see nameLen).
func endsWithName(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return s != "" && nameRune(r)
}

func nameRune(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r) || r == 'ー' ||
		unicode.In(r, unicode.Latin) || unicode.IsDigit(r)
}

// weNote is a finding on a party said by "we", with the part of the file it is in.
type weNote = unlessNamed

// weNamesPass returns, for the findings pending in d on parties said by "we" or terms
// referred back to (Finding.we), the check of one segment (whether its target names the
// concept, in the same part of the file) and the finish that adds them to d's findings: a
// note where the target names the concept in another segment, an error where it never
// does, and nothing for a post said by its title where the target names its body in a
// segment before (byTitle), or for a party left to a collective noun where the target
// names it in a segment before (byCollective); nil, nil when none is pending. settlePending reads the segments.
func weNamesPass(d *docRun) (visit func(Segment), finish func()) {
	if len(d.we) == 0 {
		return nil, nil
	}
	type key struct {
		part string
		c    *glossary.Concept
	}
	// named: whether the target names each pending concept, in a segment visited so far,
	// by a term (term) and, for a concept referred to by a head noun (byHeadRef), by a term
	// or by its parts (parts, namedByParts, with the Japanese head and modifiers computed once).
	type naming struct {
		term, parts, byParts bool
		jaHead               string
		jaMods               []string
	}
	lang := d.doc.TargetLang
	named := map[key]*naming{}
	for _, u := range d.we {
		k := key{u.part, u.f.we}
		n := named[k]
		if n == nil {
			n = &naming{}
			named[k] = n
		}
		if u.f.weHow == byHeadRef && !n.byParts {
			n.byParts = true
			if isJapanese(lang) {
				n.jaHead, n.jaMods = jaHeadParts(u.f.we, lang)
			}
		}
	}
	// titled: the events (Finding.weHow byHead) that the source names in its part's first
	// segment, the title, the event the text is about.
	titled := map[key]bool{}
	events := false
	for _, u := range d.we {
		events = events || u.f.weHow == byHead
	}
	// antecedent: the posts said by their title alone (Finding.weHow byTitle), by index in
	// d.we, whose body the target names in a segment before theirs: the title refers back
	// to the post named in full, and no note is needed.
	var antecedent map[int]bool
	for _, u := range d.we {
		if u.f.weHow == byTitle || u.f.weHow == byCollective || u.f.weHow == byHeadRef || u.f.weHow == byZero {
			antecedent = map[int]bool{}
		}
	}
	seen := map[string]bool{}
	visit = func(seg Segment) {
		if antecedent != nil {
			for i, u := range d.we {
				if u.part != seg.Part || u.f.Segment != seg.ID {
					continue
				}
				switch u.f.weHow {
				case byTitle, byCollective, byZero:
					antecedent[i] = antecedent[i] || named[key{u.part, u.f.we}].term
				case byHeadRef:
					antecedent[i] = antecedent[i] || named[key{u.part, u.f.we}].parts
				}
			}
		}
		if events && !seen[seg.Part] {
			seen[seg.Part] = true
			for _, u := range d.we {
				if u.f.weHow == byHead && u.part == seg.Part && u.f.Segment != seg.ID && writesTerm(strings.ToLower(seg.Source.Value), u.f.we, d.doc.SourceLang) {
					titled[key{u.part, u.f.we}] = true
				}
			}
		}
		var text string
		for k, n := range named {
			if n.term || k.part != seg.Part {
				continue
			}
			if text == "" {
				text = strings.ToLower(seg.Target.Value)
			}
			if !n.term && writesTerm(text, k.c, lang) {
				n.term, n.parts = true, true
			} else if n.byParts && !n.parts && namedByParts(seg.Target.Value, k.c, lang, n.jaHead, n.jaMods) {
				n.parts = true
			}
		}
	}
	finish = func() {
		for i, u := range d.we {
			if antecedent[i] {
				continue
			}
			f := u.f
			if n := named[key{u.part, f.we}]; n.term || f.weHow == byHead && titled[key{u.part, f.we}] || f.weHow == byHeadRef && n.parts {
				f.Severity = Info
				f.Message += referenceNotes[f.weHow]
			}
			f.we, f.weHow = nil, byWe
			d.out = append(d.out, f)
		}
		d.we = nil
	}
	return visit, finish
}

// writesTerm reports whether the lowercased text writes an allowed term of concept c in
// lang as whole words.
func writesTerm(text string, c *glossary.Concept, lang string) bool {
	for _, t := range c.Terms[lang] {
		if t.Status.Allowed() && t.Text != "" && hasWords(text, strings.ToLower(t.Text)) {
			return true
		}
	}
	return false
}
