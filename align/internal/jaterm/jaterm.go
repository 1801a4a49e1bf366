// Package jaterm finds Japanese term candidates in kagome (IPA) tokens with gloss's own chunk
// grammar, and ranks them by termhood (Nakagawa–Mori FLR).
//
//	toks := morph.Tokenize("在韓米軍の戦略的柔軟性を高める。")
//	for _, c := range jaterm.Chunks(toks) {
//		fmt.Println(c.Text(toks), c.Phrasal) // 在韓米軍 false, 戦略的柔軟性 false, 在韓米軍の戦略的柔軟性 true
//	}
//
// The grammar (IPA part-of-speech names):
//
//	TERM    = PREFIX* UNIT+            where the last UNIT is not 的
//	        | TERM 第 名詞-数 COUNTER (日米安全保障条約第5条: a numbered part of what TERM names)
//	COUNTER = 名詞-接尾-助数詞 (条 章) | 号
//	PREFIX  = 接頭詞-名詞接続 (非 在 新 再 反 米) | 接頭詞-数接続 (第)
//	UNIT    = 名詞-{一般, サ変接続, 固有名詞, 形容動詞語幹, ナイ形容詞語幹} | 名詞-接尾-* (的 性 化 力 国 後)
//	        | an unknown alphabetic or katakana word | 名詞-数 after a PREFIX or a UNIT (第2次, NSS2025)
//	PHRASAL = MOD (かつ MOD)* な TERM      MOD = TERM ending in 的, or a 形容動詞語幹 (模範的な同盟国, 枢要かつ限定的な支援)
//	        | TERM COORD TERM              COORD = 及び | 並びに | と (並立助詞) | ・ | 又は | 若しくは | 或いは
//	                                       (相互協力及び安全保障条約, 力又は威圧; an ordinal 第N回
//	                                       before the first TERM numbers the whole: 第3回|日英外務・防衛閣僚会合;
//	                                       the names that open a ・ coordination's first member
//	                                       are left out too: 外務・防衛閣僚会合 of フィリピン外務・…,
//	                                       and a holder's name before a body's: EU外務・… of
//	                                       モゲリーニEU外務・…; the second member of a ・
//	                                       coordination carries the shared head, two tokens more:
//	                                       外務・安全保障政策上級代表)
//	        | TERM (・ TERM)+ 名詞-接尾     a list of nouns closed by an office's suffix, cut
//	                                       from a longer term (軍縮・不拡散局 of …局次官補)
//	        | SIDE LINK SIDE               SIDE = TERM or TERM COORD TERM
//	LINK    = の | のための | のない                     (核の傘, 日米防衛協力のための指針, 切れ目のない法制)
//	        | 格助詞-連語 in the attributive form        (力による平和, 地域における混乱, 日本に対する攻撃)
//	        | 格助詞 動詞-自立 in the attributive form   (ルールに基づく国際体制, 核を含む能力)
//	        | で 動詞 (動詞-接尾) た                     (自由で開かれたインド太平洋)
//	        | で サ変名詞 し た                          (平和で繁栄したアジア太平洋地域)
//	        | 格助詞 (へ と から で まで) の             (アジア太平洋地域へのリバランス, 中国との対話)
//	        | 上 の (名詞-接尾 上: aspect)               (安全保障上の課題 = security challenges)
//	        | に 動詞 た                                 (改革に向けた取組)
//	        | を 名詞 と し た (the role of the complement)  (力を背景とした試み, 地域を対象とした協力)
//	        | COORD それ/これ を 動詞 (た)              (東アジア及びそれを超えた地域 = … and beyond)
//	        | PART TERM    PART = 形容詞 in the attributive form, or サ変名詞 SURU, or
//	                       a TERM ending in a サ変名詞 or 化, SURU
//	                       SURU = さ れ (た) | する | し た | し て い (る|た)
//	                       (揺るぎないコミットメント, 共有された規範, 近代化された部隊,
//	                       共有する価値, 連携した行動, 拡大している脅威)
//	        | PART SIDE LINK SIDE  when the last SIDE ends in a サ変名詞, its object before の
//	                       (大きな|責任の共有 = great shared responsibilities)
//	        | 第 名詞-数 の TERM (an ordinal, no counter after the number, determines the noun:
//	                       第2の柱 = Pillar 2, second pillar)
//	        | より PHRASAL (a comparative: より, adverb or particle after no noun, and an
//	                       adjective: より大きな責任 = greater responsibilities)
//	        | GROWTH TERM  GROWTH = (一層|ますます …) (形容詞|形容動詞語幹) (さ|性) を 増す
//	                       (一層厳しさを増す環境 = increasingly severe environment)
//	        | QUANT PHRASE, CLAUSE PHRASE, NOMINAL    (see clause.go: いかなる一方的な試み,
//	                       現状を変更しようとする試み, 紛争を平和的に解決すること)
//	A SIDE after a LINK may itself be PHRASAL (a MOD な TERM, a PART TERM or a SIDE LINK
//	SIDE: 国際法の原則|に基づく|海洋秩序, 威圧による|一方的な行動); a MOD is also any TERM before
//	the attributive な (大規模な), and て after a サ変名詞 is its kana ending (埋立て).
//
// A link's particles, auxiliaries and conjunctions are not units (Units); its verb or
// adjective is, and may render an English word without needing one (基づく: rules-based).
//
// A short quotation in 「」 or 『』 that ends in a noun is a candidate of its own (Quoted).
// Katakana words joined by ・ stay one unit (パワー・プロジェクション); leading 本/同/各 and
// trailing など/等/上/内/中/間/毎 are dropped. Phrasal candidates are weaker: callers keep
// them only when bilingual evidence supports them. Every contiguous part of a TERM that is
// itself a well-formed TERM is reported too (Nested), so 拡大抑止 is found inside
// 日米拡大抑止協議.
package jaterm

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/internal/morph"
)

// Chunk is a candidate span of tokens [From, To).
type Chunk struct {
	From, To int
	Phrasal  bool // built with な, の or による
	Nested   bool // a part of a longer TERM
	Quoted   bool // the whole of a quotation 「…」 or 『…』
}

// Text returns the chunk's text as written, from the sentence the tokens came from.
func (c Chunk) Text(sentence string, toks []morph.Token) string {
	return sentence[toks[c.From].Start:toks[c.To-1].End]
}

// class is a token's role in the grammar.
type class int

const (
	other class = iota
	prefix
	unit
	suffix // a unit that cannot start a term (的, 性 after nothing is still allowed: see start)
	number
	breakSuffix // trailing words dropped from a term: など, 上, 内
)

// MaxUnits bounds the length of a term in tokens.
const MaxUnits = 10

// MaxNested bounds the length in tokens of the parts reported inside a longer term.
const MaxNested = 5

func classify(t morph.Token) class {
	if !hasWordRune(t.Surface) {
		return other
	}
	pos := t.POS
	p0, p1 := at(pos, 0), at(pos, 1)
	switch p0 {
	case "接頭詞":
		if p1 == "名詞接続" || p1 == "数接続" {
			return prefix
		}
		return other
	case "名詞":
		switch p1 {
		case "一般", "サ変接続", "固有名詞", "形容動詞語幹", "ナイ形容詞語幹":
			if !t.Known && isDigits(t.Surface) {
				return number
			}
			return unit
		case "接尾":
			if breakWords[t.Surface] {
				return breakSuffix
			}
			if at(pos, 2) == "助数詞" || at(pos, 2) == "人名" {
				return suffix
			}
			return suffix
		case "数":
			return number
		}
	case "記号":
		if p1 == "アルファベット" {
			return unit
		}
	}
	if !t.Known && (isKatakana(t.Surface) || isLatin(t.Surface)) {
		return unit
	}
	return other
}

// breakWords are the dependent nouns that end a term rather than belong to it: など, 等 (and
// so on), 上, 内, 中, 間 (on, within, between), 毎, たち, さん, 氏.
var breakWords = map[string]bool{"など": true, "等": true, "ら": true, "上": true, "内": true, "中": true, "間": true,
	"毎": true, "ごと": true, "たち": true, "達": true, "さん": true, "氏": true}

// medialRelational are the break words that stay inside a compound when a noun follows
// them: 間 (between, inter-, -lateral) and 内 (within, intra-).
var medialRelational = map[string]bool{"間": true, "内": true}

// IsBreakWord reports whether a token is one of the dependent nouns a term ends before (など,
// 上, 間: see breakWords), whatever kagome tagged it: after との, 間 is a noun of its own
// (アメリカ合衆国との間 = between … and the United States), a relation, not a term's head.
func IsBreakWord(t morph.Token) bool { return at(t.POS, 0) == "名詞" && breakWords[t.Surface] }

