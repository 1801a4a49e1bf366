package align

import (
	"strings"
	"testing"
)

// TestNameLists: the members of a list of names are paired by their place when the
// English lists as many names and the members already rendered stand at the same place
// (米太平洋艦隊 = PACFLT, third of four on each side); names in another order, or a list
// with no member rendered, pair nothing by place.
func TestNameLists(t *testing.T) {
	dict := map[string]string{"防衛省": "Ministry of Defense", "在日米軍": "U.S. Forces Japan", "会合": "meeting",
		"代表": "representative", "出席": "attendance"}
	const ja = "会合には、防衛省、統合幕僚監部、米太平洋艦隊および在日米軍の代表が出席した。"
	tests := []struct {
		name, en string
		dict     map[string]string
		want     string // the English paired with 米太平洋艦隊 by its place, "" for none
	}{
		{name: "the same places on both sides", dict: dict, want: "PACFLT",
			en: "The meeting was attended by representatives from the Ministry of Defense, Joint Staff, PACFLT, and U.S. Forces Japan."},
		{name: "near miss: the names in another order", dict: dict,
			en: "The meeting was attended by representatives from U.S. Forces Japan, Joint Staff, PACFLT, and the Ministry of Defense."},
		{name: "near miss: no member rendered", dict: map[string]string{"会合": "meeting"},
			en: "The meeting was attended by representatives from the Ministry of Defense, Joint Staff, PACFLT, and U.S. Forces Japan."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, status := "", ""
			for _, p := range designationPairs(t, "bitext", ja, tc.en, "米太平洋艦隊", tc.dict) {
				for _, e := range p.Evidence {
					if e.Type == EvListItem && strings.HasPrefix(e.Detail, "name ") {
						got, status = p.EN, p.Status
					}
				}
			}
			if got != tc.want || got != "" && status != Review {
				t.Errorf("米太平洋艦隊 = %q (%s), want %q (review)", got, status, tc.want)
			}
		})
	}
}

// TestEnNameLists: an English list of names is three capitalized names or acronyms or
// more, joined by commas and a last "and"; a list of common nouns is none.
func TestEnNameLists(t *testing.T) {
	tests := []struct {
		name, en string
		want     string // the members joined by "|", "" for no list
	}{
		{name: "acronyms and names", en: "The talks included the Joint Staff, USFJ, PACAF, and U.S. Forces Korea.",
			want: "Joint Staff|USFJ|PACAF|U.S. Forces Korea"},
		{name: "near miss: an article before the last name", en: "They met officials of NATO, the EU and the United Nations."},
		{name: "near miss: common nouns", en: "They discussed security, defense, and economic matters."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			for _, l := range enNameLists(tc.en) {
				got = strings.Join(l, "|")
			}
			if got != tc.want {
				t.Errorf("enNameLists(%q) = %q, want %q", tc.en, got, tc.want)
			}
		})
	}
}
