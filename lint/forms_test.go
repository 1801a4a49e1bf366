package lint

import (
	"sort"
	"strings"
	"testing"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/match"
)

// formsGlossary declares short forms, a verb and an adjective, and terms that other
// words contain.
const formsGlossary = `gloss: 1
languages: [ja, en]
concepts:
  - id: alliance
    terms:
      ja: [日米同盟]
      en:
        - {term: Japan-U.S. Alliance, case: insensitive, short: [the Alliance]}
        - {term: U.S.-Japan Alliance, status: admitted, case: insensitive}
  - id: treaty
    terms:
      ja: [日米安全保障条約]
      en: [{term: Treaty of Mutual Cooperation and Security, short: [the Treaty]}]
  - id: deterrence
    terms:
      ja: [抑止]
      en: [{term: deterrence, verb: deter}]
  - id: extended-deterrence
    terms:
      ja: [拡大抑止]
      en: [extended deterrence]
  - id: north-korea
    terms:
      ja: [北朝鮮]
      en: [{term: North Korea, adjective: North Korean}]
  - id: south-korea
    terms:
      ja: [韓国]
      en: [South Korea, {term: ROK, status: admitted}]
  - id: umbrella
    terms:
      ja: [傘]
      en: [umbrella]
  - id: model-allies
    terms:
      ja: [模範的な同盟国, {term: 模範国たる同盟国, status: admitted}]
      en: [model allies, {term: model ally, status: admitted}, {term: exemplary allies, status: admitted}]
  - id: usfj
    terms:
      ja: [在日米軍]
      en: [U.S. Forces Japan]
  - id: shared-values
    terms:
      ja: [共通の価値観, {term: 共通の価値, status: admitted}]
      en: [shared values, {term: common values, status: admitted}]
  - id: partnership
    terms:
      ja: [{term: 三か国のパートナーシップ, short: [パートナーシップ]}, {term: 日米韓三か国のパートナーシップ, status: admitted}]
      en: [trilateral partnership, {term: partnership, status: admitted}]
  - id: scc
    terms:
      ja: [安全保障協議委員会]
      en: [Security Consultative Committee, {term: SCC, status: admitted}]
  - id: bilateral-coordination
    terms:
      ja: [二国間の調整]
      en: [bilateral coordination]
  - id: defense-cooperation
    terms:
      ja: [防衛協力]
      en: [defense cooperation]
  - id: guidelines
    terms:
      ja: [日米防衛協力のための指針]
      en: [Guidelines for Japan-U.S. Defense Cooperation]
  - id: defense-of-japan
    terms:
      ja: [日本の防衛]
      en: [defense of Japan]
  - id: national-defense
    terms:
      ja: [国家の防衛]
      en: [national defense]
  - id: nss
    terms:
      ja: [国家安全保障戦略]
      en: [National Security Strategy]
  - id: nds
    terms:
      ja: [国家防衛戦略]
      en: [National Defense Strategy]
  - id: security-cooperation
    terms:
      ja: [安全保障協力]
      en: [security cooperation]
  - id: us-japan-scc
    terms:
      ja: [日米安全保障協議委員会]
      en: [U.S.-Japan Security Consultative Committee]
  - id: shared-norms
    terms:
      ja: [共有された規範]
      en: [shared norms]
  - id: jsdf
    terms:
      ja: [自衛隊]
      en: [Self-Defense Forces, {term: Self Defence Force, status: forbidden}]
  - id: un
    terms:
      ja: [国連, {term: 国際連合, status: admitted, short: [国連]}]
      en: [United Nations]
  - id: pm
    terms:
      ja: [総理大臣, {term: 内閣総理大臣, status: admitted, short: [総理大臣]}, {term: 宰相, status: admitted}]
      en: [Prime Minister]
  - id: regional-security
    terms:
      ja: [地域の安全保障]
      en: [regional security]
  - id: government-of-japan
    terms:
      ja: [日本政府]
      en: [Government of Japan]
  - id: government-of-the-united-states
    terms:
      ja: [米国政府]
      en: [Government of the United States]
  - id: rules-based-order
    terms:
      ja: [ルールに基づく国際秩序]
      en: [rules-based international order]
  - id: indo-pacific
    terms:
      ja: [インド太平洋]
      en: [Indo-Pacific]
  - id: indo-pacific-region
    terms:
      ja: [インド太平洋地域]
      en: [Indo-Pacific region]
  - id: indo-pacific-and-beyond
    terms:
      ja: [インド太平洋及びそれを超えた地域]
      en: [Indo-Pacific and beyond]
  - id: allies-and-partners
    terms:
      ja: [同盟国・パートナー国, {term: 同盟国及びパートナー国, status: admitted}]
      en: [allies and partners]
  - id: shared-vision
    terms:
      ja: [共通のビジョン]
      en: [shared vision]
  - id: unwavering-commitment
    terms:
      ja: [揺るぎないコミットメント]
      en: [unwavering commitment]
  - id: seamless
    terms:
      ja: [切れ目のない対応]
      en: [seamless response]
  - id: trilateral-security-cooperation
    terms:
      ja: [日米韓の安全保障協力]
      en: [trilateral security cooperation]
  - id: military-power
    terms:
      ja: [軍事力]
      en: [military power]
  - id: military-build-up
    terms:
      ja: [軍事力の増強]
      en: [military build-up, {term: military buildup, status: admitted}]
  - id: npt
    translate: false
    terms:
      ja: [NPT, {term: 核兵器不拡散条約, status: admitted}]
      en: [NPT, {term: Treaty on the Non-Proliferation of Nuclear Weapons, status: admitted}]
  - id: defense-capabilities
    terms:
      ja: [防衛能力, {term: 防衛力, status: admitted}]
      en: [defense capabilities]
  - id: article-v
    terms:
      ja: [日米安全保障条約第5条]
      en: [{term: Article V of the Security Treaty, short: [Article V]}]
  - id: futenma
    terms:
      ja: [普天間飛行場]
      en: [MCAS Futenma]
  - id: fre
    terms:
      ja: [普天間飛行場代替施設]
      en: [Futenma Replacement Facility]
  - id: unilateral-attempts
    terms:
      ja: [力による一方的な現状変更の試み]
      en: [unilateral attempts to change the status quo by force]
  - id: quad
    terms:
      ja: [日米豪印, {term: クアッド, status: admitted}]
      en: [Quad]
  - id: asean-centrality
    terms:
      ja: [ASEAN中心性]
      en: [ASEAN centrality]
  - id: missile-defense
    terms:
      ja: [ミサイル防衛]
      en: [missile defense]
  - id: global-leadership
    terms:
      ja: [グローバル・リーダーシップ]
      en: [global leadership]
  - id: economic-coercion
    terms:
      ja: [経済的威圧]
      en: [economic coercion]
  - id: geopolitical-competition
    terms:
      ja: [地政学的な競争]
      en: [geopolitical competition]
`