// Chunks returns the candidate chunks of one sentence's tokens: maximal TERMs, their nested
// parts, and PHRASAL combinations.
func Chunks(toks []morph.Token) []Chunk {
	cls := make([]class, len(toks))
	for i, t := range toks {
		cls[i] = classify(t)
	}
	// A kanji numeral with a noun suffix that is not a counter forms a word of its own
	// (二|国|間 bilateral, 三|者 trilateral), unlike a count or a date (2026年, 3つ): the
	// numeral is a unit and the suffixes after it stay, 間 included.
	for i := 0; i+1 < len(toks); i++ {
		if cls[i] != number || !isKanjiNumeral(toks[i].Surface) || toks[i].End != toks[i+1].Start ||
			!IsSuffix(toks[i+1]) || at(toks[i+1].POS, 2) != "一般" {
			continue
		}
		cls[i] = unit
		for k := i + 1; k < len(toks) && IsSuffix(toks[k]) && toks[k-1].End == toks[k].Start; k++ {
			if cls[k] == breakSuffix {
				cls[k] = suffix
			}
		}
	}
	// A number with the counter of countries (3か国, 三カ国, 2ヶ国) counts the parties of a
	// relation, which English names by an adjective (3か国協力 = trilateral cooperation)
	// as it does a list of country abbreviations (日米韓): a word of the term, not a count
	// cut from its edge.
	for i := 0; i+1 < len(toks); i++ {
		if cls[i] == number && toks[i].End == toks[i+1].Start && at(toks[i+1].POS, 2) == "助数詞" &&
			IsCountryCounter(toks[i+1].Surface) && (i == 0 || cls[i-1] != number && cls[i-1] != unit || toks[i-1].End != toks[i].Start) {
			cls[i] = unit
		}
	}
	for i := range toks {
		if okurigana(toks, i) {
			cls[i] = suffix
		}
	}
	// 間 and 内 inside a compound, written between two nouns, make a relational modifier of
	// the noun before them (多国|間|主義 = multilateralism, 国家|間|紛争 = interstate
	// conflict, 地域|内|貿易 = intra-regional trade): a word of the term, not a relation
	// that ends it as at a compound's end (日米|間|の, との|間).
	for i := 1; i+1 < len(toks); i++ {
		if cls[i] == breakSuffix && medialRelational[toks[i].Surface] && (cls[i-1] == unit || cls[i-1] == suffix) &&
			cls[i+1] == unit && toks[i-1].End == toks[i].Start && toks[i].End == toks[i+1].Start {
			cls[i] = suffix
		}
	}
	// 的 is a suffix of nouns: what it is written against is a noun stem, whatever kagome
	// tagged it (一方|的 with 一方 as a conjunction: 一方的な = unilateral).
	for i := 0; i+1 < len(toks); i++ {
		if cls[i] == other && toks[i+1].Surface == "的" && IsSuffix(toks[i+1]) && toks[i].End == toks[i+1].Start &&
			hasWordRune(toks[i].Surface) && isKanji(toks[i].Surface) {
			cls[i] = unit
		}
	}
	// A kanji adverb written against a prefix that binds a noun (極|超|音速: kagome reads
	// 極 as the adverb ごく) is a prefix of the compound: an adverb modifies a predicate and
	// never a prefix, so one spelled in kanji inside a kanji run is a bound morpheme
	// (極超音速 = hypersonic). In kana (ごく), or apart from the prefix, it stays an adverb.
	for i := 0; i+2 < len(toks); i++ {
		if cls[i] == other && at(toks[i].POS, 0) == "副詞" && isKanji(toks[i].Surface) && cls[i+1] == prefix &&
			cls[i+2] == unit && isKanji(toks[i+1].Surface) && toks[i].End == toks[i+1].Start && toks[i+1].End == toks[i+2].Start {
			cls[i] = prefix
		}
	}
	for i := range toks {
		if towardCountry(toks, cls, i) {
			cls[i] = prefix
		}
	}
	// Join katakana words split by ・ into one unit run: ・ between two units inside a term.
	joinDot := func(i int) bool {
		return i > 0 && i+1 < len(toks) && toks[i].Surface == "・" &&
			cls[i-1] == unit && (cls[i+1] == unit) && (isKatakana(toks[i-1].Surface) && isKatakana(toks[i+1].Surface) || partiesDot(toks, i)) &&
			toks[i-1].End == toks[i].Start && toks[i].End == toks[i+1].Start
	}
	var terms []Chunk
	for i := 0; i < len(toks); {
		if cls[i] != prefix && cls[i] != unit && cls[i] != suffix {
			i++
			continue
		}
		j := i
		for j < len(toks) && j-i < MaxUnits {
			c := cls[j]
			ok := false
			switch c {
			case prefix:
				// at the start, or inside before a unit (核|不|拡散|体制), or before a
				// numbered part of the document the term names (条約|第|5|条: Article 5)
				ok = j == i || cls[j-1] == prefix || j+1 < len(toks) && cls[j+1] == unit || numberedPart(toks, cls, j)

			case unit, suffix:
				ok = true
			case number:
				ok = j > i
			default:
				ok = joinDot(j)
			}
			if !ok || (j > i && toks[j-1].End != toks[j].Start) {
				break
			}
			j++
		}
		if ch, ok := trim(toks, cls, i, j); ok {
			terms = append(terms, ch)
		}
		if j == i {
			j++
		}
		i = j
	}
	out := append([]Chunk(nil), terms...)
	// Nested parts, up to MaxNested units long. A middle dot that joins two words into one
	// run (two katakana words, or two parties: 日・カナダ) is no unit of its own: it is
	// spelling inside a name or a pair of parties, so a part holding one (エジプト・アラブ
	// 共和国大統領, a post after the name of its holder; 日・カナダ安全保障協力) is bounded
	// by its words as the same part written without the dot would be.
	for _, t := range terms {
		for a := t.From; a < t.To; a++ {
			dots := 0
			for b := a + 1; b <= t.To && b-a-dots <= MaxNested; b++ {
				if b-1 > a && joinDot(b-1) {
					dots++
				}
				if a == t.From && b == t.To {
					continue
				}
				if cls[a] == suffix || cls[a] == number {
					continue // a part never starts with a suffix or a number
				}
				if b < len(toks) && at(toks[b-1].POS, 1) == "数" && IsCountryCounter(toks[b].Surface) {
					continue // nor ends with the number of 3か国
				}
				if c, ok := trim(toks, cls, a, b); ok && c.From == a && c.To == b {
					c.Nested = true
					out = append(out, c)
				}
			}
		}
	}
	// Phrasal combinations of adjacent terms.
	modStarts := map[int][]int{} // where a MOD な modifier that ends before a term starts
	var mods []Chunk             // the MOD な TERM phrases
	for _, t := range terms {
		// MOD ((かつ | で) MOD)* な TERM
		k, ok := modEnd(toks, t)
		if !ok && t.To-t.From == 1 && at(toks[t.From].POS, 1) != "固有名詞" && t.To+1 < len(toks) && modCoord(toks, t.To) {
			// a common noun coordinated with a modifier before their な: the noun modifies
			// the head as the adjective does (地域及びグローバルな課題 = regional and global
			// issues). A name is a member of its own (日本及び模範的な同盟国 = Japan and
			// exemplary allies): Japanese makes a name a modifier with の, never bare
			if nt := termAt(terms, t.To+1); nt != nil {
				if _, mok := modEnd(toks, *nt); mok {
					k, ok = t.To, true
				}
			}
		}
		if ok {
			for k+1 < len(toks) && (toks[k].Surface == "かつ" || copulaAnd(toks, k) || modCoord(toks, k)) {
				nt := termAt(terms, k+1)
				if nt == nil {
					break
				}
				e, ok := modEnd(toks, *nt)
				if !ok {
					break
				}
				k = e
			}
			if k < len(toks) && toks[k].Surface == "な" && at(toks[k].POS, 0) == "助動詞" {
				if nt := termAt(terms, k+1); nt != nil {
					out = append(out, Chunk{From: t.From, To: nt.To, Phrasal: true})
					mods = append(mods, Chunk{From: t.From, To: nt.To, Phrasal: true})
					modStarts[k+1] = append(modStarts[k+1], t.From)
				}
			}
		}
	}
	// An attributive verbal modifier: PARTICIPLE TERM (共有された規範, 揺るぎないコミットメント).
	var parts []Chunk     // the participle phrases, right sides of a link too
	var partEnds [][2]int // where each attributive starts and ends
	for k := range toks {
		if e := participle(toks, k); e > 0 && !objectBefore(toks, k) {
			partEnds = append(partEnds, [2]int{k, e})
			if nt := termAt(terms, e); nt != nil && nt.To-k <= MaxPhrase {
				out = append(out, Chunk{From: k, To: nt.To, Phrasal: true})
				parts = append(parts, Chunk{From: k, To: nt.To, Phrasal: true})
			}
		}
	}
	// …and a compound verbal noun with する (近代|化|さ|れ|た 部隊 = modernized forces,
	// 共同|対処|し|た 行動 = joint response action): the whole term is the participle's stem, as a one-word verbal noun is.
	for _, t := range terms {
		if t.To-t.From < 2 || !verbalStem(toks[t.To-1]) {
			continue
		}
		if e := suruEnd(toks, t.To); e > 0 && !objectBefore(toks, t.From) {
			if nt := termAt(terms, e); nt != nil && nt.To-t.From <= MaxPhrase {
				out = append(out, Chunk{From: t.From, To: nt.To, Phrasal: true})
				parts = append(parts, Chunk{From: t.From, To: nt.To, Phrasal: true})
			}
		}
	}
	// A modifier of growth: (ADVERB) STEM さ を 増す TERM (一層厳しさを増す安全保障環境 =
	// increasingly severe security environment): see growth.
	for k := range toks {
		if e := growth(toks, k); e > 0 {
			if nt := termAt(terms, e); nt != nil && nt.To-k <= MaxPhrase {
				out = append(out, Chunk{From: k, To: nt.To, Phrasal: true})
			}
		}
	}
	// A quoted term: 「積極的平和主義」, 『基地問題の国際比較』 — the quotation marks delimit it.
	for i, t := range toks {
		if t.Surface != "「" && t.Surface != "『" {
			continue
		}
		closer := "」"
		if t.Surface == "『" {
			closer = "』"
		}
		for j := i + 1; j < len(toks) && j-i <= MaxQuoted+1; j++ {
			if toks[j].Surface == closer {
				if q := (Chunk{From: i + 1, To: j, Phrasal: true, Quoted: true}); j > i+1 && quotable(toks, cls, q) && !has(out, q) {
					out = append(out, q)
				}
				break
			}
			if s := toks[j].Surface; s == "、" || s == "。" || s == "「" || s == "『" {
				break
			}
		}
	}
	// Coordination inside a term: TERM (及び|並びに|と|・|又は|若しくは|或いは) TERM (相互協力及び安全保障条約).
	ext := append([]Chunk(nil), terms...)
	for ti := 0; ti+1 < len(terms); ti++ {
		t, nt := terms[ti], terms[ti+1]
		// the second member of a dot coordination also carries the head both members share
		// (外務・安全保障政策|上級代表 = High Representative for Foreign Affairs and Security
		// Policy): it may run as long as the head is
		second := 4
		if nt.From == t.To+1 && toks[t.To].Surface == "・" {
			second = 4 + dotHead
		}
		if nt.From == t.To+1 && coordinator(toks[t.To]) && t.To-t.From <= 4 && nt.To-nt.From <= second {
			c := Chunk{From: t.From, To: nt.To, Phrasal: true}
			out = append(out, c)
			ext = append(ext, c)
		}
		// An ordinal that opens the first member (第3回, 第二次) counts what the whole
		// coordination names, the third meeting of the foreign and defence ministers, not the
		// first member alone: the members are measured without it, and the coordination is
		// also a term without it (第3回|日英外務・防衛閣僚会合).
		if from := t.From + 3; nt.From == t.To+1 && coordinator(toks[t.To]) && from < t.To &&
			numberedPart(toks, cls, t.From) && t.To-from <= 4 && nt.To-nt.From <= 4 {
			c := Chunk{From: from, To: nt.To, Phrasal: true}
			out = append(out, c)
			ext = append(ext, c)
		}
		if nt.From == t.To+1 && toks[t.To].Surface == "・" && coordinator(toks[t.To]) && nt.To-nt.From <= second &&
			at(toks[nt.From].POS, 1) != "固有名詞" {
			// the names that open the first member of a dot coordination of common nouns
			// modify the whole coordination, not the first member alone (フィリピン|外務・防衛
			// 閣僚会合 = the Philippines' foreign and defense ministerial meeting): the
			// coordination without them is a term of its own
			a := t.From
			if t.From+3 < t.To && numberedPart(toks, cls, t.From) {
				a += 3 // after the ordinal that numbers the whole (第2回|日・フィリピン|外務)
			}
			n := a
			for a < t.To-1 && (at(toks[a].POS, 1) == "固有名詞" || a > n && partiesDot(toks, a)) {
				a++ // the parties, a dot between them included (日・フィリピン|外務)
			}
			if a > n && at(toks[a].POS, 1) != "固有名詞" && t.To-a <= 4 {
				if c, ok := trim(toks, cls, a, t.To); ok && c.From == a && c.To == t.To {
					c = Chunk{From: a, To: nt.To, Phrasal: true}
					out = append(out, c)
					ext = append(ext, c)
				}
			}
		}
		if nt.From == t.To+1 && toks[t.To].Surface == "・" && coordinator(toks[t.To]) && nt.To-nt.From <= second {
			// a holder's name written against the post's own words (モゲリーニ|EU外務・安全保障
			// 政策上級代表, a katakana name or one tagged as a person's): the post, from the
			// word after the name, is a term of its own, the name no part of it. A katakana
			// word untagged is as often a loanword of the post's own (サイバー通商・投資政策
			// 上級代表, エネルギー安全保障担当): it is read as a name only where the body's name
			// follows it, a proper noun or a Latin acronym (EU, NATO), as a holder's name
			// stands before the body that gives the post and a loanword never needs one.
			for b := t.From + 1; b < t.To && t.To-b <= 4; b++ {
				if p := toks[b-1]; p.Surface == "・" || toks[b].Surface == "・" || at(toks[b].POS, 2) == "人名" || isKatakana(toks[b].Surface) ||
					at(p.POS, 2) != "人名" && !(isKatakana(p.Surface) && at(p.POS, 1) != "固有名詞" && opensBodyName(toks[b])) {
					continue
				}
				if c, ok := trim(toks, cls, b, t.To); ok && c.From == b && c.To == t.To {
					c = Chunk{From: b, To: nt.To, Phrasal: true}
					if !has(out, c) {
						out = append(out, c)
						ext = append(ext, c)
					}
				}
			}
		}
		if nt.From == t.To+1 && toks[t.To].Surface == "兼" && coordinator(toks[t.To]) && nt.To-nt.From <= 4 {
			// 兼 joins the posts one person holds; the name and the country before the
			// first post are the person's, not the posts' (マールズ豪州|副首相兼国防大臣):
			// each tail of the first term that is a term of its own is a first member
			for a := max(t.From+1, t.To-4); a < t.To; a++ {
				if cls[a] == suffix || cls[a] == number {
					continue
				}
				if c, ok := trim(toks, cls, a, t.To); ok && c.From == a && c.To == t.To {
					out = append(out, Chunk{From: a, To: nt.To, Phrasal: true})
				}
			}
		}
	}
	// A list of nouns joined by middle dots and closed by a suffix that names an office
	// (軍縮・不拡散・科学局, the bureau of the three): the suffix heads the whole list, which
	// the suffix's last member holds before the rest of a longer term (…局次官補 names the
	// official of that bureau). Each tail of the first member that is a term of its own
	// opens the list, as with 兼: the name of a parent body before it is its own.
	for ti := 0; ti+1 < len(terms); ti++ {
		k := ti
		for k+1 < len(terms) && terms[k+1].From == terms[k].To+1 && toks[terms[k].To].Surface == "・" &&
			(k == ti || terms[k].To-terms[k].From <= 4) && terms[k+1].From-terms[ti].From <= MaxPhrase {
			k++
		}
		if k == ti {
			continue
		}
		last, end := terms[k], -1
		for x := last.From + 1; x < last.To; x++ {
			if cls[x] == suffix && at(toks[x].POS, 1) == "接尾" && cls[x-1] != suffix {
				end = x + 1
				for end < last.To && cls[end] == suffix && at(toks[end].POS, 1) == "接尾" {
					end++
				}
				break
			}
		}
		if end < 0 || end-last.From > 4 {
			continue
		}
		first := terms[ti]
		for a := max(first.From, first.To-4); a < first.To; a++ {
			if cls[a] == suffix || cls[a] == number {
				continue
			}
			if c, ok := trim(toks, cls, a, first.To); ok && c.From == a && c.To == first.To && end-a <= MaxPhrase {
				if ch := (Chunk{From: a, To: end, Phrasal: true}); !has(out, ch) {
					out = append(out, ch)
				}
			}
		}
		ti = k - 1
	}
	// A modifier before a coordination may modify both conjuncts (大きな|役割及び責任 =
	// larger roles and responsibilities, 共有された|規範及び価値 = shared norms and values):
	// English says it once before both, so the phrase is a candidate beside the modifier
	// with the first conjunct alone, and bilingual evidence chooses. A second conjunct
	// followed by a link may modify the noun after it (共有された|規範及び共通|の価値:
	// shared norms and common values), so before の the coordination is no noun phrase.
	for _, c := range ext[len(terms):] {
		if c.To < len(toks) && toks[c.To].Surface == "の" && at(toks[c.To].POS, 1) == "連体化" {
			continue
		}
		for _, m := range modStarts[c.From] {
			if c.To-m <= MaxPhrase {
				out = append(out, Chunk{From: m, To: c.To, Phrasal: true})
			}
		}
		for _, pe := range partEnds {
			if pe[1] == c.From && c.To-pe[0] <= MaxPhrase && !objectBefore(toks, pe[0]) {
				out = append(out, Chunk{From: pe[0], To: c.To, Phrasal: true})
			}
		}
	}
	// Attributive links: TERM LINK TERM, where LINK is の, のための, a compound particle in
	// the attributive form (による, における, に関する, に対する), a case particle and a verb
	// in the attributive form (に基づく, を含む), で and a verb in the past (で開かれた), or
	// の and an adjective (のない). Each side is a term or a coordination of terms.
	starts := map[int][]Chunk{}
	for _, c := range ext {
		starts[c.From] = append(starts[c.From], c)
	}
	// the side after a link may itself be modified, by な or a participle (力による|一方的な
	// 現状変更 = unilateral change to the status quo by force): a modifier of the head
	// stands next to it, after the link's complement
	right := map[int][]Chunk{}
	for _, c := range append(mods, parts...) {
		right[c.From] = append(right[c.From], c)
	}
	// linkedFrom returns where the side a term links to begins (after the link), or -1.
	linkedFrom := func(t Chunk) int {
		if t.To >= len(toks) || t.To-t.From > 9 {
			return -1
		}
		if n := linkLen(toks, t.To); n > 0 {
			return t.To + n
		}
		return -1
	}
	var linked []Chunk
	var modLinked []Chunk // a linked phrase with a modifier before it (一方的な|現状変更の試み)
	for _, t := range ext {
		for _, nt := range starts[linkedFrom(t)] {
			if nt.To-nt.From <= 9 && nt.To-t.From <= MaxPhrase {
				out = append(out, Chunk{From: t.From, To: nt.To, Phrasal: true})
				linked = append(linked, Chunk{From: t.From, To: nt.To, Phrasal: true})
				// a modifier with な before the first term may modify the whole linked
				// phrase (適法な|海洋の利用 = lawful uses of the sea)
				for _, m := range modStarts[t.From] {
					if nt.To-m <= MaxPhrase {
						out = append(out, Chunk{From: m, To: nt.To, Phrasal: true})
						modLinked = append(modLinked, Chunk{From: m, To: nt.To, Phrasal: true})
					}
				}
			}
		}
	}
	for _, t := range ext {
		for _, nt := range right[linkedFrom(t)] {
			if c := (Chunk{From: t.From, To: nt.To, Phrasal: true}); nt.To-t.From <= MaxPhrase && !has(out, c) {
				out = append(out, c)
			}
		}
	}
	// One more level to the right: a modifier of a linked phrase (米国の|アジア太平洋地域
	// へのリバランス = U.S. rebalance to the Asia-Pacific region). Japanese modifiers
	// precede what they modify, and a noun phrase with two of them nests to the right.
	byStart := map[int][]Chunk{}
	for _, c := range linked {
		byStart[c.From] = append(byStart[c.From], c)
	}
	for _, t := range ext {
		for _, nt := range byStart[linkedFrom(t)] {
			if nt.To-t.From <= MaxPhrase && !has(out, Chunk{From: t.From, To: nt.To}) {
				out = append(out, Chunk{From: t.From, To: nt.To, Phrasal: true})
			}
		}
	}
	// …and a linked phrase as the complement of a link (国際法の原則|に基づく|海洋秩序 =
	// maritime order based on the principles of international law): the complement of a verb or of a
	// compound particle is a noun phrase, modified as any other.
	nested := map[int][]Chunk{} // the linked phrases that head a link of their own
	for _, t := range linked {
		from := linkedFrom(t)
		for _, nt := range append(starts[from][:len(starts[from]):len(starts[from])], byStart[from]...) {
			if nt.To-t.From > MaxPhrase {
				continue
			}
			c := Chunk{From: t.From, To: nt.To, Phrasal: true}
			nested[t.From] = append(nested[t.From], c)
			if !has(out, c) {
				out = append(out, c)
			}
		}
	}
	// The complement may itself be such a phrase: a treaty's name puts every complement
	// of its head before it, the subject matter and then the parties (情報の保護|に関する|
	// 日本国政府とオーストラリア政府との間の|協定 = Agreement between the Government of Japan
	// and the Government of Australia on the Security of Information).
	for _, t := range linked {
		for _, nt := range nested[linkedFrom(t)] {
			if nt.To-t.From <= MaxPhrase && !has(out, Chunk{From: t.From, To: nt.To}) {
				out = append(out, Chunk{From: t.From, To: nt.To, Phrasal: true})
			}
		}
	}
	// An attributive before a linked phrase whose head is a verbal noun: 大きな|責任の共有 =
	// great shared responsibilities. The verbal noun after の is rendered by its participle
	// before the object's noun ("shared responsibilities", see the compose evidence), so
	// the attributive stands before both in English, as it does in Japanese.
	for _, pe := range partEnds {
		for _, nt := range byStart[pe[1]] {
			if c := (Chunk{From: pe[0], To: nt.To, Phrasal: true}); nt.To-pe[0] <= MaxPhrase && verbalStem(toks[nt.To-1]) && !has(out, c) {
				out = append(out, c)
			}
		}
	}
	// Noun phrases built around a determiner or a clause (いかなる一方的な試み, 現状を変更
	// しようとする試み, 紛争を平和的に解決すること): see clause.go.
	out = clausal(toks, terms, ext, linked, modLinked, out, linkedFrom)
	// Coordinated modifiers of one head: TERM の COORD PHRASE, where the phrase opens with
	// a modifier of its head (地域の及びグローバルな課題 = regional and global challenges,
	// 日本の及び米国の安全 = Japanese and U.S. security). The の before the coordinator
	// shows that the first term modifies the head of the phrase after it, not a noun of
	// its own.
	for _, c := range out {
		k := c.From
		if !c.Phrasal || c.Quoted || k < 3 || !coordinator(toks[k-1]) || toks[k-1].Surface == "・" ||
			toks[k-2].Surface != "の" || at(toks[k-2].POS, 1) != "連体化" {
			continue
		}
		for _, t := range terms {
			if cc := (Chunk{From: t.From, To: c.To, Phrasal: true}); t.To == k-2 && c.To-t.From <= MaxPhrase && !has(out, cc) {
				out = append(out, cc)
			}
		}
	}
	// Modifiers of one head in a row, parted by a comma: TERM LINK 、 PHRASE, where the link
	// ends in the attributive past (自由で開かれた、ルールに基づく国際秩序 = free and open
	// rules-based international order) and the phrase after the comma opens with a
	// modifier of its own head: the first modifies that head too.
	for _, t := range terms {
		k := linkedFrom(t)
		if k < 1 || k >= len(toks) || toks[k].Surface != "、" || toks[k-1].Surface != "た" || at(toks[k-1].POS, 0) != "助動詞" {
			continue
		}
		for _, c := range out {
			if cc := (Chunk{From: t.From, To: c.To, Phrasal: true}); c.From == k+1 && c.Phrasal && !c.Quoted && c.To-t.From <= MaxPhrase && !has(out, cc) {
				out = append(out, cc)
			}
		}
	}
	// An ordinal linked by の to a term (第2の柱 = Pillar 2, 第一の段階 = first phase):
	// 第 and a number with no counter after them is an ordinal, a determiner of the noun
	// that の joins it to, and the two are one noun phrase as 第1列島線 is one word.
	for _, t := range terms {
		if o := t.From - 3; o >= 0 && ordinalLinked(toks, cls, o) && t.To-o <= MaxPhrase {
			if c := (Chunk{From: o, To: t.To, Phrasal: true}); !has(out, c) {
				out = append(out, c)
			}
		}
	}
	// A comparative: より before a phrase that opens with an adjective (より大きな責任 =
	// greater responsibilities, より緊密な協力 = closer cooperation): see Comparative.
	for _, c := range out {
		if c.From > 0 && c.Phrasal && Comparative(toks, c.From-1) && c.To-c.From < MaxPhrase {
			if cc := (Chunk{From: c.From - 1, To: c.To, Phrasal: true}); !has(out, cc) {
				out = append(out, cc)
			}
		}
	}
	return out
}

