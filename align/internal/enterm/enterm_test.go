package enterm

import (
	"slices"
	"strings"
	"testing"
)

func TestIndex(t *testing.T) {
	ix := NewIndex()
	ix.AddText("a", "Israel is a model ally. Model allies that step up will receive our special favor.\n"+
		"Line of Effort 3: Increase Burden-Sharing with U.S. Allies and Partners\n"+
		"the importance of burden sharing. The NSS (National Security Strategy) calls it flexible realism.\n"+
		"President Lee Jae Myung of the Republic of Korea (ROK) welcomed him.")
	tests := []struct {
		phrase string
		count  int
	}{
		{"model allies", 2},
		{"Model Ally", 2},
		{"burden sharing", 2},
		{"U.S. allies", 1},
		{"of the Republic", 0},                        // starts with a stop word
		{"step up will receive our special favor", 0}, // longer than MaxN
	}
	for _, tc := range tests {
		g := ix.Lookup(tc.phrase)
		got := 0
		if g != nil {
			got = g.Count
		}
		if got != tc.count {
			t.Errorf("Lookup(%q) count %d, want %d", tc.phrase, got, tc.count)
		}
	}
	if g := ix.Lookup("model ally"); g.Surface != "model ally" && g.Surface != "model allies" {
		t.Errorf("surface %q", g.Surface)
	}
	if e := ix.Expansions("NSS"); len(e) != 1 || e[0] != "National Security Strategy" {
		t.Errorf("NSS expansions %q", e)
	}
	if e := ix.Expansions("ROK"); len(e) != 1 || e[0] != "Republic of Korea" {
		t.Errorf("ROK expansions %q", e)
	}
}

// TestNameStart: a name keeps a preposition that opens it, when it is capitalized inside a
// clause before a capitalized word; a sentence's first word and an article never do.
func TestNameStart(t *testing.T) {
	ix := NewIndex()
	ix.AddText("a", "Remarks by Under Secretary of War for Policy Elbridge Colby.\n"+
		"Under Secretary Colby spoke first.\n"+
		"He met the Minister for Foreign Affairs and the Assistant Secretary of Defense for Strategy.\n"+
		"Forces stationed under the treaty stay.\n"+
		"He read The Washington Post.")
	tests := []struct {
		phrase string
		want   bool
	}{
		{"Under Secretary of War for Policy", true},
		{"Under Secretary of War", true},
		{"Secretary of War for Policy", true},
		{"Minister for Foreign Affairs", true},
		{"Assistant Secretary of Defense for Strategy", true},
		{"Under Secretary Colby", false}, // the first word of a sentence: a preposition as well
		{"under the treaty", false},      // not capitalized
		{"The Washington Post", false},   // an article
	}
	for _, tc := range tests {
		if got := ix.Lookup(tc.phrase) != nil; got != tc.want {
			t.Errorf("Lookup(%q) found %v, want %v", tc.phrase, got, tc.want)
		}
	}
}

func TestInitials(t *testing.T) {
	tests := []struct {
		exp, acr string
		want     bool
	}{
		{"Defense Industrial Base", "DIB", true},
		{"Republic of Korea", "ROK", true},
		{"North Atlantic Treaty Organization", "NATO", true},
		{"Extended Deterrence Dialogue", "EDD", true},
		{"Lethal Autonomous Weapons Systems", "LAWS", true},
		{"Nuclear Command, Control, and Communications", "NC3", false},
		{"model allies", "NATO", false},
	}
	for _, tc := range tests {
		if got := Initials(tc.exp, tc.acr); got != tc.want {
			t.Errorf("Initials(%q, %q) = %v", tc.exp, tc.acr, got)
		}
	}
}

