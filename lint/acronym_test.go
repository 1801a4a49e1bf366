package lint

import (
	"testing"

	"github.com/glossterm/gloss/glossary"
)

const acronymGlossary = `gloss: 1
languages: [ja, en]
concepts:
  - id: council
    terms:
      ja: [国家経済会議]
      en: [National Economic Council, {term: NEC, status: admitted}]
  - id: strategy
    terms:
      ja: [海洋安全保障戦略]
      en: [Maritime Security Strategy, {term: MSS, status: forbidden}]
  - id: economic
    terms:
      ja: [経済安全保障戦略]
      en: [Economic Security Strategy]
  - id: dialogue
    terms:
      ja: [拡大抑止協議]
      en: [Extended Deterrence Dialogue]
  - id: talks
    terms:
      ja: [二国間協議]
      en: [bilateral talks]
`

// TestLatinAcronym: en → ja, a Japanese translation that writes the Latin acronym of an
// English name (the concept's acronym, or the initials of its capitalized words) renders the
// name; another acronym, a longer Latin word, initials the glossary forbids, or a name in lower case
// renders nothing.
func TestLatinAcronym(t *testing.T) {
	g, err := glossary.Parse([]byte(acronymGlossary), "acronym.yaml")
	if err != nil {
		t.Fatal(err)
	}
	l, err := New(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, en, ja, want string }{
		{name: "the concept's acronym", en: "Today he chaired the National Economic Council.", ja: "彼は本日NECを主宰した。"},
		{name: "the acronym in full width", en: "Today he chaired the National Economic Council.", ja: "彼は本日ＮＥＣを主宰した。"},
		{name: "the acronym compounded with kanji", en: "a special meeting of the National Economic Council", ja: "NEC特別会合"},
		{name: "the initials of the name", en: "We adopted the Economic Security Strategy.", ja: "我々はESSを採択した。"},
		{name: "initials of a name with a function word", en: "They held the Extended Deterrence Dialogue.", ja: "EDDが開かれた。"},
		{name: "near miss: a longer Latin word", en: "Today he chaired the National Economic Council.", ja: "彼は本日NECAを主宰した。", want: "missing-term/council"},
		{name: "near miss: another acronym", en: "Today he chaired the National Economic Council.", ja: "彼は本日NSCを主宰した。", want: "missing-term/council"},
		{name: "near miss: the acronym in lower case", en: "Today he chaired the National Economic Council.", ja: "彼は本日necを主宰した。", want: "missing-term/council"},
		{name: "near miss: a forbidden acronym", en: "We adopted the Maritime Security Strategy.", ja: "我々はMSSを採択した。", want: "missing-term/strategy"},
		{name: "near miss: a lowercase term has no initials", en: "They held bilateral talks.", ja: "BTが開かれた。", want: "missing-term/talks"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := rowFindings(t, l, "en", "ja", tc.en, tc.ja); got != tc.want {
				t.Errorf("findings %q, want %q", got, tc.want)
			}
		})
	}
}

const nameAcronymGlossary = `gloss: 1
languages: [ja, en]
concepts:
  - id: resolutions
    terms:
      ja: [国連経社理決議]
      en: [UN Economic and Social Council resolutions]
  - id: council
    terms:
      ja: [国家経済会議]
      en: [National Economic Council]
  - id: banned
    terms:
      ja: [海洋安全保障戦略]
      en: [Maritime Security Strategy, {term: MSS, status: forbidden}]
`