// numberedPart reports whether toks[j:] opens with a numbered part: the prefix 第, a
// number and a counter (第5条 article 5, 第3章 chapter 3, 第2項 paragraph 2). After a noun
// it names a part of what the noun names (安全保障条約第5条 = Article V of the security
// treaty), so it stays inside the term.
func numberedPart(toks []morph.Token, cls []class, j int) bool {
	return j+2 < len(toks) && at(toks[j].POS, 1) == "数接続" && cls[j+1] == number &&
		IsCounter(toks[j+2]) &&
		toks[j].End == toks[j+1].Start && toks[j+1].End == toks[j+2].Start
}

// ordinalLinked reports whether toks[o:] opens with an ordinal and the attributive の: the
// prefix 第 (接頭詞,数接続), a number and の (助詞,連体化), written together. A counter
// after the number makes it a numbered part (第5条) or a session (第3回) instead.
func ordinalLinked(toks []morph.Token, cls []class, o int) bool {
	return o+3 < len(toks) && at(toks[o].POS, 1) == "数接続" && cls[o+1] == number &&
		toks[o+2].Surface == "の" && at(toks[o+2].POS, 1) == "連体化" &&
		toks[o].End == toks[o+1].Start && toks[o+1].End == toks[o+2].Start && toks[o+2].End == toks[o+3].Start
}

