package align

import (
	"os"
	"testing"
)

// TestAttributiveOrder: Japanese puts every modifier before its head, English puts a
// participle before the head but a complement after it. A compound verbal noun in the
// passive (近代化された部隊 = modernized forces), a link in the past (改革に向けた二国間の取組 =
// bilateral reform initiatives: に向けた needs no English word) and a link to a modified
// head (威圧による一方的な行動 = unilateral action by coercion, AによるB = B by A) are
// rendered by a reordered span whose parts are all translated. A span that leaves a word
// unexplained is no rendering of the phrase.
func TestAttributiveOrder(t *testing.T) {
	dict := dictOf(map[string]string{"近代化": "modernization", "部隊": "forces", "改革": "reform",
		"二国間": "bilateral", "取組": "initiative", "威圧": "coercion", "一方的": "unilateral", "行動": "action"})
	tests := []proposalCase{
		{"近代化された部隊を配備する。", "We deploy modernized forces.", "近代化された部隊", "modernized forces", nil},
		{"改革に向けた二国間の取組を進める。", "We advance bilateral reform initiatives.", "改革に向けた二国間の取組", "bilateral reform initiatives", nil},
		{"威圧による一方的な行動に反対する。", "We oppose unilateral action by coercion.", "威圧による一方的な行動", "unilateral action by coercion", nil},
		{"威圧による一方的な行動に反対する。", "We oppose unilateral action by coercion at sea.", "威圧による一方的な行動", "unilateral action by coercion",
			[]string{"unilateral action by coercion at sea"}},
	}
	checkProposals(t, dict, tests)
}

// TestNounNa: な after a noun is the attributive copula, which makes the noun adjectival
// (小規模な = small-scale, though kagome tags 規模 a plain noun), and a verbal noun keeps its
// kana ending when kagome splits it off as a particle (埋立|て = land reclamation).
func TestNounNa(t *testing.T) {
	dict := dictOf(map[string]string{"小規模": "small-scale", "埋立て": "land reclamation"})
	wantProposed(t, dict, "小規模な埋立てを進める。", "They carry out small-scale land reclamation.", "小規模な埋立て", "small-scale land reclamation")
}

// TestGrowthModifier: (一層) X さ を 増す Y, "(still more) gaining in X", is English's
// "increasingly X Y": 増す renders the adverb, the adverb of degree needs no word, and the
// noun made with さ or 性 meets the adjective (厳しさ severity = severe). The adverb of
// degree of another modifier (より限定的 = more limited) stays a word of the term; an
// English phrase without "increasingly" is a partial rendering.
func TestGrowthModifier(t *testing.T) {
	dict := dictOf(map[string]string{"厳しさ": "severity", "増す": "to increase", "海洋": "maritime", "情勢": "situation",
		"重要性": "importance", "協力": "cooperation"})
	wantProposed(t, dict, "一層厳しさを増す海洋情勢に対応する。", "We respond to the increasingly severe maritime situation.",
		"一層厳しさを増す海洋情勢", "increasingly severe maritime situation")
	wantProposed(t, dict, "重要性を増す海洋協力を進める。", "We advance increasingly important maritime cooperation.",
		"重要性を増す海洋協力", "increasingly important maritime cooperation")
	// without an English word for 増す the rendering is partial: at review at most
	res, err := Run(nil, nil, []BitextSegment{{JA: "一層厳しさを増す海洋情勢に対応する。", EN: "We respond to the severe maritime situation.",
		Doc: "a.txt", Line: 1, Origin: "parallel"}}, Options{EDICT: dict})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Pairs {
		if p.JA == "一層厳しさを増す海洋情勢" && p.Status == Auto {
			t.Errorf("growth without an English word for it: %s = %s, %s %.2f", p.JA, p.EN, p.Status, p.Score)
		}
	}
}

