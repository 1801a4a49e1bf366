// Package tm is gloss's translation memory: Japanese–English units from TMX, XLIFF, TSV
// bitexts and aligned parallel documents, searched by concordance, matched against new
// sentences with CAT-tool fuzzy scores, exported as TMX, and audited against the glossary.
//
//	m, err := tm.Open(ctx, "gloss.tm", true)
//	res, err := m.AddFile(ctx, "legacy.tmx") // one transaction: all of the file or none
//	hits, more, err := m.Search(ctx, "拡大抑止", tm.SearchOptions{Limit: 20})
//	matches, err := m.Match(ctx, "日米同盟の中核である拡大抑止を強化する。", tm.MatchOptions{})
//
// # Units
//
// A unit is a Japanese segment and its English translation, with where it came from (the
// file, the unit's id there, its line), its creation and change dates and creators when the
// file has them (TMX creationdate, changedate, creationid, changeid; the header's
// creationdate otherwise), and the normalized text of its neighbours in the file (for
// in-context matches). TMX inline codes (bpt, ept, ph, it, ut) are kept as TMX markup
// beside the plain text that is indexed and searched; the XLIFF reader gives plain text
// only. Two units whose texts are equal after normalization (textnorm.Key: width, case,
// dashes, spacing) on both sides are one unit: adding a file again adds nothing.
//
// # Engine
//
// The units live behind the small [store.Store] interface. The default engine,
// tm/sqlite, is SQLite through modernc.org/sqlite with an FTS5 trigram index. It was
// chosen because a memory must work with two commands on a fresh machine: it is pure Go
// (gloss stays one static binary, no cgo, no server), a memory is one file a translator
// can copy, and SQLite gives what a memory needs from a database: transactions (a file is
// added whole or not at all, and a killed process loses nothing already committed), WAL
// mode with a busy timeout (two processes can add at once), and a trigram index that finds
// substrings in Japanese, which has no spaces to split words at, with no segmenter whose
// choices would differ between query and text. Bleve with a kagome analyzer would index
// morphemes instead, and miss a query that kagome splits differently from the text.
// Queries shorter than three characters (抑止, 同盟) are answered by a scan.
//
// # Fuzzy matches
//
// [Memory.Match] splits a text into sentences (align.Sentences), retrieves for each the
// units that share the most character trigrams with it (FTS5 bm25 ranking), and scores
// them on words with [Score]: a word-level Levenshtein distance, kagome morphemes for
// Japanese and letter runs for English, 100 for identical text, 101 when the sentences
// before and after it match the unit's neighbours too.
package tm
