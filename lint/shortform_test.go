package lint

import (
	"strings"
	"testing"
)

// TestCompoundedShort: a Japanese short form with a noun written against it is the head of
// a longer name, which says which one is meant; after a particle, a mark or at the start it
// is the bare short form.
func TestCompoundedShort(t *testing.T) {
	for _, tc := range []struct {
		name, text, short string
		want              bool
	}{
		{name: "country initials before it", text: "日米韓パートナーシップの新時代", short: "パートナーシップ", want: true},
		{name: "a kanji noun before it", text: "地域同盟を強める", short: "同盟", want: true},
		{name: "after a particle", text: "我々のパートナーシップは強い", short: "パートナーシップ"},
		{name: "at the start", text: "パートナーシップは強い", short: "パートナーシップ"},
		{name: "after a middle dot", text: "安全・パートナーシップ", short: "パートナーシップ"},
		{name: "after a comma", text: "今日、同盟は強い", short: "同盟"},
		{name: "a Latin acronym and numeral before it", text: "G7外相が会合した", short: "外相", want: true},
		{name: "a Latin acronym before it", text: "EU外相が会合した", short: "外相", want: true},
		{name: "a full-width numeral before it", text: "Ｇ７外相が会合した", short: "外相", want: true},
		{name: "after a Latin word and a space", text: "G7 の外相が会合した", short: "外相"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := strings.Index(tc.text, tc.short)
			if got := compoundedShort(tc.text, start); got != tc.want {
				t.Errorf("compoundedShort(%q at %d) = %v, want %v", tc.text, start, got, tc.want)
			}
		})
	}
}

// TestShortFormInCompound: en → ja, a translation that names the referent in the compound
// before its short form (日米韓パートナーシップ by its parties, G7外相 by the ministers' group)
// gives no short-form note; the bare short form in a document that never writes the full
// term still does.
func TestShortFormInCompound(t *testing.T) {
	l := defaultLinter(t)
	const partnership = "We open a new era of our trilateral partnership."
	const ministers = "We, the G7 Foreign Ministers of Canada and Japan, met at the UN General Assembly."
	for _, tc := range []struct {
		name, en, ja string
		note         bool
	}{
		{name: "named by its parties", en: partnership, ja: "我々は日米韓パートナーシップの新時代を開く。"},
		{name: "the bare short form", en: partnership, ja: "我々はパートナーシップの新時代を開く。", note: true},
		{name: "named by the group", en: ministers, ja: "我々、カナダ及び日本のG7外相は国連総会の際に会合した。"},
		{name: "the bare short title", en: ministers, ja: "我々、カナダ及び日本の外相は国連総会の際に会合した。", note: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := readDelimited("t.tsv", []byte("en\tja\n"+tc.en+"\t"+tc.ja+"\n"), '\t', "en", "ja")
			if err != nil {
				t.Fatal(err)
			}
			note := false
			for _, f := range l.Lint(doc) {
				if f.Rule == RuleShortForm {
					note = true
				} else if f.Severity != Info {
					t.Errorf("%s %s: %s", f.Severity, f.Rule, f.Message)
				}
			}
			if note != tc.note {
				t.Errorf("short-form note %v, want %v", note, tc.note)
			}
		})
	}
}

// TestShortFormThroughRelated: "the region and beyond" refers back through "the region" to
// the Asia-Pacific region a document has named, so it gives no note there; a document that
// never names the region still gets one.
func TestShortFormThroughRelated(t *testing.T) {
	l := defaultLinter(t)
	first := "両国はアジア太平洋地域の安定を重視する。\tBoth countries value stability in the Asia-Pacific region.\n"
	second := "両国はアジア太平洋地域とそれを越える地域の繁栄に貢献する。\tBoth countries contribute to prosperity in the region and beyond.\n"
	for _, tc := range []struct {
		name, rows string
		note       bool
	}{
		{name: "the region named before", rows: first + second},
		{name: "the region never named", rows: second, note: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := readDelimited("t.tsv", []byte("ja\ten\n"+tc.rows), '\t', "ja", "en")
			if err != nil {
				t.Fatal(err)
			}
			note := false
			for _, f := range l.Lint(doc) {
				if f.Rule == RuleShortForm {
					note = true
				} else if f.Severity != Info {
					t.Errorf("%s %s: %s", f.Severity, f.Rule, f.Message)
				}
			}
			if note != tc.note {
				t.Errorf("short-form note %v, want %v", note, tc.note)
			}
		})
	}
}