// dotHead bounds the length in tokens of the head the second member of a dot
// coordination carries beyond a member's own length.
const dotHead = 2

// MaxQuoted bounds the length in tokens of a quoted term.
const MaxQuoted = 12

// quotable reports whether a quoted span can be a term: it holds a content unit and ends
// in one (not a clause: 「より限定的」 ends in 的, a verb ends a sentence), or in an ordinal,
// the prefix 第 and a number, which is a noun phrase of its own (a slogan that puts a
// noun first: 「安全第一」 = safety first).
func quotable(toks []morph.Token, cls []class, c Chunk) bool {
	last := cls[c.To-1]
	if (last != unit && last != suffix || toks[c.To-1].Surface == "的") && !ordinalEnd(toks, cls, c) {
		return false
	}
	for k := c.From; k < c.To; k++ {
		if cls[k] == unit {
			return true
		}
	}
	return false
}

// ordinalEnd reports whether a span ends in an ordinal after a content unit: 第 (kagome's
// 接頭詞,数接続) and a number written next to it, with no counter after them.
func ordinalEnd(toks []morph.Token, cls []class, c Chunk) bool {
	n := c.To - 1
	return n-1 > c.From && cls[n] == number && at(toks[n-1].POS, 0) == "接頭詞" && at(toks[n-1].POS, 1) == "数接続" &&
		toks[n-1].End == toks[n].Start && cls[n-2] == unit
}

