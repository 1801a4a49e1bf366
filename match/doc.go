// Package match compiles a glossary into a matcher that finds term occurrences in Japanese
// and English text, with positions in the original text. lint and `lookup --in` use it.
//
//	m, err := match.Compile(g, match.Options{})
//	for _, o := range m.FindLang("米国のＮＤＳは拡大抑止を強化した", "ja") {
//		fmt.Println(o.Start, o.End, o.Concept.ID, o.Term.Text)
//	}
//
// # How it matches
//
// Every term of every language (every status: preferred, admitted, deprecated, forbidden),
// every listed form, and the inflections derived at compile time become one pattern each,
// normalized with textnorm.Key and textnorm.Fold. A text is normalized the same way into a shadow copy
// (NFKC, width, case, dash, tilde and middle-dot folding, white space collapsed, spelling folded) that keeps
// a map back to the original bytes; one Aho-Corasick pass over the shadow finds every
// candidate. Each candidate then passes three checks, and the survivors are resolved
// leftmost-longest: the earliest start wins, then the longest match, so 抑止力 beats 抑止
// and "National Defense Strategy" beats "Defense Strategy". When several concepts share
// the winning span (homonyms) each gets an Occurrence.
//
//   - Case. A term with a capital letter (NDS, National Defense Strategy) must match with the
//     same capitals; an all-lowercase term (extended deterrence) matches in any case. A
//     term's case field (sensitive, insensitive) overrides the rule. Width never matters:
//     ＮＤＳ is NDS.
//   - Boundary, per term. none: no check. word: a letter or digit at the match's edge must
//     not be continued by one. script: the characters beside the match belong to another
//     script run (kanji, hiragana, katakana, Latin) than its edges. morpheme: the match
//     starts and ends on kagome (IPA) morpheme boundaries, so 核の傘 does not fire inside
//     核の傘下; kagome is loaded only when such a term is a candidate, and is fed the sentence
//     around the match (up to 。, ！, ？ or a line break), once per sentence. The default, for a term without a boundary field, is cheap and
//     needs no dictionary: word edges for Latin letters and digits, script edges for
//     katakana (ワード does not fire inside パスワード), and no check at kanji and
//     hiragana edges, because kanji compounds are productive (米国防総省 contains
//     国防総省, 統合抑止力 contains 統合抑止).
//   - Except. A term's except phrases (中国国防省 for 国防省) veto a match that lies inside
//     one of them.
//
// # Inflection
//
// English nouns get their plural or singular on the last word (ally ↔ allies, model
// allies ↔ model ally), English verbs (pos: verb) their -s, -ed and -ing forms (deter →
// deters, deterred, deterring); see internal/english. Japanese verbs (pos: verb) get their
// conjugating stems (抑止する → 抑止し/抑止さ…, 巻き込まれる → 巻き込まれ); Japanese nouns
// need nothing, since a サ変 noun like 抑止 matches inside 抑止した. British, Australian and
// American spellings of a word (defence, defense; recognised, recognized; labour, labor;
// centre, center; programme, program; travelled, traveled) and the ways Japanese writes
// the counter of countries (3か国, 三カ国, 3ヶ国) are one spelling: patterns and text are
// both folded by textnorm.Fold, the text's shadow keeping its map to the original, so an
// occurrence spans the word as written. Where the glossary itself writes a key in two
// such spellings (Ministry of Defense preferred, Ministry of Defence forbidden: a house
// style), each term matches only its own spelling. Hyphenation is: an English form
// with a hyphen between two letters also matches written open or closed (Self-Defense
// Forces: Self Defense Forces; Asia-Pacific: Asia Pacific; non-proliferation:
// nonproliferation), and a deprecated or forbidden one with a space between two letters
// also matches with a hyphen there; a hyphenated pair of country names matches in either
// order (U.S.-Japan, Japan-U.S.: each government names itself first); a Japanese form's
// number of one to ten before a counter with ka (三か国, か月, か所) in kanji or Arabic
// numerals, the ka as か, カ, ヶ, ケ or ヵ (日米韓3カ国 for 日米韓三か国). A variant the
// glossary has as a form of its own is not added: there the spelling decides.
//
// # Short forms, verbs and adjectives
//
// With Options.Derived a matcher holds, instead of the terms, the short forms, verbs and
// adjectives of the preferred and admitted terms (the short, verb and adjective keys of the
// glossary format), each Occurrence marked with its Kind; a verb gets its inflections, and a
// case-sensitive short form written with a lowercase first letter also matches capitalized
// at the start of a sentence. An English short form declared with a leading article ("the
// Alliance") matches its head, in the case declared, after any determiner or possessive,
// which the occurrence starts with: "the Alliance", "The Alliance", "an Alliance", "our
// Alliance", "this Alliance", "the Alliance's", "Japan's Alliance", "our two countries'
// Alliance" (the article says how the writer refers to the concept, not which one it is);
// the head alone, or after another word ("a new Alliance"), is not the short form. Where
// the term is case-insensitive, a capitalized head written in lower case is the short form
// only after a definite determiner or a possessive ("the alliance", "our alliance"): after
// a, an, another, each or every it is the common noun ("an alliance of democracies"). Kept
// apart from the terms, a short form
// never wins the leftmost-longest choice over the full term it begins ("the Treaty" in "the
// Treaty of Mutual Cooperation and Security").
//
// # Speed
//
// The patterns of a glossary a team keeps by hand compile to a full DFA over byte classes
// (one table load a byte); a large one (EDICT, 100,000 concepts) to a trie with full rows
// for its shallowest nodes. From the start state the scan steps over whole kana and kanji
// that begin no pattern, most of a Japanese text. The shadow copies runs of text that
// normalization leaves alone in one piece, and its memory is recycled between calls.
//
// A Matcher is immutable after Compile and safe for concurrent use.
package match
