package align

import (
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestQuotedPairs: the one quotation of an aligned segment's Japanese and the one of its
// English are paired; two quotations on a side pair nothing.
func TestQuotedPairs(t *testing.T) {
	tests := []struct {
		name   string
		ja, en string
		want   string // the English paired with 積極的平和主義, "" for none
	}{
		{name: "one each", ja: "日本は「積極的平和主義」を掲げた。", en: `Japan advanced "Proactive Contribution to Peace," its policy.`, want: "Proactive Contribution to Peace"},
		{name: "curly quotes", ja: "日本は「積極的平和主義」を掲げた。", en: "Japan advanced “Proactive Contribution to Peace” as its policy.", want: "Proactive Contribution to Peace"},
		{name: "two in the English", ja: "日本は「積極的平和主義」を掲げた。", en: `Japan advanced "Proactive Contribution to Peace" and "seamless" responses.`},
		{name: "a title quoted", ja: "日本は「積極的平和主義」を掲げた。", en: `Japan advanced "A Proactive Contribution to Peace in Asia and the Pacific Region" as its policy.`,
			want: "A Proactive Contribution to Peace in Asia and the Pacific Region"},
		{name: "a sentence quoted", ja: "日本は「積極的平和主義」を掲げた。", en: `Japan said "we will contribute to peace in the region with all our partners and allies."`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := quotedEN(t, tc.ja, tc.en, "積極的平和主義"); got != tc.want {
				t.Errorf("quoted pair %q, want %q", got, tc.want)
			}
		})
	}
}

// TestParallelMinorityRendering: each translation has its conventions, and a rendering
// that fewer documents use than another is its document's variant, at review: two
// statements write "U.S.-Japan Alliance" for 日米同盟, one "Japan-U.S. Alliance".
func TestParallelMinorityRendering(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		lx.Add("日米", "Japan and the United States; Japan-U.S.; U.S.-Japan", "edict")
		lx.Add("同盟", "alliance", "edict")
		return 2, nil
	}
	segs := []BitextSegment{
		{JA: "閣僚は日米同盟を強化する。", EN: "The Ministers will strengthen the U.S.-Japan Alliance.", Doc: "a.txt", Line: 1, Origin: "parallel"},
		{JA: "日米同盟は地域の礎である。", EN: "The U.S.-Japan Alliance is the cornerstone of the region.", Doc: "b.txt", Line: 1, Origin: "parallel"},
		{JA: "日米同盟の能力を向上させる。", EN: "They upgrade the capability of the Japan-U.S. Alliance.", Doc: "c.txt", Line: 1, Origin: "parallel"},
	}
	res, err := Run(nil, nil, segs, Options{EDICT: dict})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Pair{}
	for _, p := range res.Pairs {
		if p.JA == "日米同盟" {
			got[p.EN] = p
		}
	}
	if p, ok := got["U.S.-Japan Alliance"]; !ok || p.Status != Auto {
		t.Errorf("日米同盟 = U.S.-Japan Alliance: %+v, want auto (two documents)", p)
	}
	if p, ok := got["Japan-U.S. Alliance"]; !ok || p.Status != Review {
		t.Errorf("日米同盟 = Japan-U.S. Alliance: %+v, want review (one document's variant)", p)
	}
}

// TestShortFormDefinition: the short form a segment defines on each side (以下「計画」と
// いう。 and "(the Plan)") is paired; an acronym in parentheses is no such definition.
func TestShortFormDefinition(t *testing.T) {
	tests := []struct {
		name, ja, en string
		want         string // the English paired with 計画, "" for none
	}{
		{name: "one each", ja: "両国は新たな「海洋協力計画」(以下「計画」という。)を承認した。",
			en: "The two countries approved the new “Maritime Cooperation Plan” (the Plan).", want: "Plan"},
		{name: "hereinafter", ja: "両国は新たな「海洋協力計画」(以下「計画」という。)を承認した。",
			en: `The two countries approved the new Maritime Cooperation Plan (hereinafter referred to as "the Plan").`, want: "Plan"},
		{name: "an acronym is no definition", ja: "両国は新たな「海洋協力計画」(以下「計画」という。)を承認した。",
			en: "The two countries approved the new Maritime Cooperation Plan (MCP)."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := quotedEN(t, tc.ja, tc.en, "計画"); got != tc.want {
				t.Errorf("short form paired with %q, want %q", got, tc.want)
			}
		})
	}
}