func formsLinter(t testing.TB) *Linter {
	t.Helper()
	g, err := glossary.Parse([]byte(formsGlossary), "forms.yaml")
	if err != nil {
		t.Fatal(err)
	}
	l, err := New(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// brief renders findings as "rule/concept@segment", sorted.
func brief(fs []Finding) string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule+"/"+f.Concept+"@"+f.Segment)
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

// TestShortVerbAdjectiveAndScope lints one-row and few-row TSVs (id, ja, en) for each
// mechanism that keeps an official translation clean, and for the wrong rendering beside it.
func TestShortVerbAdjectiveAndScope(t *testing.T) {
	l := formsLinter(t)
	tests := []struct {
		name string
		rows []string // id<TAB>ja<TAB>en
		enja bool     // check en → ja: the English is the source
		want string
		// accepted are the paraphrases accepted as renderings (Run.Accepted), as want
		accepted string
	}{
		{name: "short form after the full form",
			rows: []string{"1\t日米同盟は重要だ。\tThe Japan-U.S. Alliance matters.", "2\t日米同盟を強化する。\tWe strengthen the Alliance."}},
		{name: "short form opening a sentence",
			rows: []string{"1\t日米同盟は重要だ。\tThe Japan-U.S. Alliance matters.", "2\t日米同盟は課題に直面する。\tThe Alliance faces challenges."}},
		{name: "short form only: a note",
			rows: []string{"1\t日米同盟を強化する。\tWe strengthen the Alliance."}, want: "short-form/alliance@1"},
		{name: "a short form after the first-person possessive is an antecedent",
			rows: []string{"1\t日米同盟を強化する。\tWe strengthen our Alliance.", "2\t日米同盟は重要だ。\tThe Alliance matters."}},
		{name: "a short form with the indefinite article introduces the referent",
			rows: []string{"1\t日米同盟を新たにする。\tTokyo and Washington renew an Alliance that has kept the peace.", "2\t日米同盟は重要だ。\tThe Alliance matters."}},
		{name: "a short form after a possessive noun names its concept",
			rows: []string{"1\t日米同盟を強化する。\tWe strengthen our two countries' Alliance.", "2\t日米同盟の強さ\tthe Alliance's strength"}},
		{name: "a case-insensitive name's short form in lower case after a definite determiner",
			rows: []string{"1\t日米同盟は重要だ。\tThe Japan-U.S. alliance matters.", "2\t日米同盟を強化する。\tWe strengthen the alliance.", "3\t日米同盟を強化する。\tWe strengthen our alliance and Japan's alliance."}},
		{name: "near miss: the head in lower case after an indefinite determiner is the common noun",
			rows: []string{"1\t日米同盟は重要だ。\tThe Japan-U.S. Alliance matters.", "2\t日米同盟を強化する。\tWe strengthen an alliance of democracies.", "3\t日米同盟を強化する。\tEvery alliance needs trust."},
			want: "missing-term/alliance@2 missing-term/alliance@3"},
		{name: "the head after an adjective is no short form: missing",
			rows: []string{"1\t日米同盟を新たにする。\tWe renew a new Alliance."}, want: "missing-term/alliance@1"},
		{name: "a short form after another possessive: a note",
			rows: []string{"1\t日米同盟を強化する。\tThey strengthen their Alliance."}, want: "short-form/alliance@1"},
		{name: "no short form: missing",
			rows: []string{"1\t日米同盟を強化する。\tWe strengthen the partnership."}, want: "missing-term/alliance@1"},
		{name: "short form does not hide the full term it starts",
			rows: []string{"1\t日米安全保障条約の下で\tunder the Treaty of Mutual Cooperation and Security", "2\t日米安全保障条約は\tthe Treaty"}},
		{name: "verb for a verb use",
			rows: []string{"1\t攻撃を抑止する。\tto deter attacks.", "2\t侵略を抑止し、\tdeterring aggression,", "3\t攻撃を抑止できる。\tcan deter attacks.", "4\t攻撃は抑止された。\tAttacks were deterred."}},
		{name: "verb not for a noun use",
			rows: []string{"1\t抑止の強化\tto deter more"}, want: "missing-term/deterrence@1"},
		{name: "noun for a verb use",
			rows: []string{"1\t攻撃を抑止する。\tprovides deterrence against attacks."}},
		{name: "adjective",
			rows: []string{"1\t北朝鮮による挑発\tNorth Korean provocations"}},
		{name: "longer glossary term",
			rows: []string{"1\t拡大抑止を強化する。\tstrengthen extended deterrence"}},
		{name: "longer word with the term's characters",
			rows: []string{"1\t大韓民国政府は\tthe government", "2\t同盟の傘下にある\tunder the alliance"}},
		{name: "the term itself in a compound",
			rows: []string{"1\t韓国政府は\tthe government"}, want: "missing-term/south-korea@1"},
		{name: "country in a leader's title",
			rows: []string{"1\t尹錫悦韓国大統領は\tPresident Yoon Suk Yeol"}},
		{name: "country in a title after a katakana name",
			rows: []string{"1\tジョセフ・バイデン韓国大統領は\tPresident Joseph R. Biden"}},
		{name: "country not in a title",
			rows: []string{"1\t韓国と北朝鮮\tthe peninsula and North Korea"}, want: "missing-term/south-korea@1"},
		{name: "en → ja: a term inside a longer term of the translation",
			rows: []string{"1\t日米防衛協力のための指針の見直し\tthe revision of the guidelines for our defense cooperation"}, enja: true},
		{name: "en → ja: the longer term decides what the source demands",
			rows: []string{"1\t防衛協力の見直し\tthe revision of the Guidelines for Japan-U.S. Defense Cooperation"}, enja: true, want: "missing-term/guidelines@1"},
		{name: "en → ja: term missing",
			rows: []string{"1\t日米協力\tdefense cooperation"}, enja: true, want: "missing-term/defense-cooperation@1"},
		{name: "en → ja: a Japanese short form for a short source term",
			rows: []string{"1\t我々のパートナーシップは\tOur partnership is"}, enja: true},
		{name: "en → ja: no short form: missing",
			rows: []string{"1\t我々の関係は\tOur partnership is"}, enja: true, want: "missing-term/partnership@1"},
		{name: "en → ja: a Japanese short form only, for the full source term: a note",
			rows: []string{"1\tパートナーシップを強化する\tstrengthen the trilateral partnership"}, enja: true, want: "short-form/partnership@1"},
		{name: "en → ja: a compound of country initials names each country",
			rows: []string{"1\t日米韓三か国は\tJapan, the ROK, and the United States", "2\t米韓同盟\tthe U.S.-ROK Alliance"}, enja: true},
		{name: "en → ja: one initial alone names no country",
			rows: []string{"1\t韓の三か国は\tthe ROK"}, enja: true, want: "missing-term/south-korea@1"},
		{name: "en → ja: a compound without the country",
			rows: []string{"1\t日米は\tthe ROK"}, enja: true, want: "missing-term/south-korea@1"},
		{name: "en → ja: an acronym modifying a plural noun, named by the noun",
			rows: []string{"1\t閣僚は、認識した。\tThe SCC members recognized it."}, enja: true},
		{name: "en → ja: an acronym as the subject",
			rows: []string{"1\t閣僚は、強調した。\tThe SCC reaffirms its commitment.", "2\t閣僚は強調した。\tThe SCC stressed it."}, enja: true,
			want: "missing-term/scc@1 missing-term/scc@2"},
		{name: "en → ja: an adjective next to the head inside the term",
			rows: []string{"1\t二国間の十分な調整を確保する\tensure full bilateral coordination", "2\t二国間の一層の調整\tcloser bilateral coordination"}, enja: true},
		{name: "en → ja: a -的 adjective compounded with the head inside the term",
			rows: []string{"1\t二国間の技術的調整を確保する\tensure bilateral coordination"}, enja: true},
		{name: "en → ja: a phrase with -的, or another head, after の",
			rows: []string{"1\t二国間の技術的な面での調整\tbilateral coordination", "2\t二国間の技術的連携\tbilateral coordination"}, enja: true,
			want: "missing-term/bilateral-coordination@1 missing-term/bilateral-coordination@2"},
		{name: "en → ja: bilateral said by naming the two parties",
			rows: []string{"1\t日米の調整を強化する\tbilateral coordination", "2\t日米間の調整\tbilateral coordination"}, enja: true},
		{name: "en → ja: trilateral said by the parties names the term in full for a later short form",
			rows: []string{"1\t日米韓のパートナーシップの新時代\ta new era of trilateral partnership", "2\t我々のパートナーシップは\tour trilateral partnership"}, enja: true},
		{name: "near miss: en → ja: three parties or one for bilateral",
			rows: []string{"1\t日米韓の調整を強化する\tbilateral coordination", "2\t日本の調整\tbilateral coordination"}, enja: true,
			want: "missing-term/bilateral-coordination@1 missing-term/bilateral-coordination@2"},
		{name: "en → ja: not a modifier but another phrase",
			rows: []string{"1\t二国間の協議、及び調整\tbilateral coordination", "2\t二国間の対話と政策の調整\tbilateral coordination"}, enja: true,
			want: "missing-term/bilateral-coordination@1 missing-term/bilateral-coordination@2"},
		{name: "a term modifying a longer compound is not the term",
			rows: []string{"1\t日本の防衛計画の大綱を歓迎した。\twelcomed Japan's National Defense Program Guidelines."}},
		{name: "the term before a suffix or a particle is the term",
			rows: []string{"1\t日本の防衛に関与する\tcommitted to Japan's security", "2\t日本の防衛上の課題\tJapan's security challenges"},
			want: "missing-term/defense-of-japan@1 missing-term/defense-of-japan@2"},
		{name: "en → ja: a capitalized term continued by a name",
			rows: []string{"1\t防衛計画の大綱\tthe National Defense Program Guidelines"}, enja: true},
		{name: "en → ja: a term modifying a noun",
			rows: []string{"1\t地域における安全保障協力\tregional security cooperation", "2\t地域の課題\tregional security challenges."}, enja: true},
		{name: "en → ja: the term as a subject or before a preposition",
			rows: []string{"1\t国の防衛は\tNational Defense remains key", "2\t地域の安定が\tregional security remains iron-clad", "3\t地域の安定を\tregional security in Asia", "4\t地域の課題\tregional security requires the cooperation of all"}, enja: true,
			want: "missing-term/national-defense@1 missing-term/regional-security@2 missing-term/regional-security@3 missing-term/regional-security@4"},
		{name: "en → ja: the term before a verb without -ed and its object",
			rows: []string{"1\t地域の課題が皆の注目を集めた\tregional security held the attention of all", "2\t協議を実施した\tThe Government of Japan held a dialogue.", "3\t閣僚に会った\tThe Government of Japan met them."}, enja: true,
			want: "missing-term/government-of-japan@2 missing-term/government-of-japan@3 missing-term/regional-security@1"},
		{name: "en → ja: a term modifying a noun before a clause's verb",
			rows: []string{"1\t地域の協力が進んだ\tregional security cooperation made progress", "2\t地域の協力を強化した\tstrengthened regional security cooperation."}, enja: true},
		{name: "en → ja: a term modifying a noun before a time phrase or a relative clause without that",
			rows: []string{"1\t我々は本年、地域の枠組みを構築する。\tWe will build a regional security framework this year.",
				"2\t我々は翌年、地域の枠組みを構築した。\tWe built a regional security framework the following year.",
				"3\t我々は首脳が承認した地域の枠組みを強化する。\tWe will strengthen the regional security architecture the leaders endorsed.",
				"4\t我々は首脳が構築する地域の枠組みを支持する。\tWe support the regional security framework our leaders will build."}, enja: true},
		{name: "a hyphenated term spelled open",
			rows: []string{"1\t自衛隊は\tthe Japan Self Defense Forces"}},
		{name: "a forbidden open term spelled hyphenated",
			rows: []string{"1\t自衛隊は\tthe Self-Defence Force"}, want: "forbidden-term/jsdf@1"},
		{name: "coordinated modifiers sharing a head",
			rows: []string{"1\t国家安全保障戦略及び国家防衛戦略\tits national security and defense strategies.", "2\t国家防衛戦略及び国家安全保障戦略\tthe National Defense, Security, and Cyber Strategies"}},
		{name: "coordination needs every modifier and the head",
			rows: []string{"1\t国家安全保障戦略及び国家防衛戦略\tits national security and defense policies", "2\t国家防衛戦略\tnational security. Defense strategies"},
			want: "missing-term/nds@1 missing-term/nds@2 missing-term/nss@1"},
		{name: "en → ja: coordinated members sharing a head or a modifier",
			rows: []string{"1\t日米の安全保障及び防衛協力\tsecurity cooperation", "2\t国家安全保障及び防衛戦略\tthe National Defense Strategy"}, enja: true},
		{name: "en → ja: a modifier linked by の to coordinated members",
			rows: []string{"1\tASEANの一体性と中心性を支持する\tsupport ASEAN centrality"}, enja: true},
		{name: "near miss: en → ja: の and no coordination",
			rows: []string{"1\tASEANの一体性の中心性を支持する\tsupport ASEAN centrality", "2\tASEANの会議で中心性を\tsupport ASEAN centrality"}, enja: true,
			want: "missing-term/asean-centrality@1 missing-term/asean-centrality@2"},
		{name: "en → ja: not a coordination",
			rows: []string{"1\t安全保障に関する協力\tsecurity cooperation", "2\t国家の防衛に関する戦略\tthe National Defense Strategy"}, enja: true,
			want: "missing-term/nds@2 missing-term/security-cooperation@1"},
		{name: "en → ja: a サ変 noun modifier in another attributive form",
			rows: []string{"1\t共有する規範\tshared norms", "2\t共有している規範\tshared norms", "3\t共通する価値観\tshared values"}, enja: true},
		{name: "en → ja: the noun and head must both be there",
			rows: []string{"1\t共有する価値\tshared norms", "2\t規範を共有する\tshared norms"}, enja: true,
			want: "missing-term/shared-norms@1 missing-term/shared-norms@2"},
		{name: "en → ja: 共有する for 共通の, the same modifier",
			rows: []string{"1\t両国が共有するビジョン\tour shared vision", "2\t両国が共有する価値及び利益\tour common values and interests", "3\t共有された価値観\tshared values"}, enja: true},
		{name: "en → ja: the synonym needs the head",
			rows: []string{"1\t両国が共有する利益\tour shared values", "2\t共通の認識\tour shared vision"}, enja: true,
			want: "missing-term/shared-values@1 missing-term/shared-vision@2"},
		{name: "en → ja: a pair with another conjunction, a loanword without 国",
			rows: []string{"1\t同盟国及びパートナーとの協力\tcooperation with allies and partners", "6\t同盟国およびパートナーとの協力\tcooperation with allies and partners", "2\t同盟国とパートナー国\tallies and partners", "3\t同盟国・パートナー。\tallies and partners", "4\tパートナー国・同盟国\tallies and partners", "5\tパートナー及び同盟国\tallies and partners"}, enja: true},
		{name: "a pair in the other order",
			rows: []string{"1\t同盟国・パートナー国\tpartners and allies"}},
		{name: "a pair needs both members",
			rows: []string{"1\t同盟国・パートナー国\tpartners and friends", "2\t同盟国・パートナー国\tallies, partners"}, want: "missing-term/allies-and-partners@1 missing-term/allies-and-partners@2"},
		{name: "en → ja: a disjunction or another word is not the pair",
			rows: []string{"1\t同盟国又はパートナー国\tallies and partners", "2\t同盟国及びパートナーシップ\tallies and partners", "3\t同盟国及び友好国\tallies and partners", "4\tパートナーシップ及び同盟国\tallies and partners", "5\t同盟国またはパートナー国\tallies and partners"}, enja: true,
			want: "missing-term/allies-and-partners@1 missing-term/allies-and-partners@2 missing-term/allies-and-partners@3 missing-term/allies-and-partners@4 missing-term/allies-and-partners@5"},
		{name: "a place name with or without its classifier head",
			rows: []string{"1\tインド太平洋地域の平和\tpeace in the Indo-Pacific"}},
		{name: "en → ja: a place name with or without its classifier head",
			rows: []string{"1\tインド太平洋の平和\tpeace in the Indo-Pacific region", "2\tインド太平洋及びそれを超えた地域の平和\tpeace in the Indo-Pacific region"}, enja: true},
		{name: "the classifier head does not stand for the name",
			rows: []string{"1\tインド太平洋地域の平和\tpeace in the region"}, want: "missing-term/indo-pacific-region@1"},
		{name: "en → ja: the classifier head does not stand for the name",
			rows: []string{"1\tアジア地域の平和\tpeace in the Indo-Pacific region"}, enja: true, want: "missing-term/indo-pacific-region@1"},
		{name: "a classifier head before a conjunction",
			rows: []string{"1\tインド太平洋及びそれを超えた地域\tthe Indo-Pacific region and beyond"}},
		{name: "only a classifier head before a conjunction",
			rows: []string{"1\tインド太平洋及びそれを超えた地域\tthe Indo-Pacific security and beyond", "2\tインド太平洋及びそれを超えた地域\tthe Indo-Pacific region"},
			want: "missing-term/indo-pacific-and-beyond@1 missing-term/indo-pacific-and-beyond@2"},
		{name: "a country's institution by its adjective or possessive",
			rows: []string{"1\t日本政府は\tthe Japanese Government", "2\t日本政府は\tJapan's government", "3\t日本政府及び米国政府の協力\tcooperation between the Japanese and U.S. Governments", "4\t米国政府及び日本政府\tthe U.S. and Japanese governments",
				"5\t日本政府及び米国政府は\tthe Governments of Japan and the United States", "6\t米国政府及び日本政府は\tthe Governments of the United States and Japan"}},
		{name: "the country's adjective on another noun is not its institution",
			rows: []string{"1\t日本政府は\tthe Japanese people", "2\t日本政府及び米国政府\tthe Japanese and U.S. militaries", "3\t日本政府は\tthe Governments of Korea and China", "4\t日本政府は\tthe peoples of Japan and Korea"},
			want: "missing-term/government-of-japan@1 missing-term/government-of-japan@2 missing-term/government-of-japan@3 missing-term/government-of-japan@4 missing-term/government-of-the-united-states@2"},
		{name: "modifiers of one head in another order, A-based B as B based on A",
			rows: []string{"1\tルールに基づく国際秩序\tthe international rules-based order", "2\tルールに基づく国際秩序\tan international order based on rules", "3\tルールに基づく国際秩序\ta rule-based international order", "4\tルールに基づく国際秩序\tthe international rule-based order", "5\tルールに基づく国際秩序\tan international order based on the rules"}},
		{name: "another modifier, or based on something else, is not the term",
			rows: []string{"1\tルールに基づく国際秩序\ta rules-based economic order", "2\tルールに基づく国際秩序\tan international order based on force", "3\tルールに基づく国際秩序\tthe international order", "4\tルールに基づく国際秩序\ta values-based international order"},
			want: "missing-term/rules-based-order@1 missing-term/rules-based-order@2 missing-term/rules-based-order@3 missing-term/rules-based-order@4"},
		{name: "a country's adjective between a term's words",
			rows: []string{"1\t米国の揺るぎないコミットメント\tthe unwavering U.S. commitment", "2\t日本の揺るぎないコミットメント\tthe unwavering Japanese commitment", "3\t日米の揺るぎないコミットメント\tthe unwavering U.S. and Japanese commitment"}},
		{name: "only a country's adjective between a term's words",
			rows: []string{"1\t米国の揺るぎないコミットメント\tthe unwavering strong commitment", "2\t米国の揺るぎないコミットメント\tthe unwavering Japan commitment"}, want: "missing-term/unwavering-commitment@1 missing-term/unwavering-commitment@2"},
		{name: "country initials and の before another concept's term",
			rows: []string{"1\t日米韓の安全保障協力を強化する\tstrengthen U.S.-Japan-ROK security cooperation"}},
		{name: "a term inside a longer one with an adjective before its head",
			rows: []string{"1\t軍事力の急速な増強に懸念を表明する\tconcern over the rapid military buildup", "2\t軍事力の一層の増強\tfurther military build-up"}},
		{name: "not inside a longer term the translation renders",
			rows: []string{"1\t軍事力の急速な増強に懸念を表明する\tconcern over the rapid growth", "2\t軍事力の急速な近代化\trapid military modernization", "3\t軍事力の対話と政策の増強\tmilitary buildup"},
			want: "missing-term/military-power@1 missing-term/military-power@2 missing-term/military-power@3"},
		{name: "a kept term in the source language's own words is translated",
			rows: []string{"1\t核兵器不拡散条約を維持する\tmaintain the Treaty on the Non-Proliferation of Nuclear Weapons", "2\t核兵器不拡散条約を維持する\tmaintain the NPT"}},
		{name: "a kept term written alike in both languages must be kept; the translated one rendered",
			rows: []string{"1\tNPTを維持する\tmaintain the Treaty on the Non-Proliferation of Nuclear Weapons", "2\t核兵器不拡散条約を維持する\tmaintain the treaty"},
			want: "do-not-translate/npt@1 missing-term/npt@2"},
		{name: "a term whose end begins another word the translation renders",
			rows: []string{"1\t日本の防衛力を強化する\tstrengthen Japan's defense capabilities"}},
		{name: "a term whose end begins another word the translation does not render",
			rows: []string{"1\t日本の防衛力を強化する\tstrengthen Japan's forces"},
			want: "missing-term/defense-of-japan@1"},
		{name: "Arabic for Roman numerals",
			rows: []string{"1\t日米安全保障条約第5条\tArticle 5 of the Security Treaty"}},
		{name: "another number is not the term",
			rows: []string{"1\t日米安全保障条約第5条\tArticle 6 of the Security Treaty", "2\t日米安全保障条約第5条\tArticle VI"},
			want: "missing-term/article-v@1 missing-term/article-v@2"},
		{name: "the adjective of a noun as an adverb in its infinitive",
			rows: []string{"1\t力による一方的な現状変更の試みに反対する\toppose attempts to unilaterally change the status quo by force"}},
		{name: "the adverb must be the adjective's",
			rows: []string{"1\t力による一方的な現状変更の試みに反対する\toppose attempts to change the status quo by force", "2\t力による一方的な現状変更の試みに反対する\toppose attempts to quickly change the status quo by force"},
			want: "missing-term/unilateral-attempts@1 missing-term/unilateral-attempts@2"},
		{name: "a compound of country initials rendered by the countries' names",
			rows: []string{"1\t日米豪印の協力\tcooperation among Australia, India, Japan, and the United States", "2\t日米豪印首脳\tthe leaders of Australia, India, Japan and the U.S."}},
		{name: "every country of the compound must be named",
			rows: []string{"1\t日米豪印の協力\tcooperation between Japan and the United States", "2\t日米豪印の協力\tIndian and Australian cooperation with Japan's partners"}, want: "missing-term/quad@1 missing-term/quad@2"},
		{name: "en → ja: の between a name and the kanji noun it modifies",
			rows: []string{"1\tASEANの中心性と一体性\tASEAN centrality and unity", "2\tミサイルの防衛\tmissile defense", "3\t普天間飛行場の代替施設\tthe Futenma Replacement Facility"}, enja: true},
		{name: "en → ja: only の between the name and its noun",
			rows: []string{"1\tASEANと中心性\tASEAN centrality", "2\tASEAN諸国の中心性\tASEAN centrality", "3\t普天間飛行場の新たな代替施設\tthe Futenma Replacement Facility", "4\t普天間の飛行場代替施設\tthe Futenma Replacement Facility"}, enja: true,
			want: "missing-term/asean-centrality@1 missing-term/asean-centrality@2 missing-term/fre@3 missing-term/fre@4"},
		{name: "en → ja: a parenthetical note between two parts of the term",
			rows: []string{"1\t普天間飛行場(同県宜野湾市)の代替施設を建設する\tconstruct the Futenma Replacement Facility", "2\t普天間飛行場（宜野湾市）代替施設\tthe Futenma Replacement Facility"}, enja: true},
		{name: "en → ja: a note does not make another phrase the term",
			rows: []string{"1\t普天間飛行場(同県宜野湾市)の周辺\tthe Futenma Replacement Facility", "2\t普天間飛行場(宜野湾市にあり、老朽化した)の代替施設\tthe Futenma Replacement Facility", "3\t普天間飛行場(同県宜野湾市)の新たな代替施設\tthe Futenma Replacement Facility", "4\t普天間飛行場(同県宜野湾市の\tthe Futenma Replacement Facility"}, enja: true,
			want: "missing-term/fre@1 missing-term/fre@2 missing-term/fre@3 missing-term/fre@4"},
		{name: "en → ja: a noun negated by ない with or without の",
			rows: []string{"1\t揺るぎのないコミットメントを表明する\texpress our unwavering commitment", "2\t切れ目ない対応\ta seamless response"}, enja: true},
		{name: "en → ja: only の before ない",
			rows: []string{"1\t揺るぎないとのコミットメント\texpress our unwavering commitment", "2\t切れ目もない対応\ta seamless response"}, enja: true,
			want: "missing-term/seamless@2 missing-term/unwavering-commitment@1"},
		{name: "en → ja: a -的 adjective with or without な",
			rows: []string{"1\t経済的な威圧に反対する\toppose economic coercion", "2\t地政学的競争の中で\tamid geopolitical competition"}, enja: true},
		{name: "en → ja: only な between a -的 adjective and its noun",
			rows: []string{"1\t経済的かつ軍事的な威圧\teconomic coercion", "2\t地政学的な軍事競争\tgeopolitical competition"}, enja: true,
			want: "missing-term/economic-coercion@1 missing-term/geopolitical-competition@2"},
		{name: "en → ja: the term's own parts linked by な, or not by the middle dot",
			rows: []string{"1\tグローバルなリーダーシップを発揮する\texercise global leadership", "2\tグローバルリーダーシップを\tglobal leadership"}, enja: true},
		{name: "en → ja: another word between the parts, or a noun after the head",
			rows: []string{"1\tグローバルな経済リーダーシップを\tglobal leadership", "2\tグローバルなリーダーシップ論を\tglobal leadership"}, enja: true,
			accepted: "paraphrased-term/global-leadership@1 paraphrased-term/global-leadership@2"},
		{name: "the parties of a body left to the context",
			rows: []string{"1\t日米安全保障協議委員会は\tthe Security Consultative Committee"}},
		{name: "the parties left out and the body not named",
			rows: []string{"1\t日米安全保障協議委員会は\tthe committee"}, want: "missing-term/us-japan-scc@1"},
		{name: "described name",
			rows: []string{"1\t在日米軍のプレゼンス\tthe presence of U.S. forces in Japan"}},
		{name: "described name needs every word",
			rows: []string{"1\t在日米軍のプレゼンス\tthe presence of U.S. forces"}, want: "missing-term/usfj@1"},
		{name: "consistency: only renderings of a source term",
			rows: []string{"1\t共通の価値観\tshared values", "2\t共通の価値\tcommon values"}},
		{name: "consistency: two renderings of one source term",
			rows: []string{"1\t共通の価値観\tshared values", "2\t共通の価値観\tshared values", "3\t共通の価値観\tcommon values"}, want: "inconsistent-term/shared-values@3"},
		{name: "consistency: a short source term leaves the wording to the context",
			rows: []string{"1\t共通の価値\tshared values", "2\t共通の価値\tshared values", "3\t共通の価値\tcommon values"}},
		{name: "en → ja: an admitted Japanese term renders the concept",
			rows: []string{"1\t共通の価値に基づく\tbased on shared values"}, enja: true},
		{name: "en → ja consistency: a rendering that elaborates another",
			rows: []string{"1\t三か国のパートナーシップ\ttrilateral partnership", "2\t日米韓三か国のパートナーシップ\ttrilateral partnership", "3\t三か国のパートナーシップ\ttrilateral partnership"}, enja: true},
		{name: "en → ja consistency: two renderings, neither in the other",
			rows: []string{"1\t共通の価値観\tshared values", "2\t共通の価値観\tshared values", "3\t共通の価値\tshared values"}, enja: true, want: "inconsistent-term/shared-values@3"},
		{name: "en → ja consistency: a term in apposition to another is one naming",
			rows: []string{"1\t日米豪印（クアッド）の首脳は\tThe Quad leaders", "2\t日米豪印は\tThe Quad", "3\tクアッド(日米豪印)は\tThe Quad"}, enja: true},
		{name: "en → ja consistency: the name given in apposition, used alone later",
			rows: []string{"1\t日米豪印（クアッド）の首脳は\tThe Quad leaders", "2\tクアッドは\tThe Quad", "3\t日米豪印は\tThe Quad"}, enja: true},
		{name: "en → ja consistency: a name as the modifier of a compound does not count",
			rows: []string{"1\tクアッドは善を推進する\tThe Quad", "2\t日米豪印パートナーは\tQuad partners", "3\tクアッドの首脳は\tThe Quad leaders", "4\t日米豪印首脳会合\tthe Quad Leaders' Summit"}, enja: true},
		{name: "en → ja consistency: two names not in apposition",
			rows: []string{"1\t日米豪印とクアッドの首脳は\tThe Quad leaders", "2\t日米豪印は\tThe Quad"}, enja: true, want: "inconsistent-term/quad@1"},
		{name: "en → ja consistency: the full form, then the short form the glossary declares",
			rows: []string{"1\t国際連合の会合で内閣総理大臣は\tAt the meeting of the United Nations, the Prime Minister", "2\t国連で総理大臣は\tAt the United Nations, the Prime Minister", "3\t国連は\tThe United Nations"}, enja: true},
		{name: "en → ja consistency: a short form without its full form, and a competing rendering",
			rows: []string{"1\t総理大臣は\tThe Prime Minister", "2\t総理大臣は\tThe Prime Minister", "3\t宰相は\tThe Prime Minister"}, enja: true, want: "inconsistent-term/pm@3"},
		{name: "en → ja consistency: a competing rendering beside a full form and its short form",
			rows: []string{"1\t内閣総理大臣は\tThe Prime Minister", "2\t総理大臣は\tThe Prime Minister", "3\t宰相は\tThe Prime Minister"}, enja: true, want: "inconsistent-term/pm@3"},
		{name: "consistency: one term in the other number is one wording",
			rows: []string{"1\t模範的な同盟国を優先する。\tWe prioritize model allies.", "2\t模範的な同盟国である。\tIt is a model ally.", "3\t模範的な同盟国と協力する。\tWe work with model allies."}},
		{name: "near miss: consistency: another word is another wording",
			rows: []string{"1\t模範的な同盟国を優先する。\tWe prioritize model allies.", "2\t模範的な同盟国である。\tThey are exemplary allies.", "3\t模範的な同盟国と協力する。\tWe work with model allies."},
			want: "inconsistent-term/model-allies@2"},
		{name: "consistency: two source terms rendered each its own way",
			rows: []string{"1\t模範的な同盟国を優先する。\tWe prioritize model allies.", "2\t模範国たる同盟国である。\tThey are exemplary allies.", "3\t模範的な同盟国と協力する。\tWe work with model allies.", "4\t模範国たる同盟国と\twith exemplary allies"}},
		{name: "near miss: consistency: one of two source terms rendered two ways",
			rows: []string{"1\t模範的な同盟国を優先する。\tWe prioritize model allies.", "2\t模範国たる同盟国である。\tThey are exemplary allies.", "3\t模範的な同盟国と協力する。\tWe work with model allies.", "4\t模範的な同盟国と\twith exemplary allies"},
			want: "inconsistent-term/model-allies@4"},
		{name: "consistency per document in a file",
			rows: []string{"A-1\t日米同盟\tJapan-U.S. Alliance", "A-2\t日米同盟\tJapan-U.S. Alliance", "B-1\t日米同盟\tU.S.-Japan Alliance"}},
		{name: "consistency within a document of a file",
			rows: []string{"A-1\t日米同盟\tJapan-U.S. Alliance", "A-2\t日米同盟\tJapan-U.S. Alliance", "A-3\t日米同盟\tU.S.-Japan Alliance", "B-1\t日米同盟\tU.S.-Japan Alliance"},
			want: "inconsistent-term/alliance@A-3"},
		{name: "one document when ids are plain numbers",
			rows: []string{"1\t日米同盟\tJapan-U.S. Alliance", "2\t日米同盟\tJapan-U.S. Alliance", "3\t日米同盟\tU.S.-Japan Alliance"},
			want: "inconsistent-term/alliance@3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := "id\tja\ten\n" + strings.Join(tt.rows, "\n") + "\n"
			src, tgt := "", ""
			if tt.enja {
				src, tgt = "en", "ja"
			}
			doc, err := readDelimited("t.tsv", []byte(data), '\t', src, tgt)
			if err != nil {
				t.Fatal(err)
			}
			r := l.NewRun(false)
			r.LintDoc(doc)
			if got := brief(r.Findings()); got != tt.want {
				t.Errorf("findings %q, want %q", got, tt.want)
			}
			if got := brief(r.Accepted()); got != tt.accepted {
				t.Errorf("accepted %q, want %q", got, tt.accepted)
			}
		})
	}
}