// TestAndBeyond: X 及び それ を 超えた Y coordinates X with what lies beyond it, named again
// by それ, and the head Y is shared: "the X Y and beyond". それ renders no word; without
// "beyond" in the English, the phrase is not rendered whole.
func TestAndBeyond(t *testing.T) {
	dict := dictOf(map[string]string{"東アジア": "East Asia", "地域": "region", "超える": "to go beyond", "安定": "stability"})
	wantProposed(t, dict, "東アジア及びそれを超えた地域の安定を守る。", "We uphold stability in the East Asia region and beyond.",
		"東アジア及びそれを超えた地域", "East Asia region and beyond")
	res, err := Run(nil, nil, []BitextSegment{{JA: "東アジア及びそれを超えた地域の安定を守る。", EN: "We uphold stability in the East Asia region.",
		Doc: "a.txt", Line: 1, Origin: "parallel"}}, Options{EDICT: dict})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Pairs {
		if p.JA == "東アジア及びそれを超えた地域" && p.Status == Auto {
			t.Errorf("without beyond: %s = %s, %s %.2f", p.JA, p.EN, p.Status, p.Score)
		}
	}
}

// TestActiveParticiple: a verbal noun with する in the active before a noun (共有する, 連携
// した, 拡大している) is an English participle before the noun: the past one for a state
// held or reached (shared ideals, coordinated response), the one in -ing for what goes on
// (expanding danger). An English phrase without the participle renders the head alone.
func TestActiveParticiple(t *testing.T) {
	dict := dictOf(map[string]string{"共有": "sharing", "理念": "ideal", "連携": "coordination", "対応": "response",
		"増大": "expansion", "危険": "danger"})
	tests := []proposalCase{
		{"両国は共有する理念を掲げる。", "Both nations uphold shared ideals.", "共有する理念", "shared ideals", nil},
		{"同盟国と連携した対応を取る。", "We take a coordinated response with allies.", "連携した対応", "coordinated response", nil},
		{"増大している危険に備える。", "We prepare for the expanding danger.", "増大している危険", "expanding danger", nil},
		{"両国は共有する理念を掲げる。", "Both nations uphold their ideals.", "共有する理念", "", []string{"ideals", "their ideals"}},
	}
	checkProposals(t, dict, tests)
}

// TestModifierAdjective: a noun that modifies the next part of a term, through の or inside
// the compound, is often an English adjective that the dictionary lists under X的 only
// (世界 "world", 世界的 "global"): 世界の繁栄 = global prosperity, 世界経済 = global economy.
// The head of the term stays a noun: 平和な世界 is no "peaceful global".
func TestModifierAdjective(t *testing.T) {
	dict := dictOf(map[string]string{"世界": "world", "世界的": "global", "繁栄": "prosperity", "経済": "economy",
		"平和": "peace"})
	tests := []proposalCase{
		{"世界の繁栄に寄与する。", "It contributes to global prosperity.", "世界の繁栄", "global prosperity", nil},
		{"世界経済を支える。", "It supports the global economy.", "世界経済", "global economy", nil},
		{"平和な世界を築く。", "They build a peaceful global order.", "平和な世界", "", []string{"peaceful global", "peaceful global order"}},
	}
	checkProposals(t, dict, tests)
	// every part is translated: compositional evidence, at auto (a part left over on each
	// side would be partial evidence, at review)
	for _, tt := range tests[:2] {
		res, err := Run(nil, nil, []BitextSegment{{JA: tt.ja, EN: tt.en, Doc: "a.txt", Line: 1, Origin: "parallel"}}, Options{EDICT: dict})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range res.Pairs {
			if p.JA == tt.term && p.EN == tt.want && (p.Status != Auto || p.Evidence[0].Type != EvCompositional) {
				t.Errorf("%s = %s: %s %.2f %s, want auto on compositional evidence", p.JA, p.EN, p.Status, p.Score, p.Evidence[0].Type)
			}
		}
	}
}

// TestAgentPossessive: XによるY, X the agent, is "Y by X" or, X a name, "X's Y"; the
// possessive is written with either apostrophe, and the name is heard without it (イラン ≈
// Iran’s): every part translated, at auto. Another agent's possessive leaves a part on each
// side unexplained: partial evidence, at review at most.
func TestAgentPossessive(t *testing.T) {
	dict := dictOf(map[string]string{"核": "nuclear", "開発": "development"})
	const ja, term = "イランによる核開発を懸念する。", "イランによる核開発"
	for _, tt := range []struct {
		en, want string
		auto     bool
	}{
		{"We are concerned about Iran’s nuclear development.", "Iran’s nuclear development", true},
		{"We are concerned about Iran's nuclear development.", "Iran's nuclear development", true},
		{"We are concerned about nuclear development by Iran.", "nuclear development by Iran", true},
		{"We are concerned about Syria’s nuclear development.", "Syria’s nuclear development", false},
	} {
		res, err := Run(nil, nil, []BitextSegment{{JA: ja, EN: tt.en, Doc: "a.txt", Line: 1, Origin: "parallel"}}, Options{EDICT: dict})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, p := range res.Pairs {
			if p.JA != term || p.EN != tt.want {
				continue
			}
			found = true
			if auto := p.Status == Auto && p.Evidence[0].Type == EvCompositional; auto != tt.auto {
				t.Errorf("%s = %s: %s %.2f %s, want auto on compositional evidence: %v", p.JA, p.EN, p.Status, p.Score, p.Evidence[0].Type, tt.auto)
			}
		}
		if !found && tt.auto {
			t.Errorf("%s = %s not proposed", term, tt.want)
		}
	}
}