// quotedEN runs one aligned segment and returns the English paired with the Japanese term
// ja by quotation evidence, "" for none.
func quotedEN(t *testing.T, jaSeg, enSeg, ja string) string {
	t.Helper()
	res, err := Run(nil, nil, []BitextSegment{{JA: jaSeg, EN: enSeg, Doc: "b.tsv", Line: 1}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := ""
	for _, p := range res.Pairs {
		if p.JA == ja && hasType(p.Evidence, EvQuoted) {
			got = p.EN
		}
	}
	return got
}

// TestParallelTiedRenderings: when as many documents use one full rendering as another, the
// one the evidence states more directly is established and the other is its document's
// convention (review). A rendering met only where the term is the last member of a dotted
// coordination sharing its head loses to one met where the term stands alone; then a name
// in title case wins over a lower-case description. Renderings alike on both counts stay
// tied, each auto.
func TestParallelTiedRenderings(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		lx.Add("安全保障", "security", "edict")
		lx.Add("防衛", "defense; defence", "edict")
		lx.Add("協力", "cooperation", "edict")
		lx.Add("在日米軍", "US Forces, Japan", "edict")
		lx.Add("再編", "realignment", "edict")
		lx.Add("司令官", "commander", "edict")
		return 6, nil
	}
	tests := []struct {
		name string
		ja   string
		segs [2][2]string // one segment of each of two documents: ja, en
		auto []string     // the renderings established
		held string       // the rendering at review, "" when none is
	}{
		{
			name: "a dotted coordination's tail loses to the term alone",
			ja:   "防衛協力",
			segs: [2][2]string{
				{"両国は安全保障・防衛協力を広げる。", "The two countries broaden their security and defense cooperation."},
				{"両国は防衛協力を深める。", "The two countries deepen their defence cooperation."},
			},
			auto: []string{"defence cooperation"}, held: "defense cooperation",
		},
		{
			name: "near miss: the term alone in both documents stays tied",
			ja:   "防衛協力",
			segs: [2][2]string{
				{"両国は防衛協力を広げる。", "The two countries broaden their defense cooperation."},
				{"両国は防衛協力を深める。", "The two countries deepen their defence cooperation."},
			},
			auto: []string{"defence cooperation", "defense cooperation"},
		},
		{
			name: "a name in title case wins over a description",
			ja:   "在日米軍",
			segs: [2][2]string{
				{"在日米軍の再編が進む。", "The realignment of U.S. forces in Japan moves forward."},
				{"在日米軍の司令官が来日した。", "The commander of U.S. Forces Japan arrived."},
			},
			auto: []string{"U.S. Forces Japan"}, held: "U.S. forces in Japan",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var segs []BitextSegment
			for i, s := range tc.segs {
				segs = append(segs, BitextSegment{JA: s[0], EN: s[1], Doc: string(rune('a'+i)) + ".txt", Line: 1, Origin: "parallel"})
			}
			res, err := Run(nil, nil, segs, Options{EDICT: dict})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for _, p := range res.Pairs {
				if p.JA == tc.ja {
					got[p.EN] = p.Status
				}
			}
			for _, en := range tc.auto {
				if s, ok := got[en]; !ok || s != Auto {
					t.Errorf("%s = %s: %q (proposed %v), want auto", tc.ja, en, s, got)
				}
			}
			if tc.held != "" {
				if s, ok := got[tc.held]; !ok || s != Review {
					t.Errorf("%s = %s: %q (proposed %v), want review", tc.ja, tc.held, s, got)
				}
			}
		})
	}
}

// TestStandsAlone: where a segment holds a term outside a coordination.
func TestStandsAlone(t *testing.T) {
	tests := []struct {
		name, ja, term string
		want           bool
	}{
		{name: "alone", ja: "両国は防衛協力を深める。", term: "防衛協力", want: true},
		{name: "after a middle dot", ja: "安全保障・防衛協力を広げる。", term: "防衛協力", want: false},
		{name: "joined to the next member by と", ja: "日米関係と両国の利益は深い。", term: "日米関係", want: false},
		{name: "near miss: と before the term", ja: "米国と日米関係を論じた。", term: "日米関係", want: true},
		{name: "near miss: once inside, once alone", ja: "安全保障・防衛協力と防衛協力の違い。", term: "防衛協力", want: true},
	}
	for _, tc := range tests {
		if got := standsAlone(tc.ja, tc.term); got != tc.want {
			t.Errorf("%s: standsAlone(%q, %q) = %v, want %v", tc.name, tc.ja, tc.term, got, tc.want)
		}
	}
}
