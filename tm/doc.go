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
// A team's shared memory is in PostgreSQL (tm/postgres): [Open] takes a postgres:// or
// postgresql:// URL where it takes a file path, and the commands are the same. That store
// indexes the same keys with pg_trgm GIN indexes and proposes the same fuzzy-match
// candidates (the same trigram-idf vote), so a query gives the same results on both.
// docs/tm.md says how to set one up and what each store measured.
//
// # Fuzzy matches
//
// [Memory.Match] splits a text into sentences (align.Sentences), retrieves for each the
// units equal to it and the 30 units that share most of its rarest character trigrams
// (each trigram's vote weighted by its inverse document frequency), and scores them on
// words with [Score]:
//
//   - 100: identical text; 99: identical after normalization (width, case, dashes,
//     spacing); 98: the same words, other punctuation;
//   - otherwise 100 × (1 − d / max(n, m)), rounded down and at most 97, where d is the
//     word-level Levenshtein distance (a word inserted, deleted or replaced costs 1) and
//     n and m are the word counts; words are kagome morphemes for Japanese and letter
//     and digit runs for English, punctuation left out;
//   - 101 (in context): a 100 whose unit's neighbours in its file are the sentences before
//     and after this one (Japanese side).
//
// Matches below the threshold (default 70) are dropped; the rest come best first, the
// newer unit first among equal scores, with the words that differ marked.
package tm