// TestShortFormNoteIsInfo checks that a short-form note never fails a run: it is Info.
func TestShortFormNoteIsInfo(t *testing.T) {
	l := formsLinter(t)
	doc, err := readDelimited("t.tsv", []byte("id\tja\ten\n1\t日米同盟を強化する。\tWe strengthen the Alliance.\n"), '\t', "", "")
	if err != nil {
		t.Fatal(err)
	}
	fs := l.Lint(doc)
	if len(fs) != 1 || fs[0].Severity != Info || fs[0].Term != "the Alliance" || fs[0].Col != 28 {
		t.Fatalf("got %s", render(fs))
	}
}

// TestDocColumn: a doc column names the documents of a TSV.
func TestDocColumn(t *testing.T) {
	l := formsLinter(t)
	data := "doc\tja\ten\nmofa\t日米同盟\tJapan-U.S. Alliance\nmofa\t日米同盟\tJapan-U.S. Alliance\nstate\t日米同盟\tU.S.-Japan Alliance\n"
	doc, err := readDelimited("t.tsv", []byte(data), '\t', "", "")
	if err != nil {
		t.Fatal(err)
	}
	if fs := l.Lint(doc); len(fs) != 0 {
		t.Errorf("got %s", render(fs))
	}
}

// TestConsistencyRun: consistency is per document unless the run is asked for.
func TestConsistencyRun(t *testing.T) {
	l := formsLinter(t)
	var docs []*Doc
	for _, data := range []string{
		"id\tja\ten\n1\t日米同盟\tJapan-U.S. Alliance\n2\t日米同盟\tJapan-U.S. Alliance\n",
		"id\tja\ten\n1\t日米同盟\tU.S.-Japan Alliance\n",
	} {
		doc, err := readDelimited("f"+string(rune('0'+len(docs)))+".tsv", []byte(data), '\t', "", "")
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	for _, d := range docs {
		if fs := l.Lint(d); len(fs) != 0 {
			t.Errorf("Lint(%s): %s", d.File, render(fs))
		}
	}
	fs := l.LintRun(docs)
	if len(fs) != 1 || fs[0].Rule != RuleInconsistent || fs[0].File != "f1.tsv" || fs[0].Segment != "1" || fs[0].Term != "U.S.-Japan Alliance" || fs[0].Line != 2 {
		t.Errorf("LintRun: %s", render(fs))
	}
}

// TestPairedLineAligned: two files with the same lines pair line by line, and a finding
// points at its line.
func TestPairedLineAligned(t *testing.T) {
	l := formsLinter(t)
	ja := "日米同盟は重要だ。\n北朝鮮の脅威\n韓国と協力する。\n"
	en := "The Japan-U.S. Alliance matters.\nthe threat from North Korea\nwe work together.\n"
	doc, err := ReadPaired("ja.txt", []byte(ja), "en.txt", []byte(en), "", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Segments) != 3 {
		t.Fatalf("%d segments, want 3", len(doc.Segments))
	}
	fs := l.Lint(doc)
	if len(fs) != 1 || fs[0].Rule != RuleMissing || fs[0].Concept != "south-korea" || fs[0].Line != 3 {
		t.Errorf("got %s", render(fs))
	}
	// Wrapped prose with unequal line counts stays paired by paragraph.
	doc, err = ReadPaired("ja.md", []byte("日米同盟は\n重要だ。\n"), "en.md", []byte("The Japan-U.S. Alliance matters.\n"), "", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Segments) != 1 {
		t.Errorf("%d segments, want 1 paragraph", len(doc.Segments))
	}
}

// FuzzLintForms lints a Japanese–English row with the glossary of short forms, verbs and
// adjectives: whatever the text, findings stay inside the file.
func FuzzLintForms(f *testing.F) {
	f.Add("日米同盟を抑止し、北朝鮮の傘下で尹錫悦(ユン)韓国大統領", "the Alliance deters North Korean U.S. forces in Japan")
	f.Add("在日米軍は韓国政府と", "The Alliance")
	f.Add("日米韓三か国の閣僚は二国間の十分な調整を", "The SCC members of Japan, the Republic of Korea and the United States")
	g, err := glossary.Parse([]byte(formsGlossary), "forms.yaml")
	if err != nil {
		f.Fatal(err)
	}
	l, err := New(g, Options{Match: match.Options{Tokenize: scriptRuns}})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, ja, en string) {
		if strings.ContainsAny(ja+en, "\t\n\r") {
			return
		}
		data := "id\tja\ten\nA-1\t" + ja + "\t" + en + "\nB-1\t" + ja + "\t" + en + "\n"
		for _, dir := range [][2]string{{"", ""}, {"en", "ja"}} { // both directions
			doc, err := readDelimited("f.tsv", []byte(data), '\t', dir[0], dir[1])
			if err != nil {
				return
			}
			for _, fd := range l.Lint(doc) {
				if fd.Offset < 0 || fd.EndOffset > len(data) || fd.Offset > fd.EndOffset || fd.Line < 1 || fd.Col < 1 {
					t.Fatalf("%v: finding out of range: %+v", dir, fd)
				}
			}
		}
	})
}

