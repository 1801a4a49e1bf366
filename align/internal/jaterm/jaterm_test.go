package jaterm

import (
	"slices"
	"strings"
	"testing"

	"github.com/glossterm/gloss/internal/morph"
)

func TestChunks(t *testing.T) {
	tests := []struct {
		name, sentence string
		want           []string // must all be among the candidates
		phrasal        []string // must be among the phrasal candidates
		not            []string // must not be candidates
	}{
		// a treaty's name: every complement of the head before it, the subject matter and
		// then the parties, each a linked phrase of its own
		{"nested complement of a link", "「漁業の管理に関する日本国政府とカナダ政府との間の協定」に署名した", nil,
			[]string{"漁業の管理に関する日本国政府とカナダ政府との間の協定"}, nil},
		{"nested complement stops at a clause", "漁業の管理に関する日本国政府とカナダ政府が協議した", nil,
			nil, []string{"漁業の管理に関する日本国政府とカナダ政府が協議"}},
		// determiners and clauses (clause.go): a positive case and a near miss each
		{"quantifier", "いかなる挑発的な行動も認めない", nil, []string{"いかなる挑発的な行動"}, nil},
		{"quantifier before a compound's stem", "いかなる挑発的な行動も認めない", nil, nil, []string{"いかなる挑発"}},
		{"all of", "すべての加盟国が参加する", nil, []string{"すべての加盟国"}, []string{"すべての加盟"}},
		{"full range", "あらゆる種類の外交手段を用いる", nil, []string{"あらゆる種類の外交手段"}, nil},
		{"quantifier stops before its head", "あらゆる種類の日本の外交手段を用いる", nil, []string{"あらゆる種類の日本の外交手段"},
			[]string{"あらゆる種類の日本"}},
		{"clause of intent", "秩序を変更しようとするいかなる一方的な試みにも反対", nil,
			[]string{"秩序を変更しようとするいかなる一方的な試み"}, []string{"変更しようとするいかなる一方的な試み"}},
		{"link before a quantified phrase", "武力によるいかなる一方的な秩序変更の試みにも反対", nil,
			[]string{"武力によるいかなる一方的な秩序変更の試み"}, nil},
		{"link before a modified linked phrase", "武力による一方的な秩序変更の試みに反対", nil, []string{"武力による一方的な秩序変更の試み"}, nil},
		// a dot coordination's second member carries the head both share; a holder's name
		// written against the post's own words is no part of the post
		{"dot member with the shared head", "、通商・投資政策上級代表が来日した", nil, []string{"通商・投資政策上級代表"}, nil},
		{"holder's name before the body's", "、マリア・ロッシEU通商・投資政策上級代表が来日した", nil,
			[]string{"EU通商・投資政策上級代表", "マリア・ロッシEU通商・投資政策上級代表"}, nil},
		{"near miss: a loanword is no holder's name", "、サイバー通商・投資政策上級代表が来日した", nil,
			[]string{"サイバー通商・投資政策上級代表"}, []string{"通商・投資政策上級代表"}},
		{"near miss: a loanword before a common noun is no name", "、エネルギー通商・投資政策上級代表が来日した", nil,
			nil, []string{"通商・投資政策上級代表"}},
		{"a katakana name before an acronym is the holder's", "、モゲリーニEU外務・安全保障政策上級代表が来日した", nil,
			[]string{"EU外務・安全保障政策上級代表"}, nil},
		{"near miss: parties are not split", "、日米通商・投資政策協議を開いた", nil, []string{"日米通商・投資政策協議"}, []string{"米通商・投資政策協議"}},
		{"near miss: a name is not split", "、ジョン・スミス英国通商・投資大臣が来日した", nil, nil, []string{"スミス英国通商・投資大臣"}},
		// X を N とした Y: the role X plays for Y, an attributive link (roleLink)
		{"role link", "島嶼部を対象とした共同訓練を行う", nil, []string{"島嶼部を対象とした共同訓練"}, nil},
		{"role link before a modified linked phrase", "武力を背景とした一方的な秩序変更の試みに反対", nil,
			[]string{"武力を背景とした一方的な秩序変更の試み"}, nil},
		{"near miss: a doubling is no role", "防衛費を倍増とした計画を発表した", nil, nil, []string{"防衛費を倍増とした計画"}},
		{"near miss: an extension is no role", "期限を延長とした措置を発表した", nil, nil, []string{"期限を延長とした措置"}},
		{"near miss: a freeze is no role", "税率を据え置きとした予算案を発表した", nil, nil, []string{"税率を据え置きとした予算案"}},
		{"near miss: an object and a past verb is a clause", "島嶼部を防衛した共同訓練を行う", nil, nil, []string{"島嶼部を防衛した共同訓練"}},
		{"intent is no finite verb", "秩序を変更しようとした。", nil, nil, []string{"秩序を変更しようとした"}},
		{"nominalized clause", "紛争を平和的に解決することが重要だ", nil, []string{"紛争を平和的に解決すること"}, nil},
		{"a clause without こと is a predicate", "紛争を平和的に解決する。", nil, nil, []string{"紛争を平和的に解決する"}},
		{"prefix", "非介入主義的要素の導入", []string{"非介入主義"}, nil, []string{"非介入主義的"}},
		{"a kanji adverb before a prefix is a prefix", "極超音速兵器の開発を急ぐ", []string{"極超音速兵器", "極超音速"}, nil, nil},
		{"the adverb in kana stays an adverb", "ごく超大国に近い国力を持つ", []string{"超大国"}, nil, []string{"ごく超大国"}},
		{"toward a country opens a compound", "政府は対露交渉を再開した", []string{"対露交渉"}, nil, nil},
		{"toward between two parties opens nothing", "米国対露交渉を見守る", nil, nil, []string{"対露交渉", "米国対露交渉"}},
		{"zai", "在韓米軍の戦略的柔軟性", []string{"在韓米軍", "戦略的柔軟性"}, []string{"在韓米軍の戦略的柔軟性"}, nil},
		{"new prefix", "核軍縮条約(新START)が失効", []string{"核軍縮条約", "新START"}, nil, []string{"(新START", "条約("}},
		{"alphanumeric", "NSS2025では", []string{"NSS2025"}, nil, nil},
		{"na adjective", "模範的な同盟国と協力", []string{"同盟国"}, []string{"模範的な同盟国"}, nil},
		{"katsu", "枢要かつ限定的な支援を提供", []string{"支援"}, []string{"枢要かつ限定的な支援"}, nil},
		{"ken joins two posts", "首相兼外務大臣が訪問", []string{"外務大臣"}, []string{"首相兼外務大臣"}, []string{"兼外務大臣"}},
		{"ken after a name joins the posts", "山田首相兼外務大臣が訪問", nil, []string{"山田首相兼外務大臣", "首相兼外務大臣"}, nil},
		{"a list joined by middle dots before an office's suffix", "財務省関税・通商・検疫局長官が来日", nil,
			[]string{"関税・通商・検疫局", "財務省関税・通商・検疫局"}, []string{"関税・通商・検疫局長官"}},
		{"a list joined by middle dots with no suffix is no office", "財務省関税・通商・検疫担当官が来日", nil, nil,
			[]string{"関税・通商・検疫", "関税・通商・検疫担当"}},
		{"an ordinal before a coordination numbers the whole", "第2回日伊外務・防衛閣僚協議を開催した", nil,
			[]string{"日伊外務・防衛閣僚協議"}, nil},
		{"a first member too long without its ordinal is no member", "第2回日伊海洋安全保障政策対話・防衛閣僚協議を開催した", nil,
			nil, []string{"日伊海洋安全保障政策対話・防衛閣僚協議", "第2回日伊海洋安全保障政策対話・防衛閣僚協議"}},
		{"oyobi between two modifiers", "政治的及び経済的な協力を深める", []string{"協力"}, []string{"政治的及び経済的な協力"}, nil},
		{"a noun and a modifier before their na", "地域及び国際的な課題に取り組む", []string{"課題"}, []string{"地域及び国際的な課題"}, nil},
		{"a modifier with its na closes its phrase", "経済的な協力及び政治的な支援", nil, []string{"経済的な協力", "政治的な支援"},
			[]string{"経済的な協力及び政治的な支援", "経済的な協力及び政治的"}},
		{"a name before oyobi is a member of its own", "日本及び模範的な同盟国と協力", nil, []string{"模範的な同盟国"}, []string{"日本及び模範的な同盟国"}},
		{"a noun of two units is no modifier of a coordination", "日本政府及び国際的な機関", nil, []string{"国際的な機関"},
			[]string{"日本政府及び国際的な機関"}},
		{"niyoru", "力による平和を強調", nil, []string{"力による平和"}, nil},
		{"nested", "日米拡大抑止協議を実施", []string{"日米拡大抑止協議", "拡大抑止"}, nil, nil},
		{"dates", "2026年2月の時点で、米国は第2次トランプ政権", []string{"第2次トランプ政権", "米国"}, nil, []string{"2026年", "2月"}},
		{"katakana dot", "パワー・プロジェクションを追求", []string{"パワー・プロジェクション"}, nil, nil},
		{"suffix after", "冷戦終結後の戦略", []string{"冷戦終結後"}, nil, nil},
		{"oyobi", "相互協力及び安全保障条約を締結", []string{"相互協力", "安全保障条約"}, []string{"相互協力及び安全保障条約"}, nil},
		{"narabini", "航行及び上空飛行の自由並びに海洋の利用", nil, []string{"航行及び上空飛行", "航行及び上空飛行の自由"}, nil},
		{"matawa", "力又は威圧による現状変更", []string{"力", "威圧"}, []string{"力又は威圧", "力又は威圧による現状変更"}, nil},
		{"he no", "米国のアジア太平洋地域へのリバランス", nil, []string{"アジア太平洋地域へのリバランス", "米国のアジア太平洋地域へのリバランス"}, nil},
		{"to no", "中国との対話を続ける", nil, []string{"中国との対話"}, nil},
		{"adjective", "揺るぎないコミットメントを強調", []string{"コミットメント"}, []string{"揺るぎないコミットメント"}, nil},
		{"short adjective is no modifier", "よい同盟を築く", []string{"同盟"}, nil, []string{"よい同盟"}},
		{"passive participle", "共有された規範及び共通の価値", []string{"規範"}, []string{"共有された規範"}, []string{"された規範"}},
		{"compound verbal noun in the passive", "近代化された部隊を配備", nil, []string{"近代化された部隊"}, []string{"化された部隊", "された部隊"}},
		{"active participle", "両国が共有する理念を掲げる", nil, []string{"共有する理念"}, []string{"する理念"}},
		{"a verbal noun with its object is a relative clause", "安定を確保する責任を負う", nil, nil, []string{"確保する責任"}},
		{"active participle in the past", "同盟国と連携した対応を取る", nil, []string{"連携した対応"}, []string{"した対応"}},
		{"progressive participle", "増大している危険に備える", nil, []string{"増大している危険"}, []string{"している危険", "増大してい"}},
		{"compound verbal noun, active", "近代化した装備を持つ", nil, []string{"近代化した装備"}, []string{"化した装備"}},
		{"a verb other than suru is no participle", "同盟国と話した内容", nil, nil, []string{"話した内容"}},
		{"conclusive suru ends the sentence", "価値を共有する。理念", nil, nil, []string{"共有する。理念", "共有する理念"}},
		{"ni and a past verb", "改革に向けた二国間の取組を進める", nil, []string{"改革に向けた二国間の取組"}, nil},
		{"wo and a past verb is a clause", "同盟を強化した日本", nil, nil, []string{"同盟を強化した日本"}},
		{"link to a na phrase", "威圧による一方的な行動に反対", nil, []string{"威圧による一方的な行動", "一方的な行動"}, nil},
		{"link to a participle", "規範に基づく共有された価値", nil, []string{"規範に基づく共有された価値"}, nil},
		{"linked complement of a link", "国際法の原則に基づく自由で開かれた海洋秩序を守る", nil, []string{"国際法の原則に基づく自由で開かれた海洋秩序"}, []string{"を守る"}},
		{"okurigana split as a particle", "小規模な埋立てを進める", []string{"埋立て"}, []string{"小規模な埋立て"}, []string{"埋立てを", "小規模な埋立てを"}},
		{"modifier of growth", "ますます重要性を増す海洋協力を進める", nil, []string{"ますます重要性を増す海洋協力", "重要性を増す海洋協力"}, []string{"を増す海洋協力"}},
		{"an adverb of degree without growth", "ますます重要な海洋協力", nil, []string{"重要な海洋協力"}, []string{"ますます重要な海洋協力"}},
		{"and beyond", "東アジア及びそれを超えた地域の安定", nil, []string{"東アジア及びそれを超えた地域"}, []string{"それを超えた地域"}},
		{"comparative adverb", "より良い未来を築く", nil, []string{"より良い未来", "良い未来"}, nil},
		{"comparative particle before a na adjective", "、より緊密な協力を進める", nil, []string{"より緊密な協力", "緊密な協力"}, nil},
		{"comparative particle before an adnominal", "、より大きな責任を果たす", nil, []string{"より大きな責任", "大きな責任"}, nil},
		{"an attributive before a verbal noun's object", "、より大きな負担の分担を目指す", nil, []string{"より大きな負担の分担", "大きな負担の分担"}, nil},
		{"not before a plain noun's modifier", "、大きな負担の背景を探る", nil, nil, []string{"大きな負担の背景"}},
		{"yori after a noun is than", "日本より大きな責任を負う", nil, []string{"大きな責任"}, []string{"より大きな責任", "日本より大きな責任"}},
		{"yori before a noun is from", "東京より会議に参加する", nil, nil, []string{"より会議"}},
		{"and beyond, kore", "東アジア及びこれを超えた地域の安定", nil, []string{"東アジア及びこれを超えた地域"}, []string{"これを超えた地域"}},
		{"and beyond, repeated head", "欧州地域及びこれを超えた地域の繁栄", nil, []string{"欧州地域及びこれを超えた地域"}, nil},
		{"a pronoun's clause without a coordinator", "これを超えた地域の繁栄", nil, nil, []string{"これを超えた地域"}},
		{"de and a verbal noun", "平和で繁栄したアジア太平洋地域", nil, []string{"平和で繁栄したアジア太平洋地域"}, nil},
		{"quoting to between nouns", "日本の平和と安全を確保する", nil, []string{"平和と安全", "日本の平和と安全"}, nil},
		{"stem before teki", "いかなる一方的な現状変更の試み", nil, []string{"一方的な現状変更", "一方的な現状変更の試み"}, nil},
		{"na modifier over a link", "適法な海洋の利用を含む", nil, []string{"適法な海洋", "適法な海洋の利用"}, nil},
		{"coordinated modifier", "日米の安全保障及び防衛協力", nil, []string{"日米の安全保障及び防衛協力", "安全保障及び防衛協力"}, nil},
		{"ni motozuku", "ルールに基づく国際体制を損なう", []string{"国際体制"}, []string{"ルールに基づく国際体制"}, nil},
		{"ni okeru", "地域における混乱", nil, []string{"地域における混乱"}, nil},
		{"ni taisuru", "日本に対する攻撃", nil, []string{"日本に対する攻撃"}, nil},
		{"wo fukumu", "核を含む能力", nil, []string{"核を含む能力"}, nil},
		{"no tame no", "日米防衛協力のための指針", nil, []string{"日米防衛協力のための指針"}, nil},
		{"de hirakareta", "自由で開かれたインド太平洋", nil, []string{"自由で開かれたインド太平洋"}, nil},
		{"kanji numeral compound", "二国間の安全保障及び防衛協力", []string{"二国間"}, []string{"二国間の安全保障及び防衛協力"}, nil},
		{"numbered part", "日米安全保障条約第5条の下で、憲法第9条", []string{"日米安全保障条約第5条", "日米安全保障条約", "憲法第9条"}, nil, []string{"第5条", "第9条", "日米安全保障条約第5", "条約第"}},
		{"numbered part alone is no term", "第5条の下で", nil, nil, []string{"第5条"}},
		{"counts stay out", "3つの課題と2026年の予算", []string{"課題", "予算"}, nil, []string{"3つ", "2026年"}},
		{"a counter goes with its number", "地域のための2040年構想を示す", []string{"構想"}, nil, []string{"年構想"}},
		{"near miss: the counter of countries stays with its number", "3か国協力を進める", []string{"3か国協力"}, nil, []string{"か国協力"}},
		{"no nai", "切れ目のない安全保障法制", []string{"安全保障法制"}, []string{"切れ目のない安全保障法制"}, nil},
		{"quoted", "「見捨てられの懸念」が強まる", nil, []string{"見捨てられの懸念"}, nil},
		{"quoted clause", "「より限定的」と述べた", nil, nil, []string{"より限定的"}},
		{"quoted slogan ending in an ordinal", "「安全第一」を掲げた", nil, []string{"安全第一"}, nil},
		{"quoted number alone is no slogan", "「第一」を掲げた", nil, nil, []string{"第一"}},
		{"to as a particle", "中国と協議した", []string{"中国"}, nil, []string{"中国と協議"}},
		{"toshite is not attributive", "同盟として協力", nil, nil, []string{"同盟として協力"}},
		{"aspect ue", "安全保障上の課題と防衛上の優先事項", []string{"安全保障", "課題"}, []string{"安全保障上の課題", "防衛上の優先事項"}, []string{"安全保障上"}},
		{"aspect men", "経済面の協力", []string{"経済面"}, []string{"経済面の協力"}, nil},
		{"ue as a noun is no aspect", "机の上の本", nil, nil, []string{"上の本", "机の上の本"}},
		{"de between two na modifiers", "自由で公正な経済秩序を含む", []string{"経済秩序"}, []string{"自由で公正な経済秩序", "公正な経済秩序"}, nil},
		{"de as a case particle is no coordinator", "経済で重要な役割を果たす", []string{"役割"}, []string{"重要な役割"}, []string{"経済で重要な役割"}},
		{"medial kan and nai", "多国間主義と国家間紛争と地域内貿易", []string{"多国間主義", "国家間紛争", "地域内貿易", "多国間"}, nil, nil},
		{"kan before no ends the term", "日米間の協力", []string{"日米", "協力"}, nil, []string{"日米間", "日米間の協力"}},
		{"kana oyobi after a suffix", "加盟国およびパートナーと対話する", nil, []string{"加盟国およびパートナー"}, nil},
		{"oyobi as a verb is no coordinator", "その影響は経済におよび、社会に広がる", nil, nil, []string{"経済におよび"}},
		{"adjective over a coordination", "より強い規範及び制度を築く", nil, []string{"強い規範及び制度", "より強い規範及び制度"}, nil},
		{"participle over a coordination", "共有された規範及び価値を守る", nil, []string{"共有された規範及び価値"}, nil},
		{"a conjunct that modifies the next noun ends no coordination", "共有された規範及び共通の価値を守る", nil, []string{"規範及び共通"},
			[]string{"共有された規範及び共通"}},
		{"a participle with its object is no modifier of a coordination", "規範を共有する国及び機関と協議", nil, []string{"国及び機関"},
			[]string{"共有する国及び機関"}},
		{"coordinated modifiers", "国家の及び国際的な安全を守る", nil, []string{"国家の及び国際的な安全"}, nil},
		{"a comma before the coordinator parts the modifiers", "国家の、及び国際的な安全を守る", nil, []string{"国際的な安全"},
			[]string{"国家の、及び国際的な安全"}},
		{"modifiers parted by a comma", "我々は自由で開かれた、包摂的な地域を目指す。", nil, []string{"自由で開かれた、包摂的な地域"}, nil},
		{"a comma before a bare noun parts no modifiers", "我々は自由で開かれた、地域を目指す。", nil, nil, []string{"自由で開かれた、地域"}},
		{"a name before a dot coordination modifies it whole", "フランス外務・防衛閣僚会合を開いた", nil,
			[]string{"外務・防衛閣僚会合", "フランス外務・防衛閣僚会合"}, nil},
		{"a name before 及び belongs to the first member", "フランス政府及び国防省が発表した", nil, nil, []string{"政府及び国防省"}},
		// a middle dot inside a katakana run is spelling, no unit of the bound on nested parts
		{"a post after its holder's name, a dot in the state's name", "ロペス・シリア・アラブ共和国大使が来日した",
			[]string{"シリア・アラブ共和国大使"}, nil, nil},
		{"the dot frees no more than its own place", "ロペス・シリア・アラブ共和国大使館員が来日した",
			[]string{"シリア・アラブ共和国大使館"}, nil, []string{"シリア・アラブ共和国大使館員"}},
		{"a dot between two parties is no unit either", "日・カナダ安全保障協力協定が発効した",
			[]string{"日・カナダ安全保障協力"}, nil, nil},
		{"kaijo is one word", "海上の安全と陸上の部隊", []string{"海上", "陸上"}, []string{"海上の安全", "陸上の部隊"}, []string{"海"}},
		// an ordinal before の determines the noun after it: one noun phrase
		{"an ordinal linked by no", "改革は第3の段階に入った", nil, []string{"第3の段階"}, nil},
		{"an ordinal in kanji", "外交を第一の手段とする", nil, []string{"第一の手段"}, nil},
		{"a session's counter makes no ordinal of the number", "第3回の会合は延期された", nil, nil, []string{"第3回の会合"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := morph.Tokenize(tc.sentence)
			var all, phr []string
			for _, c := range Chunks(toks) {
				s := c.Text(tc.sentence, toks)
				all = append(all, s)
				if c.Phrasal {
					phr = append(phr, s)
				}
			}
			for _, w := range tc.want {
				if !slices.Contains(all, w) {
					t.Errorf("%q not among %q", w, all)
				}
			}
			for _, w := range tc.phrasal {
				if !slices.Contains(phr, w) {
					t.Errorf("phrasal %q not among %q", w, phr)
				}
			}
			for _, w := range tc.not {
				if slices.Contains(all, w) {
					t.Errorf("%q should not be a candidate (%q)", w, all)
				}
			}
		})
	}
}