func has(cs []Chunk, c Chunk) bool {
	for _, x := range cs {
		if x.From == c.From && x.To == c.To {
			return true
		}
	}
	return false
}

// MaxPhrase bounds the length in tokens of a phrasal candidate.
const MaxPhrase = 16

// coordinator reports whether a token joins two terms into one: 及び, 並びに (conjunctions),
// と and や (the parallel particles), the middle dot, or a disjunctive conjunction (又は, 若しくは,
// 或いは: 力又は威圧 = force or coercion).
func coordinator(t morph.Token) bool {
	switch {
	case at(t.POS, 0) == "接続詞":
		return t.Surface == "及び" || t.Surface == "並びに" || t.Surface == "および" || t.Surface == "ならびに" || disjunctive(t)
	case at(t.POS, 0) == "助詞" && at(t.POS, 1) == "接続助詞":
		// the kana spellings are at times tagged as the conjunctive particle of the verb
		// 及ぶ (同盟国|および|パートナー), which never stands between two nouns: there it is
		// the conjunction
		return t.Surface == "および" || t.Surface == "ならびに"
	case at(t.POS, 0) == "名詞" && at(t.POS, 1) == "接続詞的":
		// 兼 between two posts held by one person (副首相兼国防大臣 = Deputy Prime Minister
		// and Minister for Defence), the English "and"
		return t.Surface == "兼"
	case at(t.POS, 0) == "助詞" && at(t.POS, 1) == "並立助詞":
		return t.Surface == "と" || t.Surface == "や"
	case at(t.POS, 0) == "助詞" && at(t.POS, 1) == "格助詞" && at(t.POS, 2) == "引用":
		return t.Surface == "と" // kagome's quoting と between two nouns (平和と安全を)
	}
	return t.Surface == "・"
}

// modCoord reports whether toks[k] is a conjunction (及び, 並びに, 又は) after a modifier
// that has no な of its own: Japanese writes the attributive な once, after the last of
// coordinated modifiers, so an X的 or an adjectival noun bare before the conjunction
// modifies the head after the last (地域的及び世界的な課題 = regional and global
// challenges). (A modifier with its な, 地域的な, closes a phrase before the conjunction.)
func modCoord(toks []morph.Token, k int) bool {
	return k > 0 && at(toks[k].POS, 0) == "接続詞" && coordinator(toks[k]) && toks[k-1].Surface != "な"
}

// copulaAnd reports whether toks[k] is the continuative copula で after an adjectival noun
// (自由|で|公正な経済秩序 = free and fair economic order): it joins two modifiers of one
// head as かつ does, where the case particle で after a noun (経済で重要な) is no
// coordinator.
func copulaAnd(toks []morph.Token, k int) bool {
	return k > 0 && toks[k].Surface == "で" && at(toks[k].POS, 0) == "助動詞" &&
		at(toks[k-1].POS, 1) == "形容動詞語幹" && toks[k-1].End == toks[k].Start
}

// disjunctive reports whether a token is a conjunction of alternatives (又は, または,
// 若しくは, もしくは, 或いは, あるいは): "A 又は B" is "A or B", never "A and B".
func disjunctive(t morph.Token) bool {
	if at(t.POS, 0) != "接続詞" {
		return false
	}
	switch t.Surface {
	case "又は", "または", "若しくは", "もしくは", "或いは", "あるいは":
		return true
	}
	return false
}

// Either returns how many of a chunk's coordinators are や, which lists members of an open
// set and is rendered by "and" or by "or" alike (力や威圧 = force or coercion, 中国やロシア =
// China and Russia).
func Either(toks []morph.Token, c Chunk) int {
	n := 0
	for k := c.From + 1; k < c.To-1; k++ {
		if toks[k].Surface == "や" && coordinator(toks[k]) {
			n++
		}
	}
	return n
}

// Disjunctions returns how many of a chunk's coordinators (see [Coordinators]) join
// alternatives (又は, 若しくは, 或いは): each is rendered by "or", the others by "and".
func Disjunctions(toks []morph.Token, c Chunk) int {
	n := 0
	for k := c.From + 1; k < c.To-1; k++ {
		if disjunctive(toks[k]) {
			n++
		}
	}
	return n
}

// Coordinators returns the number of coordinators inside a chunk that join two terms (及び,
// 並びに, と, a middle dot between words that are not both katakana): each is rendered by an
// English conjunction (航行及び上空飛行の自由 = freedom of navigation and overflight), which
// is then part of the term, not a function word outside it. The dot inside a katakana
// loanword (パワー・プロジェクション) only spaces its words. The で of a link 自由で開かれた
// joins two predicates (free and open) and counts too, as does かつ between two modifiers.
func Coordinators(toks []morph.Token, c Chunk) int {
	n := 0
	for k := c.From + 1; k < c.To-1; k++ {
		if toks[k].Surface == "で" && (linkLen(toks, k) > 0 || copulaAnd(toks, k)) ||
			toks[k].Surface == "かつ" && at(toks[k].POS, 0) == "接続詞" {
			n++ // (かつ and the copula で join two modifiers: 自由かつ公正な市場 = free and fair markets)
			continue
		}
		if !coordinator(toks[k]) {
			continue
		}
		if toks[k].Surface == "・" && isKatakana(toks[k-1].Surface) && isKatakana(toks[k+1].Surface) {
			continue
		}
		n++
	}
	return n
}