// TestDefaultGlossaryOfficialWordings lints, with the default glossary, wordings of
// official texts that other mechanisms or the glossary's variants accept, beside a
// near miss that must still be flagged.
func TestDefaultGlossaryOfficialWordings(t *testing.T) {
	l := defaultLinter(t)
	tests := []struct {
		name string
		row  string // id<TAB>ja<TAB>en
		want string
	}{
		{"U.S. Government", "1\t米国政府は、\tthe U.S. Government", ""},
		{"not the government", "1\t米国政府は、\tthe U.S. administration", "missing-term/government-of-the-united-states@1"},
		{"Guidelines with the names in the U.S. order", "1\t2015年の日米防衛協力のための指針\tthe 2015 Guidelines for U.S.-Japan Defense Cooperation", ""},
		{"Asia Pacific spelled open", "1\tアジア太平洋地域\tthe Asia Pacific region", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := readDelimited("t.tsv", []byte("id\tja\ten\n"+tt.row+"\n"), '\t', "", "")
			if err != nil {
				t.Fatal(err)
			}
			if got := brief(l.Lint(doc)); got != tt.want {
				t.Errorf("findings %q, want %q", got, tt.want)
			}
		})
	}
}

// TestWrongHereRightThere: words deprecated for one concept and the name of another
// (NPT: the treaty, not the regime) are no wrong rendering where the source names the
// other concept too and the translation renders the first by its own term, or writes the
// words in apposition to the other's full name ("the Treaty on … (NPT)"); where it does
// neither, or the source lacks the other, the deprecated term is found.
func TestWrongHereRightThere(t *testing.T) {
	g, err := glossary.Parse([]byte(`gloss: 1
languages: [ja, en]
concepts:
  - id: regime
    terms:
      ja: [不拡散体制]
      en: [nonproliferation regime, {term: NPT, status: deprecated}]
  - id: npt
    terms:
      ja: [核兵器不拡散条約, {term: NPT, status: admitted}]
      en: [NPT, {term: Treaty on the Non-Proliferation of Nuclear Weapons, status: admitted}]
`), "t.yaml")
	if err != nil {
		t.Fatal(err)
	}
	l, err := New(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ row, want string }{
		{"不拡散体制の礎石であるNPTを堅持する。\tWe uphold the NPT, the cornerstone of the nonproliferation regime.", ""},
		{"不拡散体制を強化する。\tWe strengthen the NPT.", "deprecated-term/regime@1"},
		{"核兵器不拡散条約と不拡散体制を強化する。\tWe strengthen the NPT.", "deprecated-term/regime@1"},
		{"核兵器不拡散条約(NPT)が不拡散体制の礎石である。\tThe Treaty on the Non-Proliferation of Nuclear Weapons (NPT) is the cornerstone of the non-proliferation architecture.", ""},
		{"核兵器不拡散条約(NPT)が不拡散体制の礎石である。\tThe Treaty on the Non-Proliferation of Nuclear Weapons（NPT） is the cornerstone of the non-proliferation architecture.", ""},
		{"核兵器不拡散条約が不拡散体制の礎石である。\tThe Treaty on the Non-Proliferation of Nuclear Weapons and the NPT are the cornerstone.", "deprecated-term/regime@1"},
	} {
		doc, err := readDelimited("t.tsv", []byte("id\tja\ten\n1\t"+tt.row+"\n"), '\t', "", "")
		if err != nil {
			t.Fatal(err)
		}
		if got := brief(l.Lint(doc)); got != tt.want {
			t.Errorf("%q: findings %q, want %q", tt.row, got, tt.want)
		}
	}
}