func TestUnits(t *testing.T) {
	tests := []struct{ phrase, want string }{
		{"ルールに基づく国際体制", "ルール|基づく|国際|体制"},
		{"自由で開かれたインド太平洋", "自由|開か|インド|太平洋"},
		{"日米防衛協力のための指針", "日|米|防衛|協力|指針"},
		{"相互協力及び安全保障条約", "相互|協力|安全|保障|条約"},
		{"一方的な現状変更", "一方|的|現状|変更"},
		{"力又は威圧", "力|威圧"},
		{"安全保障上の課題", "安全|保障|課題"},
		{"海上の安全", "海上|安全"},
	}
	for _, tc := range tests {
		toks := morph.Tokenize(tc.phrase)
		var got []string
		for _, u := range Units(toks, Chunk{From: 0, To: len(toks)}) {
			got = append(got, u.Surface)
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("Units(%s) = %s, want %s", tc.phrase, g, tc.want)
		}
	}
}

func TestFLR(t *testing.T) {
	th := NewTermhood()
	th.Add("拡大抑止", []string{"拡大", "抑止"})
	th.Add("拡大抑止", []string{"拡大", "抑止"})
	th.Add("統合抑止", []string{"統合", "抑止"})
	th.Add("抑止", []string{"抑止"})
	if th.FLR("拡大抑止") <= th.FLR("統合抑止") {
		t.Errorf("FLR(拡大抑止)=%v should exceed FLR(統合抑止)=%v", th.FLR("拡大抑止"), th.FLR("統合抑止"))
	}
	if r := th.Ranked(); r[0] != "拡大抑止" {
		t.Errorf("ranked %v", r)
	}
}

