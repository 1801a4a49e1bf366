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
// in-context matches). Inline codes are kept as TMX markup beside the plain text that is
// indexed and searched: TMX's (bpt, ept, ph, it, ut) as they are, XLIFF's converted (1.2
// g, x, bx/ex, bpt/ept, ph, it; 2.x pc, ph, sc/ec, cp; see xliffMarkup), so that export
// writes them back and clean compares them. Two units whose texts are equal after normalization (textnorm.Key: width, case,
// dashes, spacing) on both sides are one unit: adding a file again adds nothing.
//
// # Engine
//
// The units live behind the small [store.Store] interface. The default engine,
// tm/sqlite, is SQLite through modernc.org/sqlite with a character trigram index. It was
// chosen because a memory must work with two commands on a fresh machine: it is pure Go
// (gloss stays one static binary, no cgo, no server), a memory is one file a translator
// can copy, and SQLite gives what a memory needs from a database: transactions (a file is
// added whole or not at all, and a killed process loses nothing already committed), WAL
// mode with a busy timeout (two processes can add at once), and a trigram index that finds
// substrings in Japanese, which has no spaces to split words at, with no segmenter whose
// choices would differ between query and text. Bleve with a kagome analyzer would index
// morphemes instead, and miss a query that kagome splits differently from the text.
// The index is gloss's own (tm/internal/trigram): for each trigram, the IDs of the units
// that have it, as compressed blocks in a table, built in Go while the units are inserted;
// with SQLite's FTS5 trigram index, which the first schema used, adding units took 1.6
// times the CPU at 100,000 units and twice at a million (figures below). Queries shorter
// than three characters (抑止, 同盟) read the lists of the trigrams that start with them.
//
// A team's shared memory is in PostgreSQL (tm/postgres): [Open] takes a postgres:// or
// postgresql:// URL where it takes a file path, and the commands are the same. That store
// indexes the same keys with pg_trgm GIN indexes and proposes the same fuzzy-match
// candidates (the same trigram-idf vote), so a query gives the same results on both.
// docs/tm.md says how to set one up and what each store measured.
//
// # Adding large files
//
// A file is added in one transaction, so that a file that turns out to be bad halfway (a
// TMX that is not well-formed at line 2,000,000) leaves the memory as it was, and a process
// killed mid-add loses nothing committed before. A TMX is streamed: the reader holds one
// <tu> at a time (tmx.NewStreamReader), so a file of any size is read in bounded memory;
// only XLIFF and TSV files are read whole (up to 256 MiB). Units are normalized in batches
// on every CPU while the previous batch is written, and the engine writes a batch with
// one call when it can ([store.BatchTx]); tm/sqlite inserts 128 units per statement,
// works out their trigrams in another goroutine meanwhile, and writes the posting lists
// as blocks when they hold 4 million IDs and at commit, appended to the file in the order
// written.
//
// Measured on a shared 2-core machine (load 9–15, so wall times are mostly other
// processes' and CPU times are the figures to compare), with the generated memory of
// tm/bench_test.go (GLOSS_TM_BENCH_UNITS=N go test ./tm -run '^$' -bench .; files of
// 50,000 units, three quarters distinct), the FTS5 index (schema 1) and the posting
// lists (schema 2) run alternately, CPU time of the add as the benchmark reports it, peak
// RSS of the whole benchmark process (/usr/bin/time):
//
//	units      FTS5 index (wall / CPU)   posting lists (wall / CPU)   peak RSS
//	100,000    24 s / 9.6 s              12 s / 5.9 s                 256 / 317 MB (medians of 3)
//	1,000,000  11m01s / 204 s            4m15s / 97 s                 357 / 349 MB (load 12–15)
//	1,000,000  3m23s / 117 s             1m51s / 83 s                 281 / 338 MB (load 13 → 1)
//
// A third run of the posting lists, at a load of 11–13, took 1m49s wall and 55 s of CPU.
// In a profile of the 100,000-unit add, a third of the CPU is SQLite inserting the rows
// (the unit table, its unique pair-key index and two hash indexes), 15% the
// normalization of the texts (textnorm.Key) and a fifth the posting lists. The three
// indexes take their entries at random places, so each 50,000-unit file rewrites more of
// their pages the larger the memory: that is what grows faster than the units.
//
// The normalization now passes kana and kanji, and ASCII English, without looking each
// character up, and the trigrams of a batch are worked out into one slice (a slice per
// unit and side was two fifths of what the add allocated); tm add runs under a soft
// memory limit. gloss tm add of the same million units (go run ./tm/internal/synth/gentm,
// 20 files in one command; bench/tm.sh), /usr/bin/time -v, user+sys CPU of the new and
// the old binary in eight pairs run one after the other: 48.6/54.2, 39.6/52.3,
// 52.0/62.4, 59.2/65.2, 68.0/58.5, 74.7/88.4, 71.4/75.9, 74.0/86.6 s. The new one took
// less in seven pairs of eight, 12% less in the median pair; the CPU time itself swings
// with the machine's load (5 to 13 from other processes), more than these changes move
// it. Peak RSS 372 MB under the limit (520–525 MB without it) against 525–570 MB. The goal
// of 1,000,000 units in 60 s is met by the CPU time of four runs of eight (those at a
// load up to 8) and by the wall time of one (58 s; the others up to 2m31s), on a shared
// two-core machine where SQLite's one writing connection and the normalization share
// the cores with other processes. A larger page cache (128 MB) did not help and raised
// the peak to 496 MB.
//
// A generated TMX of 1 GB (1,987,701 units, each with a tuid, dates and a prop, one in ten
// with inline codes) was added by gloss tm add, with the FTS5 index, in 539 s of CPU
// (38m49s wall on that machine) with a peak RSS of 209 MB (/usr/bin/time -v), below that
// of the 100,000-unit benchmark; the write-ahead log grew to 4.5 GB during the one transaction, and the memory
// file is 4.5 GB: adding a large file needs about four times its size of free disk.
//
// # Fuzzy matches
//
// [Memory.Match] splits a text into sentences (bitext.Sentences), retrieves for each the
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