// linkLen returns the number of tokens of an attributive link starting at k, or 0.
func linkLen(toks []morph.Token, k int) int {
	pos := func(i int, p0, p1 string) bool {
		return i < len(toks) && at(toks[i].POS, 0) == p0 && (p1 == "" || at(toks[i].POS, 1) == p1)
	}
	attributive := func(i int) bool { // a verb in the dictionary (attributive) form
		return pos(i, "動詞", "自立") && toks[i].Surface == toks[i].Base
	}
	switch {
	case aspect(toks, k):
		return 2 // 安全保障上の課題: X上の, "in terms of X" (see aspect)
	case pos(k, "助詞", "連体化"): // の
		if k+2 < len(toks) && toks[k+1].Surface == "ため" && toks[k+2].Surface == "の" {
			return 3 // のための
		}
		if pos(k+1, "形容詞", "自立") && toks[k+1].Surface == toks[k+1].Base {
			return 2 // のない
		}
		return 1
	case pos(k, "助詞", "格助詞") && (toks[k].Surface == "の" || toks[k].Surface == "が") &&
		pos(k+1, "形容詞", "自立") && toks[k+1].Surface == toks[k+1].Base:
		return 2 // 切れ目のない (の as the subject of an adjective)
	case pos(k, "助詞", "格助詞") && caseNo[toks[k].Surface] && pos(k+1, "助詞", "連体化"):
		return 2 // への, との, からの, での, までの (日本への攻撃, 中国との対話)
	case pos(k, "助詞", "格助詞") && at(toks[k].POS, 2) == "連語":
		if r := lastRune(toks[k].Surface); strings.ContainsRune("うくぐすつぬぶむる", r) {
			return 1 // による, における, に関する, に対する
		}
	case pos(k, "助詞", "格助詞") && attributive(k+1):
		return 2 // に基づく, を含む
	case coordinator(toks[k]) && toks[k].Surface != "・" && k+3 < len(toks) && pos(k+1, "名詞", "代名詞") && (toks[k+1].Surface == "それ" || toks[k+1].Surface == "これ") &&
		toks[k+2].Surface == "を" && pos(k+3, "動詞", "自立"):
		// X 及び それ を 超えた Y: a coordination whose second member is a verb on the
		// first, named again by それ or これ (Y of X and beyond); the head Y is shared, or
		// said again in each member (X地域及びこれを超えた地域)
		if toks[k+3].Surface == toks[k+3].Base {
			return 4 // 超える
		}
		if pos(k+4, "助動詞", "") && toks[k+4].Surface == "た" {
			return 5 // 超えた
		}
	case roleLink(toks, k):
		return 5 // を背景とした, を中心とした: X を N と した Y, "Y with X as its N"
	case toks[k].Surface == "に" && pos(k, "助詞", "格助詞") && pos(k+1, "動詞", "自立") && pos(k+2, "助動詞", "") &&
		toks[k+2].Surface == "た":
		return 3 // に向けた, に基づいた: に and a verb in the past, attributive as the dictionary form is
	case toks[k].Surface == "で" && (pos(k, "助動詞", "") || pos(k, "助詞", "格助詞")) && pos(k+1, "動詞", "自立"):
		i := k + 2
		if pos(i, "動詞", "接尾") {
			i++ // 開か|れ|た
		}
		if i < len(toks) && pos(i, "助動詞", "") && (toks[i].Surface == "た" || toks[i].Surface == "だ") {
			return i + 1 - k // で開かれた
		}
	case toks[k].Surface == "で" && (pos(k, "助動詞", "") || pos(k, "助詞", "格助詞")) && pos(k+1, "名詞", "サ変接続") &&
		pos(k+2, "動詞", "自立") && toks[k+2].Base == "する":
		i := k + 3 // で繁栄|し|た: a verbal noun and する
		if pos(i, "動詞", "接尾") {
			i++
		}
		if i < len(toks) && pos(i, "助動詞", "") && (toks[i].Surface == "た" || toks[i].Surface == "だ") {
			return i + 1 - k // で開かれた
		}
	}
	return 0
}

// roleLink reports whether toks[k:] opens with を, a role noun, と, し and た, written
// together: X を N とした Y says what part X plays for Y ("Y with X as its N"), an
// attributive link as に基づく is. English states the role by a preposition or a
// participle after Y (力を背景とした試み = attempts backed by force, attempts by force;
// 地域を対象とした協力 = cooperation for the region), so the role noun N, like the verb
// after it, may render an English word but needs none (see Units). A clause whose object
// is not a noun's role (同盟を強化した日本) has no と before its verb.
//
// N must be one of roleNouns: X を N とする is a link only where N names a relation X
// bears to Y (its backdrop, target, aim, basis), which English folds into a preposition.
// Any other noun there is the content of a decision about X (防衛費を倍増とした計画 = a
// plan that doubles defense spending, 期限を延長とした措置 = measures that extend the
// deadline, 税率を据え置きとした予算案 = a budget that keeps the tax rate): N is then the
// word that says what Y does to X, and a term without it renders the wrong phrase.
func roleLink(toks []morph.Token, k int) bool {
	if k+4 >= len(toks) || toks[k].Surface != "を" || at(toks[k].POS, 1) != "格助詞" {
		return false
	}
	n, to, su, ta := toks[k+1], toks[k+2], toks[k+3], toks[k+4]
	return at(n.POS, 0) == "名詞" && roleNouns[n.Surface] &&
		to.Surface == "と" && at(to.POS, 1) == "格助詞" &&
		su.Surface == "し" && su.Base == "する" && at(su.POS, 0) == "動詞" &&
		ta.Surface == "た" && at(ta.POS, 0) == "助動詞" &&
		toks[k].End == n.Start && n.End == to.Start && to.End == su.Start && su.End == ta.Start
}

// roleNouns holds the relational nouns that make X を N とした a link: each names the part
// X plays for the noun it modifies, not something done to X.
var roleNouns = map[string]bool{
	"背景": true, "対象": true, "中心": true, "前提": true, "目的": true, "目標": true,
	"基盤": true, "基調": true, "契機": true, "念頭": true, "主眼": true, "柱": true,
}

// roleNoun reports whether toks[k] is the role noun N of a link X を N とした (see roleLink).
func roleNoun(toks []morph.Token, k int) bool { return k > 0 && roleLink(toks, k-1) }

// aspect reports whether toks[k] is the aspect suffix 上 (名詞-接尾, written against the noun
// before it) followed by the attributive の: X上のY reads "Y in terms of X" (安全保障上の
// 課題 = security challenges, 防衛上の優先事項 = defense priorities), and English writes X as
// a plain premodifier of Y, so 上 and の are a link, not a part of either term. 上 as a noun
// of its own (机の上の本, この上の: 名詞-非自立) and the compounds kagome keeps whole (海上,
// 陸上: 名詞-一般) are not the suffix. (面, the other aspect suffix, 経済面の協力, is a unit
// of the term before の and needs no English word either: see align's affixes.)
func aspect(toks []morph.Token, k int) bool {
	return k > 0 && k+1 < len(toks) && toks[k].Surface == "上" && IsSuffix(toks[k]) &&
		toks[k-1].End == toks[k].Start && at(toks[k+1].POS, 1) == "連体化"
}

// CaseLinks returns the number of links of a chunk made of a case particle and の (への,
// との, での): the case is a relation English states with a preposition (rebalance to
// the region, dialogue with China), never by a bare compound.
func CaseLinks(toks []morph.Token, c Chunk) int {
	n := 0
	for k := c.From + 1; k+1 < c.To; k++ {
		if at(toks[k].POS, 0) == "助詞" && at(toks[k].POS, 1) == "格助詞" && caseNo[toks[k].Surface] &&
			at(toks[k+1].POS, 1) == "連体化" {
			n++
		}
	}
	return n
}

// caseNo holds the case particles that, followed by の, make an attributive link: the
// relation of the case is kept (日本への攻撃 = attack on Japan, 中国との対話 = dialogue with
// China, 地域での存在 = presence in the region).
var caseNo = map[string]bool{"へ": true, "と": true, "から": true, "で": true, "まで": true}