// TestPartyCount: a compound of country abbreviations (日米, 日米豪) names a relation by its
// parties, which English counts: bilateral, trilateral, quadrilateral. The count Japanese
// may add (三か国) is then said twice and needs no word of its own, when a head follows. A
// wrong count is no rendering, and the list alone is no adjective.
func TestPartyCount(t *testing.T) {
	dict := dictOf(map[string]string{"日米": "Japan and the United States", "枠組み": "framework", "会合": "meeting",
		"三": "three", "か国": "counter for countries", "協議": "consultation", "外相": "foreign minister", "会談": "meeting"})
	tests := []proposalCase{
		{"日米の協議を続ける。", "We continue bilateral consultations.", "日米の協議", "bilateral consultations", nil},
		{"日米豪の枠組みを活用する。", "We use the trilateral framework.", "日米豪の枠組み", "trilateral framework", nil},
		{"日米豪印の会合を開く。", "We hold a quadrilateral meeting.", "日米豪印の会合", "quadrilateral meeting", nil},
		{"日米豪三か国の会合を開く。", "We hold a trilateral meeting.", "日米豪三か国の会合", "trilateral meeting", nil},
		{"日米豪の枠組みを活用する。", "We use the bilateral framework.", "日米豪の枠組み", "", []string{"bilateral framework"}},
		{"日米豪三か国が集まる。", "The trilateral partners gather.", "日米豪三か国", "", []string{"trilateral"}},
		// 日比, which kagome reads as the surname Hibi, lists Japan and the Philippines
		{"両国の間で日比外相会談を行った。", "The two countries held the Japan-Philippines Foreign Ministers Meeting.", "日比外相会談", "Japan-Philippines Foreign Ministers Meeting", nil},
	}
	checkProposals(t, dict, tests)
}

// TestIrregularParticiple: a verbal noun with する before a noun is the English participle,
// and an irregular one (built, held) is not met by its gloss's stem (building): WordNet's
// list of irregular verb forms gives it. A noun the verbal noun does not modify through する
// (構築の関係, a relation of building) is no participle.
func TestIrregularParticiple(t *testing.T) {
	wn := InstalledWordNet()
	if wn == "" {
		if os.Getenv("GLOSS_REQUIRE_INTEROP") != "" {
			t.Fatal("WordNet is not installed (apt-get install wordnet-base); GLOSS_REQUIRE_INTEROP is set")
		}
		t.Skip("WordNet is not installed")
	}
	dict := dictOf(map[string]string{"構築": "building", "信頼": "trust"})
	for _, tt := range []struct {
		ja, en, term, want string
		auto               bool
	}{
		{"両国が構築した信頼を守る。", "We protect the built trust.", "構築した信頼", "built trust", true},
		{"構築の信頼を守る。", "We protect the built trust.", "構築の信頼", "built trust", false},
	} {
		res, err := Run(nil, nil, []BitextSegment{{JA: tt.ja, EN: tt.en, Doc: "a.txt", Line: 1, Origin: "parallel"}}, Options{EDICT: dict, WordNet: wn})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, p := range res.Pairs {
			if p.JA == tt.term && p.EN == tt.want {
				found = p.Status == Auto
			}
		}
		if found != tt.auto {
			t.Errorf("%s = %s at auto: %v, want %v (%+v)", tt.term, tt.want, found, tt.auto, res.Pairs)
		}
	}
}

