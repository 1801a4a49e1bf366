package lint

import "testing"

// TestHeadReference: ja → en with the default glossary, English refers to a thing it has
// named by the head noun of its name after a demonstrative or before its number: no
// finding where the English names it in that segment or one before (by a term, or by its
// head noun and modifier), a note where only after, an error where never. The head noun
// with "a" or "the" alone, before "of", or another noun before a number is no reference,
// and a term dropped altogether is still missing.
func TestHeadReference(t *testing.T) {
	l := defaultLinter(t)
	const named = "安保理は国連安保理決議を採択した。\tThe Council adopted a UN Security Council resolution."
	for _, tc := range []struct {
		name string
		rows []string
		want string // severity/rule/concept of every finding, notes too
	}{
		{name: "a demonstrative, named before",
			rows: []string{named, "我々はこの安保理決議を歓迎する。\tWe welcome this resolution."}},
		{name: "the present one, named before",
			rows: []string{named, "我々は安保理決議の誠実な実施を求める。\tWe urge the sincere implementation of the present resolution."}},
		{name: "a number, the modifier named in the segment",
			rows: []string{"国連安保理決議第2321号が採択された。\tThe United Nations Security Council unanimously adopted Resolution 2321."}},
		{name: "a number, named by its parts in a segment before",
			rows: []string{"国連安保理決議の採択について\tAdoption of a Resolution by the United Nations Security Council", "国連安保理決議第2321号は制裁を強化する。\tResolution 2321 reinforces the sanctions."}},
		{name: "a demonstrative, named only after",
			rows: []string{"この安保理決議を歓迎する。\tWe welcome this resolution.", named},
			want: "info/missing-term/un-security-council-resolutions"},
		{name: "near miss: a demonstrative, never named",
			rows: []string{"この安保理決議を歓迎する。\tWe welcome this resolution."},
			want: "error/missing-term/un-security-council-resolutions"},
		{name: "near miss: the head noun before of, another sense",
			rows: []string{named, "安保理決議の履行を求める。\tWe seek the present resolution of the issue."},
			want: "error/missing-term/un-security-council-resolutions"},
		{name: "near miss: the head noun with a",
			rows: []string{named, "安保理決議を履行する。\tWe implement a resolution."},
			want: "error/missing-term/un-security-council-resolutions"},
		{name: "near miss: another noun before a number",
			rows: []string{named, "安保理決議第2321号を履行する。\tWe implement Paragraph 2321."},
			want: "error/missing-term/un-security-council-resolutions"},
		{name: "near miss: the term dropped altogether",
			rows: []string{named, "安保理決議を誠実に履行する。\tWe implement it faithfully."},
			want: "error/missing-term/un-security-council-resolutions"},
		{name: "near miss: a lowercase modifier elsewhere in the segment is no naming",
			rows: []string{"両国は安全保障協力を強化する。\tGiven the security environment, the two countries will strengthen this cooperation."},
			want: "error/missing-term/security-cooperation"},
		{name: "near miss: a lowercase modifier in a segment before is no naming",
			rows: []string{"安全保障環境は厳しい。豪州との協力は深化している。\tThe security environment is severe. Cooperation with Australia is deepening.", "両国は安全保障協力を強化する。\tThe two countries will strengthen this cooperation."},
			want: "error/missing-term/security-cooperation"},
		{name: "near miss: the modifier coordinated with another before is no naming",
			rows: []string{"日米は安全保障及び経済について協議した。\tJapan and the United States held talks on security and economic cooperation.", "両国は安全保障協力を強化する。\tThe two countries will strengthen this cooperation."},
			want: "error/missing-term/security-cooperation"},
		{name: "near miss: that as a conjunction",
			rows: []string{"日米は安全保障協力を強化することを確認した。\tIn view of the security environment, the two confirmed that cooperation would be strengthened."},
			want: "error/missing-term/security-cooperation"},
		{name: "near miss: such, a kind and another sense",
			rows: []string{named, "我が国は安保理決議に基づく解決を求める。\tJapan seeks such resolution through dialogue."},
			want: "error/missing-term/un-security-council-resolutions"},
		{name: "near miss: another body's name before the number",
			rows: []string{named, "我が国は安保理決議第2321号の履行を求める。\tJapan calls for the implementation of General Assembly resolution 2321."},
			want: "error/missing-term/un-security-council-resolutions"},
		{name: "the Council's initials before the number",
			rows: []string{"国連安保理決議第2321号が採択された。\tThe UNSC unanimously adopted Resolution 2321."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := rowsSeverities(t, l, "ja", "en", tc.rows); got != tc.want {
				t.Errorf("findings %q, want %q", got, tc.want)
			}
		})
	}
}