func TestSuspendedHyphens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"deploy short-, medium- and intermediate-range missiles in the region", []string{"short-range missiles in the", "medium-range missiles in the"}},
		{"land- or sea-based systems", []string{"land-based systems"}},
		{"long-range missiles", nil},
		{"Japan- and U.S.-based forces", nil}, // U.S.-based: a modifier with periods is not split
	}
	for _, tc := range tests {
		got := SuspendedHyphens(tc.in)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("SuspendedHyphens(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	ix := NewIndex()
	ix.AddSentence("d", 1, "They deploy short-, medium- and intermediate-range missiles.")
	for _, p := range []string{"short-range missiles", "medium-range missiles", "intermediate-range missiles"} {
		if ix.Lookup(p) == nil {
			t.Errorf("%q not indexed", p)
		}
	}
}

func TestCoordinatedModifiers(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The threat of attack by ballistic, hypersonic, and cruise missiles remains.", []string{"ballistic missiles", "hypersonic missiles"}},
		{"presents political, economic, military, and technological challenges to the Alliance", []string{"political challenges", "economic challenges", "military challenges"}},
		{"the cornerstone of peace, security, and prosperity in the region", nil}, // no head follows
		{"defense of Japan and regional security", nil}, // two conjuncts: two noun phrases
		{"Japan, Korea, and the United States", nil},
	}
	for _, tc := range tests {
		got := CoordinatedModifiers(tc.in)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("CoordinatedModifiers(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	ix := NewIndex()
	ix.AddSentence("d", 1, "The threat of attack by ballistic, hypersonic, and cruise missiles remains.")
	for _, p := range []string{"ballistic missiles", "hypersonic missiles", "cruise missiles"} {
		if ix.Lookup(p) == nil {
			t.Errorf("%q not indexed", p)
		}
	}
}

// TestPossessive: a span never ends in a possessive ending (it is stripped: the term is the
// possessor's noun) and never starts inside a possessive phrase.
func TestPossessive(t *testing.T) {
	ix := NewIndex()
	ix.AddText("a", "We value the Asia-Pacific region’s stability.\n"+
		"They welcomed the United States' National Security Strategy.\n"+
		"North Korea's missile launches continue. This will ensure Japan's peace and security.")
	if g := ix.Lookup("Asia-Pacific region"); g == nil || g.Surface != "Asia-Pacific region" {
		t.Errorf("Asia-Pacific region: %+v", g)
	}
	for _, p := range []string{"United States' National Security Strategy", "United States", "North Korea's missile launches", "North Korea", "Japan's peace and security"} {
		if ix.Lookup(p) == nil {
			t.Errorf("%q not indexed", p)
		}
	}
	for _, p := range []string{"States' National Security Strategy", "States' National", "Korea's missile launches", "Korea's missile"} {
		if g := ix.Lookup(p); g != nil {
			t.Errorf("%q indexed (%q): it starts inside a possessive phrase", p, g.Surface)
		}
	}
	for _, g := range ix.list {
		if strings.HasSuffix(g.Surface, "’s") || strings.HasSuffix(g.Surface, "'s") {
			t.Errorf("%q ends in a possessive", g.Surface)
		}
	}
}

// TestAddAligned: the sentence of an aligned segment is indexed with n-grams up to
// MaxAlignedN words, a document's sentence up to MaxN.
func TestAddAligned(t *testing.T) {
	const s = "We strongly oppose any unilateral attempts to change the status quo by force or coercion."
	const long = "unilateral attempts to change the status quo" // seven words
	ix := NewIndex()
	ix.AddSentence("doc", 1, s)
	if ix.Lookup(long) != nil {
		t.Errorf("AddSentence indexed %q, longer than MaxN", long)
	}
	ix = NewIndex()
	ix.AddAligned("seg", 1, s)
	if ix.Lookup(long) == nil {
		t.Errorf("AddAligned did not index %q", long)
	}
	if ix.Lookup("any unilateral attempts to change the status quo by force") != nil {
		t.Errorf("AddAligned indexed a phrase longer than MaxAlignedN")
	}
}

// TestCutsPossessor: no phrase starts at the last word of a possessor written as a name of
// several words; the possessor whole may start one.
func TestCutsPossessor(t *testing.T) {
	ix := NewIndex()
	ix.AddText("a", "They welcomed the United States' National Security Strategy and North Korea's missiles.\nJapan's peace and security matters.\n")
	for _, tc := range []struct {
		phrase string
		want   bool
	}{
		{"States' National Security Strategy", false},
		{"Korea's missiles", false},
		{"United States' National Security Strategy", true},
		{"North Korea's missiles", true},
		{"National Security Strategy", true},
		{"Japan's peace", true}, // the possessor is one word
	} {
		if got := ix.Lookup(tc.phrase) != nil; got != tc.want {
			t.Errorf("%q indexed: %v, want %v", tc.phrase, got, tc.want)
		}
	}
}

// TestClauseWords: clauses end at the punctuation no term crosses, and the words keep their
// offsets in the sentence.
func TestClauseWords(t *testing.T) {
	s := "The Ministers, noting the U.S. role, welcomed it."
	cs := ClauseWords(s)
	if len(cs) != 3 {
		t.Fatalf("%d clauses, want 3: %+v", len(cs), cs)
	}
	w := cs[1][2]
	if w.Text != "U.S." || s[w.Start:w.End] != "U.S." || w.Stop {
		t.Errorf("word %+v, want U.S. at its offset, not a stop word", w)
	}
	if !cs[2][1].Stop || cs[2][1].Text != "it" {
		t.Errorf("word %+v, want the stop word it", cs[2][1])
	}
}

// TestAddAlignedComparative: "more" before a content word opens an n-gram only in a
// sentence indexed as the rendering of a Japanese comparative; "more than" never does.
func TestAddAlignedComparative(t *testing.T) {
	const s = "We build a more robust Alliance with more than ten partners."
	plain, comp := NewIndex(), NewIndex()
	plain.AddAligned("a", 1, s)
	comp.AddAlignedOpen("a", 1, s, OpenComparative)
	if plain.Lookup("more robust Alliance") != nil {
		t.Error("plain: more robust Alliance indexed")
	}
	if comp.Lookup("more robust Alliance") == nil {
		t.Error("comparative: more robust Alliance not indexed")
	}
	if comp.Lookup("more than ten partners") != nil {
		t.Error("comparative: more than ten partners indexed")
	}
}

// TestAddAlignedQuantifier: a determiner of quantity before a content word opens an n-gram
// only in a sentence indexed as the rendering of a Japanese quantifier (いかなる, あらゆる,
// すべての); "all of the" never does, and "more" needs OpenComparative.
func TestAddAlignedQuantifier(t *testing.T) {
	const s = "We oppose any unilateral attempt to change the status quo, as all of the partners do, with more resolve."
	plain, quant := NewIndex(), NewIndex()
	plain.AddAligned("a", 1, s)
	quant.AddAlignedOpen("a", 1, s, OpenQuantifier)
	if plain.Lookup("any unilateral attempt") != nil {
		t.Error("plain: any unilateral attempt indexed")
	}
	if quant.Lookup("any unilateral attempt") == nil {
		t.Error("quantifier: any unilateral attempt not indexed")
	}
	if quant.Lookup("all of the partners") != nil {
		t.Error("quantifier: all of the partners indexed")
	}
	if quant.Lookup("more resolve") != nil {
		t.Error("quantifier: more resolve indexed")
	}
	long := NewIndex()
	ids := long.AddLongOpen("a", 1, "We oppose any unilateral attempts to change the status quo by force or coercion.", 16, OpenQuantifier)
	if g := long.Lookup("any unilateral attempts to change the status quo by force or coercion"); g == nil || !slices.Contains(ids, g.ID) {
		t.Error("long quantifier span not indexed")
	}
}

// TestInName: an n-gram written with every word capitalized right next to another
// capitalized content word is counted as a slice of a name; not when a function word or
// punctuation separates them, nor in a heading whose every content word is capitalized.
func TestInName(t *testing.T) {
	tests := []struct {
		name, text, phrase string
		want               int
	}{
		{name: "after a word of the name", text: "They backed reform of the World Trade Organization.", phrase: "Trade Organization", want: 1},
		{name: "before a word of the name", text: "They adopted the Defense Buildup Program today.", phrase: "Defense", want: 1},
		{name: "near miss: an article before", text: "They backed reform of the Trade Organization.", phrase: "Trade Organization"},
		{name: "near miss: a heading", text: "Asia: Win the Future, Prevent World Trade Organization Collapse", phrase: "Trade Organization"},
		{name: "near miss: lower case", text: "They backed the world trade organization.", phrase: "trade organization"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ix := NewIndex()
			ix.AddText("d.txt", tc.text)
			g := ix.Lookup(tc.phrase)
			if g == nil {
				t.Fatalf("%q not indexed", tc.phrase)
			}
			if g.InName != tc.want {
				t.Errorf("InName = %d, want %d", g.InName, tc.want)
			}
		})
	}
}

// TestExpansionOpensWithNoFunctionWord: an acronym's expansion starts at a word of the
// name, never at a conjunction or preposition in lower case whose first letter happens to
// be the acronym's first ("and Cross-Servicing Agreement" is cut inside the name); a
// function word inside the name still gives its letter (Republic of Korea = ROK).
func TestExpansionOpensWithNoFunctionWord(t *testing.T) {
	tests := []struct {
		name, sentence, acronym, want string
	}{
		{name: "the name behind a conjunction", sentence: "They signed a new Japan-Canada Acquisition and Cross-Servicing Agreement (ACSA) last year.",
			acronym: "ACSA", want: "Acquisition and Cross-Servicing Agreement"},
		{name: "a function word inside the name", sentence: "Leaders of the Republic of Korea (ROK) met.",
			acronym: "ROK", want: "Republic of Korea"},
		{name: "near miss: a capitalized word opens the name", sentence: "They welcomed the Arrangement on Transfer of Equipment (ATE) today.",
			acronym: "ATE", want: "Arrangement on Transfer of Equipment"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ix := NewIndex()
			ix.AddSentence("a.txt", 1, tc.sentence)
			if e := ix.Expansions(tc.acronym); len(e) != 1 || e[0] != tc.want {
				t.Errorf("%s expansions %q, want [%q]", tc.acronym, e, tc.want)
			}
		})
	}
}

