package align

import (
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestReorderedNames: a Japanese name whose parts an aligned English name renders in
// another order (the head first, the rest after of/for; a title before the post) is
// proposed with that name, at review; one part the lexicon has no gloss for may be
// rendered by the name's words nothing else explains. A name in the Japanese order, a
// name with a word nothing explains, and a block of such words on both sides are not.
// A second aligned segment that renders the name the same way does not make it auto
// when no translation agrees: the order is still a reading of the text's structure.
func TestReorderedNames(t *testing.T) {
	dict := dictOf(map[string]string{"漁業": "fishery", "資源": "resources", "局": "bureau", "代理": "acting",
		"共和国": "republic", "首相": "prime minister", "計画": "plan", "沿岸": "coast", "海洋": "ocean", "水産庁": "agency of fisheries"})
	tests := []struct {
		name, ja, en, term string
		want               string // the English proposed for term by the name-order evidence, "" for none
		partial            bool
		also               [2]string // a second aligned segment, Japanese and English, or none
		aligned            bool      // the aligned segments pair term with want too (EvParallel), and it stays at review
	}{
		{name: "head first, the rest after of", ja: "漁業資源局は新しい計画を発表した。", en: "The Bureau of Fishery Resources announced a new plan.",
			term: "漁業資源局", want: "Bureau of Fishery Resources"},
		{name: "a country's post: post of the country", ja: "共和国首相は港を視察した。", en: "The Prime Minister of the Republic inspected the port.",
			term: "共和国首相", want: "Prime Minister of the Republic"},
		{name: "a title before a post no dictionary lists", ja: "局長代理は会合に出席した。", en: "The Acting Director General attended the meeting.",
			term: "局長代理", want: "Acting Director General", partial: true},
		{name: "a list joined by middle dots, said after of", ja: "政府は漁業・資源・海洋局を新設した。", en: "The government created the Bureau of Fishery, Resources, and Oceans.",
			term: "漁業・資源・海洋局", want: "Bureau of Fishery, Resources, and Oceans"},
		{name: "near miss: a list in the Japanese order", ja: "政府は漁業・資源・海洋局を新設した。", en: "The government created the Fishery, Resources and Oceans Bureau.",
			term: "漁業・資源・海洋局"},
		{name: "a gloss met whole before its head alone", ja: "水産庁海洋局の職員が調査した。", en: "Staff of the Ocean Bureau, Agency of Fisheries surveyed it.",
			term: "水産庁海洋局", want: "Ocean Bureau, Agency of Fisheries"},
		{name: "near miss: the Japanese order, composition's case", ja: "漁業資源計画は承認された。", en: "The Fishery Resources Plan was approved.",
			term: "漁業資源計画"},
		{name: "near miss: a word of the name nothing explains", ja: "漁業資源局は新しい計画を発表した。", en: "The Bureau of Inland Fishery Resources announced a new plan.",
			term: "漁業資源局"},
		{name: "near miss: words left over on both sides of the title", ja: "局長代理は会合に出席した。", en: "The Senior Acting Director attended the meeting.",
			term: "局長代理"},
		{name: "the words left over between two parts rendered", ja: "漁業局長代理は会合に出席した。", en: "The Acting Director General of Fishery attended the meeting.",
			term: "漁業局長代理", want: "Acting Director General of Fishery", partial: true},
		{name: "near miss: the words left over are not written together", ja: "漁業局長代理は会合に出席した。", en: "The Acting Chief, Harbor Inspector of Fishery attended the meeting.",
			term: "漁業局長代理"},
		{name: "near miss: a name cut inside the words written together", ja: "漁業資源局は新しい計画を発表した。", en: "The Coastal Bureau of Fishery Resources announced a new plan.",
			term: "漁業資源局"},
		{name: "a title before a post, and a second segment that renders it the same way", ja: "長官代理は会合に出席した。", en: "The Acting Commissioner attended the meeting.",
			also: [2]string{"長官代理は報告書を公表した。", "The Acting Commissioner published a report."},
			term: "長官代理", want: "Acting Commissioner", partial: true, aligned: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, partial, aligned, status := "", false, false, ""
			for _, p := range runSegments(t, dict, [2]string{tc.ja, tc.en}, tc.also) {
				if p.JA != tc.term || !hasType(p.Evidence, EvNameOrder) && !hasType(p.Evidence, EvNameOrderPart) {
					continue
				}
				if p.Status == Auto && !translated(p.Evidence) {
					t.Errorf("%s = %s is auto on the name's order alone, want review", p.JA, p.EN)
				}
				got, partial, aligned, status = p.EN, hasType(p.Evidence, EvNameOrderPart), hasType(p.Evidence, EvParallel), p.Status
			}
			if tc.aligned && (!aligned || status != Review) {
				t.Errorf("%s = %q paired by the aligned segments too: %v, status %s; want true, %s", tc.term, got, aligned, status, Review)
			}
			if got != tc.want || got != "" && partial != tc.partial {
				t.Errorf("%s paired by name order with %q (partial %v), want %q (partial %v)", tc.term, got, partial, tc.want, tc.partial)
			}
		})
	}
}

// runSegments runs align on the aligned segments segs, each a Japanese and an English
// text (an empty one left out), with the dictionary dict.
func runSegments(t *testing.T, dict func(*lexicon.Lexicon, map[string]bool) (int, error), segs ...[2]string) []Pair {
	t.Helper()
	var bs []BitextSegment
	for i, s := range segs {
		if s[0] != "" {
			bs = append(bs, BitextSegment{JA: s[0], EN: s[1], Doc: "a.txt", Line: i + 1, Origin: "parallel"})
		}
	}
	res, err := Run(nil, nil, bs, Options{EDICT: dict})
	if err != nil {
		t.Fatal(err)
	}
	return res.Pairs
}