// TestNameAcronym: ja → en, an English translation that writes the name a term opens by
// its initials (an acronym word whole: "UNESC resolutions" for "UN Economic and Social
// Council resolutions") renders the term, the rest's last word in either number ("a new
// UNESC resolution"); other initials, the initials in lower case, the rest of the term
// changed or left out, or initials the glossary forbids do not.
func TestNameAcronym(t *testing.T) {
	g, err := glossary.Parse([]byte(nameAcronymGlossary), "names.yaml")
	if err != nil {
		t.Fatal(err)
	}
	l, err := New(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, ja, en, want string }{
		{name: "the name's initials before the rest", ja: "国連経社理決議を履行する。", en: "We implement the UNESC resolutions."},
		{name: "the whole term by its initials", ja: "国家経済会議を開く。", en: "We convene the NEC."},
		{name: "the rest's last word in the other number", ja: "新たな国連経社理決議を採択する。", en: "We adopt a new UNESC resolution."},
		{name: "the rest's last word before a comma", ja: "国連経社理決議を履行する。", en: "We implement UNESC resolutions, in full."},
		{name: "near miss: the rest's last word a longer word", ja: "国連経社理決議を履行する。", en: "We implement the UNESC resolutionary plan.", want: "missing-term/resolutions"},
		{name: "near miss: the rest's last word missing", ja: "国連経社理決議を履行する。", en: "We follow the UNESC.", want: "missing-term/resolutions"},
		{name: "near miss: other initials", ja: "国連経社理決議を履行する。", en: "We implement the UNSC resolutions.", want: "missing-term/resolutions"},
		{name: "near miss: the initials in lower case", ja: "国家経済会議を開く。", en: "We convene the nec.", want: "missing-term/council"},
		{name: "near miss: the rest changed", ja: "国連経社理決議を履行する。", en: "We implement the UNESC decisions.", want: "missing-term/resolutions"},
		{name: "near miss: forbidden initials", ja: "海洋安全保障戦略を採択する。", en: "We adopt the MSS.", want: "forbidden-term/banned"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := rowFindings(t, l, "ja", "en", tc.ja, tc.en); got != tc.want {
				t.Errorf("findings %q, want %q", got, tc.want)
			}
		})
	}
}

// TestUnitedNationsSpelledOut: ja → en with the default glossary, 安保理決議 is rendered by
// the name spelled out ("United Nations Security Council resolutions"), with its acronym
// in parentheses inside it as MOFA writes it, or by the short name "Security Council
// resolutions"; the United Nations without its Security Council, another of its organs,
// or another of the Council's products, is no rendering.
func TestUnitedNationsSpelledOut(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct{ name, ja, en, want string }{
		{name: "the name spelled out",
			ja: "安保理決議の完全な履行が重要である。", en: "The full implementation of United Nations Security Council resolutions is important."},
		{name: "the acronym inside the spelled-out name",
			ja: "安保理決議の完全な履行が重要である。", en: "The full implementation of the United Nations Security Council (UNSC) resolutions is important."},
		{name: "the short name without the United Nations",
			ja: "安保理決議の完全な履行が重要である。", en: "The full implementation of relevant Security Council resolutions is important."},
		{name: "the short name with a number",
			ja: "安保理決議第1540号の履行が重要である。", en: "The implementation of Security Council resolution 1540 is important."},
		{name: "near miss: the short name with another product of the Council",
			ja: "安保理決議の完全な履行が重要である。", en: "The full implementation of Security Council statements is important.", want: "missing-term/un-security-council-resolutions"},
		{name: "near miss: the Security Council without its resolutions",
			ja: "安保理決議の完全な履行が重要である。", en: "The full support of the Security Council is important.", want: "missing-term/un-security-council-resolutions"},
		{name: "near miss: the United Nations without its Security Council",
			ja: "安保理決議の完全な履行が重要である。", en: "The full implementation of United Nations resolutions is important.", want: "missing-term/un-security-council-resolutions"},
		{name: "near miss: another organ",
			ja: "安保理決議の完全な履行が重要である。", en: "The full implementation of United Nations General Assembly resolutions is important.", want: "missing-term/un-security-council-resolutions"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := rowFindings(t, l, "ja", "en", tc.ja, tc.en); got != tc.want {
				t.Errorf("findings %q, want %q", got, tc.want)
			}
		})
	}
}

// TestSecurityCouncilShortNameSource: en → ja with the default glossary, in a document
// that names the UN Security Council's resolutions, the short name "Security Council
// resolution" of a later row demands 安保理決議 as the full name does; a translation that
// drops the resolution there is still missing it.
func TestSecurityCouncilShortNameSource(t *testing.T) {
	l := defaultLinter(t)
	const first = "Japan welcomes the adoption of the UN Security Council resolutions.\t我が国は国連安保理決議の採択を歓迎する。"
	for _, tc := range []struct{ name, en, ja, want string }{
		{name: "the short name rendered", en: "Japan urges full compliance with Security Council resolution 1718.", ja: "我が国は安保理決議第1718号の完全な遵守を求める。"},
		{name: "the resolution dropped", en: "Japan urges full compliance with Security Council resolution 1718.", ja: "我が国は完全な遵守を求める。", want: "missing-term/un-security-council-resolutions"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := rowsFindings(t, l, "en", "ja", []string{first, tc.en + "\t" + tc.ja}); got != tc.want {
				t.Errorf("findings %q, want %q", got, tc.want)
			}
		})
	}
}