// objectBefore reports whether the verbal modifier starting at k has its object written
// before it (整合性を|確保する重要性): it is then a relative clause, which English renders
// as a clause after the noun ("the importance of ensuring consistency"), and the verb with
// the noun alone is a slice of it, not a participle and its noun.
func objectBefore(toks []morph.Token, k int) bool {
	return k > 0 && toks[k-1].Surface == "を" && at(toks[k-1].POS, 0) == "助詞"
}

// participle returns the end of an attributive verbal modifier starting at k: a verbal
// noun with する in an attributive form (see suruEnd: 共有|さ|れ|た 規範 = shared norms,
// 共有|する 価値 = shared values, 連携|し|た 行動 = coordinated action), or an adjective in the dictionary (attributive) form
// (揺るぎない|コミットメント = unwavering commitment), or 0. ない alone is no modifier
// (it negates, and 切れ目のない is a link of its own).
func participle(toks []morph.Token, k int) int {
	pos := func(i int, p0, p1 string) bool {
		return i < len(toks) && at(toks[i].POS, 0) == p0 && (p1 == "" || at(toks[i].POS, 1) == p1)
	}
	switch {
	case pos(k, "形容詞", "自立") && toks[k].Surface == toks[k].Base && toks[k].Surface != "ない" && hasKanjiOrLong(toks[k].Surface):
		return k + 1
	case pos(k, "名詞", "サ変接続"):
		return suruEnd(toks, k+1)
	case pos(k, "連体詞", "") && strings.HasSuffix(toks[k].Surface, "な") && utf8.RuneCountInString(toks[k].Surface) >= 3:
		return k + 1 // 大きな, 小さな: an adjective's adnominal form (大きな責任 = great responsibility)
	}
	return 0
}

// Comparative reports whether toks[k] is より as the English "more" or "-er": the adverb,
// or the particle where it follows no noun, verb or adjective (that より is "than": 日本
// より大きな国 = a country larger than Japan), and an adjective follows it — in the
// attributive form, in the adnominal -な form (大きな), or a 形容動詞語幹 (緊密).
func Comparative(toks []morph.Token, k int) bool {
	if k+1 >= len(toks) || toks[k].Surface != "より" {
		return false
	}
	switch at(toks[k].POS, 0) {
	case "副詞":
	case "助詞":
		if k > 0 {
			switch at(toks[k-1].POS, 0) {
			case "名詞", "動詞", "形容詞", "助動詞":
				return false
			}
		}
	default:
		return false
	}
	n := toks[k+1]
	return at(n.POS, 0) == "形容詞" && at(n.POS, 1) == "自立" || at(n.POS, 0) == "連体詞" && strings.HasSuffix(n.Surface, "な") ||
		at(n.POS, 1) == "形容動詞語幹"
}

// suruEnd returns the end of する in an attributive form starting at k: the passive (see
// passiveEnd) or the active, in the dictionary form, the past or the progressive (する,
// し|た, し|て|いる, し|て|い|た), or 0. A verbal noun so used before a noun is an English
// participle: the past one for a state reached or held (共有する価値 = shared values, 連携
// した行動 = coordinated action), the one in -ing for what goes on (拡大している脅威 =
// growing threat).
func suruEnd(toks []morph.Token, k int) int {
	if e := passiveEnd(toks, k); e > 0 {
		return e
	}
	if k >= len(toks) || at(toks[k].POS, 0) != "動詞" || at(toks[k].POS, 1) != "自立" || toks[k].Base != "する" {
		return 0
	}
	switch {
	case toks[k].Surface == "する":
		return k + 1
	case toks[k].Surface != "し" || k+1 >= len(toks):
		return 0
	case toks[k+1].Surface == "た" && at(toks[k+1].POS, 0) == "助動詞":
		return k + 2
	case toks[k+1].Surface != "て" || k+2 >= len(toks) || toks[k+2].Base != "いる" || at(toks[k+2].POS, 0) != "動詞":
		return 0
	case toks[k+2].Surface == "いる":
		return k + 3
	case toks[k+2].Surface == "い" && k+3 < len(toks) && toks[k+3].Surface == "た" && at(toks[k+3].POS, 0) == "助動詞":
		return k + 4
	}
	return 0
}

// growth returns the end of a modifier of growth starting at k, or 0: an adjective or an
// adjectival noun made a noun by さ or 性, を, and 増す in the attributive form, after an
// optional adverb of degree (一層, ますます: 一層|厳し|さ|を|増す, 重要|性|を|増す). Japanese
// says "(still more) gaining in severity", English "increasingly severe": 増す is the
// -ly adverb, the adverb of degree needs no word of its own.
func growth(toks []morph.Token, k int) int {
	i := k
	if i < len(toks) && at(toks[i].POS, 0) == "副詞" && degree[toks[i].Surface] {
		i++
	}
	if i+3 >= len(toks) {
		return 0
	}
	stem := at(toks[i].POS, 0) == "形容詞" && at(toks[i].POS, 1) == "自立" || at(toks[i].POS, 1) == "形容動詞語幹"
	nom := IsSuffix(toks[i+1]) && (toks[i+1].Surface == "さ" || toks[i+1].Surface == "性") && toks[i].End == toks[i+1].Start
	if !stem || !nom || toks[i+2].Surface != "を" || at(toks[i+3].POS, 0) != "動詞" || toks[i+3].Surface != "増す" {
		return 0
	}
	return i + 4
}

// degree holds the adverbs of degree that may open a modifier of growth (see growth).
var degree = map[string]bool{"一層": true, "いっそう": true, "ますます": true, "益々": true, "更に": true, "さらに": true, "一段と": true}

// passiveEnd returns the end of the passive of する starting at k, in the past or the
// dictionary form (さ|れ|た, さ|れる), or 0.
func passiveEnd(toks []morph.Token, k int) int {
	pos := func(i int, p0, p1 string) bool {
		return i < len(toks) && at(toks[i].POS, 0) == p0 && (p1 == "" || at(toks[i].POS, 1) == p1)
	}
	if !pos(k, "動詞", "自立") || toks[k].Base != "する" || toks[k].Surface != "さ" ||
		!pos(k+1, "動詞", "接尾") || toks[k+1].Surface != "れ" && toks[k+1].Surface != "れる" {
		return 0
	}
	if toks[k+1].Surface == "れる" {
		return k + 2
	}
	if pos(k+2, "助動詞", "") && toks[k+2].Surface == "た" {
		return k + 3
	}
	return 0
}

// verbalStem reports whether a term's last token makes it a verbal noun that takes する: a
// サ変 noun (強化, 共有) or the suffix 化 (近代化 = modernize).
func verbalStem(t morph.Token) bool {
	return at(t.POS, 0) == "名詞" && (at(t.POS, 1) == "サ変接続" || t.Surface == "化" && at(t.POS, 1) == "接尾")
}

// hasKanjiOrLong reports whether an adjective is a content word: written with a kanji, or
// of four or more kana (揺るぎない), not a short function adjective (よい, いい).
func hasKanjiOrLong(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
		n++
	}
	return n >= 4
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func termAt(terms []Chunk, from int) *Chunk {
	for i := range terms {
		if terms[i].From == from {
			return &terms[i]
		}
	}
	return nil
}

// modEnd reports whether a term is adjectival — followed by 的, or a single 形容動詞語幹
// (枢要, 公平) — and returns the end of the modifier.
func modEnd(toks []morph.Token, c Chunk) (int, bool) {
	if c.To < len(toks) && toks[c.To].Surface == "的" && toks[c.To-1].End == toks[c.To].Start {
		return c.To + 1, true
	}
	if at(toks[c.To-1].POS, 1) == "形容動詞語幹" {
		return c.To, true
	}
	if c.To < len(toks) && toks[c.To].Surface == "な" && at(toks[c.To].POS, 0) == "助動詞" {
		return c.To, true // the attributive copula makes any noun before it adjectival (大規模な)
	}
	return 0, false
}

// countryCounters are the ways Japanese writes the counter of countries.
var countryCounters = map[string]bool{"か国": true, "カ国": true, "ヵ国": true, "ケ国": true, "ヶ国": true, "箇国": true}

// IsCountryCounter reports whether s is the counter of countries (か国, カ国, ヶ国, …).
func IsCountryCounter(s string) bool { return countryCounters[s] }