// TestAndBeyondThis: これ names the first member as それ does (X 及び これ を 超えた Y), and
// the head may be said twice, once in each member (欧州地域及びこれを超えた地域): English
// says it once, "the X Y and beyond".
func TestAndBeyondThis(t *testing.T) {
	dict := dictOf(map[string]string{"欧州": "Europe", "地域": "region", "超える": "to go beyond", "繁栄": "prosperity"})
	wantProposed(t, dict, "欧州及びこれを超えた地域の繁栄を守る。", "We uphold prosperity in the Europe region and beyond.",
		"欧州及びこれを超えた地域", "Europe region and beyond")
	wantProposed(t, dict, "欧州地域及びこれを超えた地域の繁栄を守る。", "We uphold prosperity in the Europe region and beyond.",
		"欧州地域及びこれを超えた地域", "Europe region and beyond")
	// near miss: the English names the first member only; the repeated head renders no
	// "beyond"
	for _, en := range []string{"We uphold prosperity in the Europe region.", "We uphold prosperity in the Europe region and the region."} {
		res, err := Run(nil, nil, []BitextSegment{{JA: "欧州地域及びこれを超えた地域の繁栄を守る。", EN: en, Doc: "a.txt", Line: 1, Origin: "parallel"}}, Options{EDICT: dict})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range res.Pairs {
			if p.JA == "欧州地域及びこれを超えた地域" && p.Status == Auto {
				t.Errorf("%s: %s = %s, %s %.2f", en, p.JA, p.EN, p.Status, p.Score)
			}
		}
	}
}

// TestCountedParties: a number of countries with its counter (3か国, 三カ国, 2ヶ国) before a
// head, or with の, names a relation by its parties' count as a list of country
// abbreviations does: 3か国協力 = trilateral cooperation. The count must be the
// adjective's (3か国 is not bilateral), and the count alone is no adjective.
func TestCountedParties(t *testing.T) {
	dict := dictOf(map[string]string{"協力": "cooperation", "安全保障": "security", "会合": "meeting",
		"三": "three", "か国": "counter for countries", "協議": "consultation", "枠組み": "framework"})
	tests := []proposalCase{
		{"両国は3か国協力を進める。", "They advance trilateral cooperation.", "3か国協力", "trilateral cooperation", nil},
		{"三カ国の安全保障協力を強化する。", "We strengthen trilateral security cooperation.", "三カ国の安全保障協力", "trilateral security cooperation", nil},
		{"2か国の協議を続ける。", "We continue bilateral consultations.", "2か国の協議", "bilateral consultations", nil},
		{"四ヶ国の枠組みを活用する。", "We use the quadrilateral framework.", "四ヶ国の枠組み", "quadrilateral framework", nil},
		{"3か国の協議を続ける。", "We continue bilateral consultations.", "3か国の協議", "", []string{"bilateral consultations"}},
		{"3か国が集まる。", "The trilateral partners gather.", "3か国", "", []string{"trilateral"}},
	}
	checkProposals(t, dict, tests)
}

// TestUnboundSuffix: 力, 国, 者 and the like are suffixes bound to the stem before them
// (抑止力 = deterrence: 力 needs no English word of its own), but with no stem before them,
// at the start of a term or after a particle, they are nouns of their own: 力による一方的な
// 行動 is "unilateral action by force", and a span without "force" leaves 力 unrendered: no
// auto rendering of the term.
func TestUnboundSuffix(t *testing.T) {
	dict := dictOf(map[string]string{"力": "force", "一方的": "unilateral", "行動": "action", "抑止力": "deterrence",
		"抑止": "deterrence"})
	checkProposals(t, dict, []proposalCase{
		{"力による一方的な行動に反対する。", "We oppose unilateral action by force.", "力による一方的な行動", "unilateral action by force", nil},
		{"抑止力を強化する。", "We strengthen deterrence.", "抑止力", "deterrence", nil},
	})
	res, err := Run(nil, nil, []BitextSegment{{JA: "力による一方的な行動に反対する。", EN: "We firmly oppose unilateral action.",
		Doc: "a.txt", Line: 1, Origin: "parallel"}}, Options{EDICT: dict})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Pairs {
		if p.JA == "力による一方的な行動" && p.Status == Auto {
			t.Errorf("力 read as a bound suffix: %s = %s, %s %.2f", p.JA, p.EN, p.Status, p.Score)
		}
	}
}