// FuzzChunks: any text gives chunks inside the tokens, never empty, never a panic, and
// units drawn from the chunk.
func FuzzChunks(f *testing.F) {
	for _, s := range []string{"相互協力及び安全保障条約", "自由で開かれたインド太平洋", "「見捨てられの懸念」", "二国間の安全保障及び防衛協力",
		"日米防衛協力のための指針", "「」『』で及びのための", "切れ目のない", "第5条、3つ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 2000 {
			return
		}
		toks := morph.Tokenize(s)
		for _, c := range Chunks(toks) {
			if c.From < 0 || c.To > len(toks) || c.From >= c.To {
				t.Fatalf("chunk %+v out of %d tokens", c, len(toks))
			}
			_ = c.Text(s, toks)
			if len(Units(toks, c)) > c.To-c.From {
				t.Fatalf("more units than tokens in %+v", c)
			}
		}
	})
}

// TestCoordinators: the coordinators inside a chunk, by part of speech: the conjunctions
// 及び and 並びに, the parallel particle と, a middle dot between words that are not both
// katakana, the で of 自由で開かれた, かつ between modifiers; not the dot inside a loanword, not the case particle
// と (中国と協議).
func TestCoordinators(t *testing.T) {
	tests := []struct {
		sentence, chunk string
		want            int
	}{
		{"航行及び上空飛行の自由を尊重する", "航行及び上空飛行の自由", 1},
		{"航行及び上空飛行の自由並びに海洋の利用", "航行及び上空飛行", 1},
		{"相互協力及び安全保障条約を締結", "相互協力及び安全保障条約", 1},
		{"自由で開かれたインド太平洋", "自由で開かれたインド太平洋", 1},
		{"自由かつ公正な市場を重視する", "自由かつ公正な市場", 1},
		{"自由で公正な経済秩序を含む", "自由で公正な経済秩序", 1},
		{"日本・豪州の協力", "日本・豪州の協力", 1},
		{"パワー・プロジェクションを追求", "パワー・プロジェクション", 0},
		{"力や威圧による現状変更", "力や威圧", 1},
		{"在韓米軍の戦略的柔軟性", "在韓米軍の戦略的柔軟性", 0},
	}
	for _, tc := range tests {
		toks := morph.Tokenize(tc.sentence)
		found := false
		for _, c := range Chunks(toks) {
			if c.Text(tc.sentence, toks) != tc.chunk {
				continue
			}
			found = true
			if got := Coordinators(toks, c); got != tc.want {
				t.Errorf("Coordinators(%s) = %d, want %d", tc.chunk, got, tc.want)
			}
			break
		}
		if !found {
			t.Errorf("%s: no chunk %s", tc.sentence, tc.chunk)
		}
	}
}