// TestMissileKindNamed: the official Japanese names the missiles by their kind where the
// English does (核・弾道ミサイル計画: "nuclear and ballistic missile programs"), an admitted
// term of the concept; the programs with the missiles left out are still missing.
func TestMissileKindNamed(t *testing.T) {
	l := defaultLinter(t)
	runJaEn(t, l, []jaEnCase{
		{name: "en → ja: the kind named in both", en: "They condemned North Korea's nuclear and ballistic missile programs.", ja: "北朝鮮の核・弾道ミサイル計画を非難した。", enja: true},
		{name: "ja → en: the kind named in both", ja: "北朝鮮の核・弾道ミサイル開発を非難した。", en: "They condemned North Korea's nuclear and ballistic missile programs."},
		{name: "near miss: en → ja: the missiles left out", en: "They condemned North Korea's nuclear and ballistic missile programs.", ja: "北朝鮮の核計画を非難した。", enja: true, want: "missing-term/nuclear-and-missile-programs"},
		{name: "near miss: ja → en: the missiles left out", ja: "北朝鮮の核・弾道ミサイル計画を非難した。", en: "They condemned North Korea's nuclear programs.", want: "missing-term/nuclear-and-missile-programs"},
	})
}

// TestSecurityCouncilResponsibility: the Security Council's primary responsibility for
// international peace and security (UN Charter, Article 24), 主要な責任 in the Charter's
// Japanese, is not the primary responsibility allies assume for their own defense
// (第一義的な責任), which is still demanded.
func TestSecurityCouncilResponsibility(t *testing.T) {
	l := defaultLinter(t)
	runJaEn(t, l, []jaEnCase{
		{name: "the Council's responsibility, named after it", en: "We reaffirm the primary responsibility of the Security Council for the maintenance of international peace and security.", ja: "我々は、国際の平和及び安全の維持に関する安全保障理事会の主要な責任を再確認する。", enja: true},
		{name: "the Council's responsibility, the Charter's words", en: "The Security Council has primary responsibility for the maintenance of international peace and security.", ja: "安全保障理事会は、国際の平和及び安全の維持に関する主要な責任を負う。", enja: true},
		{name: "near miss: allies' responsibility for their defense", en: "Allies must assume primary responsibility for their own defense.", ja: "同盟国は自らの防衛について主要な責任を負わなければならない。", enja: true, want: "missing-term/primary-responsibility"},
	})
}

// TestNuclearArmedAdjective: ja → en with the default glossary, 核武装した before a noun is
// rendered by the adjective "nuclear-armed", English's word for a state armed so; another
// adjective, or the term dropped, is still missing.
func TestNuclearArmedAdjective(t *testing.T) {
	l := defaultLinter(t)
	const ja = "核武装した北朝鮮は決して受け入れられない。"
	for _, tc := range []struct{ name, en, want string }{
		{name: "the adjective", en: "A nuclear-armed North Korea will never be accepted."},
		{name: "the noun", en: "North Korea's nuclear armament will never be accepted."},
		{name: "near miss: another adjective", en: "A nuclear-capable North Korea will never be accepted.", want: "missing-term/nuclear-armament"},
		{name: "near miss: the term dropped", en: "North Korea will never be accepted.", want: "missing-term/nuclear-armament"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := rowFindings(t, l, "ja", "en", ja, tc.en); got != tc.want {
				t.Errorf("findings %q, want %q", got, tc.want)
			}
		})
	}
}