// okurigana reports whether toks[k] is the kana ending of the noun before it, split off as
// a particle: て after a verbal noun in kanji, written against it (埋立|て = land
// reclamation, kagome's 格助詞 て).
func okurigana(toks []morph.Token, k int) bool {
	return k > 0 && toks[k].Surface == "て" && at(toks[k].POS, 1) == "格助詞" && at(toks[k].POS, 2) == "連語" &&
		at(toks[k-1].POS, 1) == "サ変接続" && isKanji(toks[k-1].Surface) && toks[k-1].End == toks[k].Start
}

// trim applies the edge rules to toks[i:j] and reports whether a term remains.
func trim(toks []morph.Token, cls []class, i, j int) (Chunk, bool) {
	// (a counter goes with the number cut before it: 2050|年|戦略 is 戦略 and a date, not
	// 年戦略; the counter is bound to its number and names nothing of the noun after it)
	for i < j && (cls[i] == breakSuffix || cls[i] == number || isLeadingDrop(toks[i]) || toks[i].Surface == "・" ||
		i > 0 && cls[i] == suffix && cls[i-1] == number && toks[i-1].End == toks[i].Start) {
		i++
	}
	for j > i && (cls[j-1] == breakSuffix || cls[j-1] == prefix || toks[j-1].Surface == "・" || toks[j-1].Surface == "的" ||
		j-2 > i && cls[j-1] == number && cls[j-2] == prefix) { // 第5 without its counter
		j--
	}
	if j <= i {
		return Chunk{}, false
	}
	// A term needs a content unit; a lone suffix or number is not one.
	content := false
	for k := i; k < j; k++ {
		if cls[k] == unit {
			content = true
		}
	}
	if !content {
		return Chunk{}, false
	}
	// Dates and counts: a term that starts with a number was cut above; one that is a
	// number plus counters (2026年, 3.5%) has no unit.
	return Chunk{From: i, To: j}, true
}

func isLeadingDrop(t morph.Token) bool {
	switch t.Surface {
	case "本", "同", "各", "当", "両", "諸", "同年":
		return true
	}
	return false
}

// Units returns the content units of a chunk: its tokens except the particles,
// auxiliaries, conjunctions and dependent nouns of its links (な, の, による, かつ, 及び, た,
// ため); verbs and adjectives of a link stay (基づく: based).
func Units(toks []morph.Token, c Chunk) []morph.Token {
	var out []morph.Token
	for k, t := range toks[c.From:c.To] {
		switch at(t.POS, 0) {
		case "接続詞":
			if tekiStem(toks, c, c.From+k) {
				break // a noun stem before 的 (一方|的), whatever kagome tagged it
			}
			continue
		case "副詞":
			if growth(toks, c.From+k) > 0 {
				continue // the adverb of degree of a modifier of growth (see growth)
			}
		case "助詞", "助動詞":
			if okurigana(toks, c.From+k) {
				break // 埋立|て: the noun's own ending
			}
			if k == 0 && Comparative(toks, c.From) {
				break // より of a comparative: "more"
			}
			continue
		case "動詞":
			if at(t.POS, 1) != "自立" {
				continue // れ of 開かれた
			}
		case "名詞":
			if at(t.POS, 1) == "非自立" && !tekiStem(toks, c, c.From+k) {
				continue // ため (but 一方|的 after a verb, where kagome reads 一方 "while")
			}
			if aspect(toks, c.From+k) {
				continue // 上 of 安全保障上の
			}
			if roleNoun(toks, c.From+k) {
				continue // 背景 of を背景とした: a role English states by a preposition
			}
		}
		out = append(out, t)
	}
	return out
}

// tekiStem reports whether toks[k] of chunk c is the kanji stem of X的, written against 的.
func tekiStem(toks []morph.Token, c Chunk, k int) bool {
	return k+1 < c.To && toks[k+1].Surface == "的" && IsSuffix(toks[k+1]) && isKanji(toks[k].Surface) &&
		toks[k].End == toks[k+1].Start
}

// IsLink reports whether a unit is the verb or adjective of a link (基づく, 含む, 開く,
// ない) or the する of a verbal modifier (共有|さ|れた): it may render an English word but
// needs none. An adjective that modifies the term (揺るぎないコミットメント) is content.
func IsLink(t morph.Token) bool {
	p := at(t.POS, 0)
	return p == "動詞" || p == "形容詞" && t.Base == "ない"
}

// IsPronoun reports whether a token is a pronoun (それ of 及びそれを超えた: it names the first
// member of the coordination again and needs no English word; the verb on it does).
func IsPronoun(t morph.Token) bool { return at(t.POS, 0) == "名詞" && at(t.POS, 1) == "代名詞" }

// IsCounter reports whether a token is the counter of a numbered part (第5条, 第3章; 第2397号,
// which IPA tags a common suffix: 号 numbers documents, resolutions and issues).
func IsCounter(t morph.Token) bool {
	return at(t.POS, 0) == "名詞" && at(t.POS, 1) == "接尾" && (at(t.POS, 2) == "助数詞" || t.Surface == "号")
}

// IsSuffix reports whether a token is a bound suffix (的, 性, 化, 力, 国, 後).
func IsSuffix(t morph.Token) bool { return at(t.POS, 0) == "名詞" && at(t.POS, 1) == "接尾" }

// IsPrefix reports whether a token is a bound prefix (非, 在, 新, 第).
func IsPrefix(t morph.Token) bool { return at(t.POS, 0) == "接頭詞" }

// Termhood accumulates candidate frequencies and the left and right neighbours of simple
// nouns, for FLR.
type Termhood struct {
	freq        map[string]int
	left, right map[string]int // simple noun → occurrences of nouns attached on that side
	parts       map[string][]string
}

// NewTermhood returns an empty accumulator.
func NewTermhood() *Termhood {
	return &Termhood{freq: map[string]int{}, left: map[string]int{}, right: map[string]int{}, parts: map[string][]string{}}
}

// Add records one occurrence of a term made of the given simple nouns (surfaces), under key.
func (th *Termhood) Add(key string, nouns []string) {
	th.freq[key]++
	if _, ok := th.parts[key]; !ok {
		th.parts[key] = append([]string(nil), nouns...)
	}
	for i, n := range nouns {
		if i > 0 {
			th.left[n]++
		}
		if i+1 < len(nouns) {
			th.right[n]++
		}
	}
}

// FLR returns f(CN) × LR(CN) = f × (Π (LN(Ni)+1)(RN(Ni)+1))^(1/2L).
func (th *Termhood) FLR(key string) float64 {
	ns := th.parts[key]
	if len(ns) == 0 {
		return 0
	}
	logSum := 0.0
	for _, n := range ns {
		logSum += math.Log(float64(th.left[n]+1)) + math.Log(float64(th.right[n]+1))
	}
	return float64(th.freq[key]) * math.Exp(logSum/float64(2*len(ns)))
}

// Ranked returns the keys by descending FLR, then by key.
func (th *Termhood) Ranked() []string {
	keys := make([]string, 0, len(th.freq))
	for k := range th.freq {
		keys = append(keys, k)
	}
	scores := make(map[string]float64, len(keys))
	for _, k := range keys {
		scores[k] = th.FLR(k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if scores[keys[i]] != scores[keys[j]] {
			return scores[keys[i]] > scores[keys[j]]
		}
		return keys[i] < keys[j]
	})
	return keys
}

func at(pos []string, i int) string {
	if i < len(pos) {
		return pos[i]
	}
	return ""
}

func hasWordRune(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == 'ー' || r == '々' {
			return true
		}
	}
	return false
}

func isKanjiNumeral(s string) bool {
	for _, r := range s {
		if !strings.ContainsRune("一二三四五六七八九十百千", r) {
			return false
		}
	}
	return s != ""
}

func isDigits(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) && r != '.' && r != ',' {
			return false
		}
	}
	return s != ""
}

func isKatakana(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.Is(unicode.Katakana, r) && r != 'ー' && r != '・' {
			return false
		}
	}
	return true
}

// opensBodyName reports whether t can open the name of a body: a proper noun or a Latin
// acronym (EU, NATO, ＡＳＥＡＮ), written in capitals.
func opensBodyName(t morph.Token) bool {
	if at(t.POS, 1) == "固有名詞" {
		return true
	}
	if !isLatin(t.Surface) {
		return false
	}
	n := 0
	for _, r := range t.Surface {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// IsKatakana reports whether s is written in katakana only (with ー and ・).
func IsKatakana(s string) bool { return isKatakana(s) }

func isLatin(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r >= utf8.RuneSelf && !(r >= 'Ａ' && r <= 'ｚ') {
			return false
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '&' {
			return false
		}
	}
	return true
}

// isKanji reports whether s is written in kanji only.
func isKanji(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}