// TestHeadReferred: the head noun as a reference in lowercased English text.
func TestHeadReferred(t *testing.T) {
	for _, tc := range []struct {
		name, text, term string
		want             bool
	}{
		{name: "after this", text: "we welcome this resolution.", term: "UN Security Council resolutions", want: true},
		{name: "plural after these", text: "these resolutions bind all", term: "UN Security Council resolutions", want: true},
		{name: "before a number", text: "comply with resolution 2321 and", term: "UN Security Council resolutions", want: true},
		{name: "before no. and a number", text: "under resolution no. 1718", term: "UN Security Council resolutions", want: true},
		{name: "near miss: a longer word", text: "this resolutionary plan", term: "UN Security Council resolutions", want: false},
		{name: "near miss: a word ending in it", text: "this counter-resolution", term: "UN Security Council resolutions", want: false},
		{name: "near miss: before of", text: "this resolution of the issue", term: "UN Security Council resolutions", want: false},
		{name: "near miss: after the alone", text: "the resolution was adopted", term: "UN Security Council resolutions", want: false},
		{name: "near miss: a determiner ending a longer word", text: "hathis resolution", term: "UN Security Council resolutions", want: false},
		{name: "the term's own word before a number", text: "implement Security Council resolution 1718", term: "UN Security Council resolutions", want: true},
		{name: "the term's initials before a number", text: "implement UNSC resolution 1718", term: "UN Security Council resolutions", want: true},
		{name: "near miss: another name before a number", text: "implement General Assembly resolution 2321", term: "UN Security Council resolutions", want: false},
		{name: "near miss: that as a conjunction", text: "confirmed that cooperation would be strengthened", term: "security cooperation", want: false},
		{name: "near miss: such, a kind", text: "seeks such resolution through dialogue", term: "UN Security Council resolutions", want: false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := headReferred(tc.text, tc.term); got != tc.want {
				t.Errorf("headReferred(%q, %q) = %v, want %v", tc.text, tc.term, got, tc.want)
			}
		})
	}
}

// TestHeadReferenceJapanese: en → ja with the default glossary, Japanese refers to a
// resolution it has named by the head noun 決議 before its number (決議第1874号) or after a
// demonstrative (この決議, 本決議): no finding where the Japanese names the Council and the
// head noun in that segment or one before, an error where it never does; the head noun
// alone, or the term dropped, is still missing.
func TestHeadReferenceJapanese(t *testing.T) {
	l := defaultLinter(t)
	const named = "Japan welcomes the UN Security Council resolutions.\t我が国は国連安保理決議を歓迎する。"
	for _, tc := range []struct {
		name string
		rows []string
		want string
	}{
		{name: "a number, the Council named in the segment",
			rows: []string{"The Council adopted United Nations Security Council resolution 1874.\t国連安全保障理事会は、決議第1874号を採択した。"}},
		{name: "a demonstrative, named before",
			rows: []string{named, "Japan urges compliance with the UN Security Council resolutions.\t我が国はこの決議の遵守を求める。"}},
		{name: "本 as a determiner, named before",
			rows: []string{named, "Japan urges compliance with the UN Security Council resolutions.\t我が国は本決議の遵守を求める。"}},
		{name: "near miss: a demonstrative, never named",
			rows: []string{"Japan urges compliance with the UN Security Council resolutions.\t我が国はこの決議の遵守を求める。"},
			want: "error/missing-term/un-security-council-resolutions"},
		{name: "near miss: the head noun alone",
			rows: []string{named, "Japan urges compliance with the UN Security Council resolutions.\t我が国は決議の遵守を求める。"},
			want: "error/missing-term/un-security-council-resolutions"},
		{name: "near miss: the term dropped altogether",
			rows: []string{named, "Japan urges compliance with the UN Security Council resolutions.\t我が国は遵守を求める。"},
			want: "error/missing-term/un-security-council-resolutions"},
		{name: "near miss: another body's resolution by its number",
			rows: []string{named, "Japan urges compliance with the UN Security Council resolutions.\t我が国は総会決議第77号の遵守を求める。"},
			want: "error/missing-term/un-security-council-resolutions"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := rowsSeverities(t, l, "en", "ja", tc.rows); got != tc.want {
				t.Errorf("findings %q, want %q", got, tc.want)
			}
		})
	}
}

// TestJaHeadReferred: the Japanese head noun as a reference.
func TestJaHeadReferred(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{name: "before its number", text: "決議第1874号を採択した", want: true},
		{name: "after この", text: "この決議を歓迎する", want: true},
		{name: "after 同 alone", text: "同決議を歓迎する", want: true},
		{name: "after 本", text: "本決議を歓迎する", want: true},
		{name: "near miss: 本 ending a word", text: "基本決議を歓迎する", want: false},
		{name: "near miss: 同 ending a word", text: "共同決議を歓迎する", want: false},
		{name: "near miss: 第 and no number", text: "決議第一の目的", want: false},
		{name: "near miss: alone", text: "決議を歓迎する", want: false},
		{name: "a modifier of the term before its number", text: "国連安保理決議第2321号", want: true},
		{name: "near miss: another noun before its number", text: "総会決議第77号の遵守", want: false},
		{name: "near miss: a katakana noun before its number", text: "ユネスコ決議第5号", want: false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := jaHeadReferred(tc.text, "決議", []string{"国連安全保障理事会", "国連安保理", "安保理"}); got != tc.want {
				t.Errorf("jaHeadReferred(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}