// TestPortfolioList: the commas of a name's list of portfolios break no clause, so the name
// is one n-gram, and a span that stops inside the list is none; a person in apposition
// after a comma, or a list that no "of"/"for" of a name opens, is cut as before.
func TestPortfolioList(t *testing.T) {
	for _, tc := range []struct {
		name, sentence, phrase string
		want                   bool
	}{
		{"post with three portfolios", "She met the Minister of Health, Labour and Welfare today.", "Minister of Health, Labour and Welfare", true},
		{"the list alone", "She met the Minister of Health, Labour and Welfare today.", "Health, Labour and Welfare", true},
		{"span stopping inside the list", "She met the Minister of Health, Labour and Welfare today.", "Health, Labour", false},
		{"list with a serial comma", "The Department for Culture, Media, and Sport replied.", "Department for Culture, Media, and Sport", true},
		{"span opening inside the list", "The Department for Culture, Media, and Sport replied.", "Media, and Sport", false},
		{"members of two words", "The Minister for Foreign Affairs, European Affairs and Trade spoke.", "Foreign Affairs, European Affairs and Trade", true},
		{"person in apposition", "The Minister for Foreign Affairs, Mr Smith, and the Minister of Defence met.", "Minister for Foreign Affairs, Mr Smith", false},
		{"lower-case list", "The Minister of Defence, welcomed and thanked, spoke.", "Minister of Defence, welcomed and thanked", false},
		{"no name before the list", "They visited Tokyo, Osaka and Kyoto.", "Tokyo, Osaka and Kyoto", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix := NewIndex()
			ix.AddSentence("a", 1, tc.sentence)
			if got := ix.Lookup(tc.phrase) != nil; got != tc.want {
				t.Errorf("%q indexed: %v, want %v", tc.phrase, got, tc.want)
			}
		})
	}
	cs := ClauseWords("The Minister of Economy, Trade and Industry, and Mr. Ito attended.")
	if len(cs) != 2 || cs[0][len(cs[0])-1].Text != "Industry" {
		t.Errorf("clauses %+v, want the name whole in the first and the rest in the second", cs)
	}
}
