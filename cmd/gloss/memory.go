package main

import (
	"os"
	"runtime/debug"
	"runtime/metrics"

	"github.com/glossterm/gloss/internal/morph"
)

// memBudget is the soft memory limit of the process. main runs the garbage collector at
// GOGC=400, so that a short process reading a large glossary spends little time
// collecting; without a limit its heap then grows to five times what it holds. The limit
// makes the collector work harder only once the heap nears what the inputs need: a base
// for the program itself plus a few times the size of the inputs, so that the peak stays
// proportional to the input. GOMEMLIMIT in the environment overrides it.
var memBudget int64 = 256 << 20

// inputFactor is what the heap holds per byte of input beyond the base: a glossary's model
// takes about 7 bytes per byte of YAML, a document to lint less.
const inputFactor = 8

// indexFactor is inputFactor for a command that needs only a glossary's index (lookup,
// export): it holds the compiled tables and one concept at a time, even while the cache
// is built, which is about the size of the file (EDICT, 67 MB of YAML: a first load within
// some 400 MB, an export from the cache within 330 MB).
const indexFactor = 1

// conceptsBase is the base of the budget of a command that reads a glossary's concepts one
// at a time without its lookup tables (export): EDICT from the cache holds some 120 MB,
// and with a budget of conceptsBase + the file a peak of about 190 MB, where the default
// base let the heap grow to 320 MB.
const conceptsBase = 128 << 20

// edictBase and edictFactor are the budget of gloss import of an EDICT file, written one
// concept at a time: it holds the file and the ids given, as hashes (exports.IDSet); with
// this budget its peak is about 72 MB of RSS (4.0x the 19 MB of EDICT) for some 5% more
// CPU time than at a base of 40 MiB, which gave 86 to 88 MB (4.7x to 4.9x) and one of
// 48 MiB 94 MB (5.1x); 128 MiB + the file gave 150 MB.
const (
	edictBase   = 24 << 20
	edictFactor = 2
)

// streamBase and streamFactor are the budget of gloss import without --merge, and of
// gloss export --from, of an exchange file whose reader streams (XLSX, CSV, TSV, TBX,
// TMX): it holds the file (XLSX twice for a moment: excelize reads its own copy), the
// ids given, as hashes, and one concept at a time. A million rows: 2.2x (TMX) to 3.8x
// (CSV) the file at their peak (bench/memory.sh), where reading them whole took 20-47x.
const (
	streamBase   = 64 << 20
	streamFactor = 2
)

// mergeBase and mergeFactor are the budget of an exchange file that gloss import --merge
// merges as it reads it, on top of inputFactor+validateFactor per byte of the glossary
// merged into (held whole): the file until it is merged and the hashes of the ids given,
// then, while the merged glossary is written, what checking it keeps: the ids and hashes
// of the terms, some 90 bytes a concept (the ids of the concepts added are read back
// from the spool to be named). A million CSV rows (40 MB) into the default glossary hold
// some 105 MB at the end, and peak at some 146 MB of RSS (3.7x) with this budget; at
// three bytes per byte of the file, when the checks held 150 MB, the peak was 208 MB
// (5.3x), and with the checks' compact tables 182 MB (4.6x).
const (
	mergeBase   = 48 << 20
	mergeFactor = 2
)

// entriesFactor is inputFactor+validateFactor for a large glossary that gloss import
// --merge merges into without holding its model (exports.NewEntriesMerger): it holds the
// file, some 80 bytes a concept of index (the text of each entry, the hashes of its id and
// terms) and the concepts the merge changes, then what checking the merged glossary keeps.
const entriesFactor = 3

// mergeBudget sets the budget of gloss import --merge of the exchange file name, merged as
// it is read, into a glossary of dstSize bytes: held whole, or split into its concepts
// (entriesFactor).
func mergeBudget(e *env, split bool, dstSize int, name string) {
	if split {
		memBudget = mergeBase + entriesFactor*int64(dstSize)
	} else {
		memBudget = mergeBase + (inputFactor+validateFactor)*int64(dstSize)
	}
	budget(e, mergeFactor, 0, name)
}

// setBudget sets the soft memory limit back to n, as it was before a budget was set.
func setBudget(e *env, n int64) {
	memBudget = n
	budget(e, 0, 0)
}

// xlsxStreamBase is streamBase for an XLSX workbook: it holds the file and 4 bytes per
// shared string (the strings and the sheet are on disk), the ids given as hashes (some
// 16 MB for a million), no more, and excelize's structures for the workbook's small
// parts. A million rows of shared strings (a workbook of 19 MB) hold some 45 MB and peak
// at some 75 MB of RSS (4.0x) with this base; at 24 MiB, 82 MB (4.4x), and 90 MB (4.8x)
// when the hashes of the ids took 33 MB.
const xlsxStreamBase = 16 << 20

// streamCap is the most a streamed exchange file's limit gives per byte of a file of
// validateCapFrom bytes or more: base+factor let the heap of a 12 MB CSV grow to 7.8
// times the file (97 MB). At 4 bytes per byte its RSS peaked at some 59 MB (4.9x); now
// that the ids given take half the room (exports.IDSet), at 3 some 48 MB (4.0x) for the
// same CPU time, and a million rows of CSV (42 MB) some 134 MB instead of 155.
const streamCap = 3

// streamBudget sets the budget of a streamed exchange file in format at path.
func streamBudget(e *env, format, path string) {
	memBudget = streamBase
	if format == "xlsx" {
		memBudget = xlsxStreamBase
	}
	capBudget(budget(e, streamFactor, 0, path), streamCap) // budget gives 0 under GOMEMLIMIT
}

// capBudget lowers the soft memory limit to perByte bytes per byte of an input of size
// bytes, from validateCapFrom up: issue-sized inputs stay within five times their size.
func capBudget(size, perByte int64) {
	if size >= validateCapFrom {
		memBudget = min(memBudget, perByte*size)
		debug.SetMemoryLimit(memBudget)
	}
}

// validateBase and validateFactor are the base and the factor of the budget of gloss
// validate on a glossary file, which it checks one concept at a time: it holds the file,
// the ids and normalized terms seen and the problems found, some two bytes per byte of a
// glossary (a 52 MB generated one: a peak of about 4.6x its size; EDICT from the cache,
// with 365,000 problems, about 300 MB, for some 40% more CPU time in the collector).
const (
	validateBase   = 128 << 20
	validateFactor = 2
)

// validateCap is the most validate's limit gives per byte of a glossary of validateCapFrom
// bytes or more, where issue-sized inputs must stay within 5x: base+factor let the heap of
// a 12 MB glossary grow to 7.6 times the file, of a 44 MB one in flow style to 5.1 times.
// At 4 bytes per byte a 52 MB glossary peaked at some 200 MB (4.0x) instead of 238, the
// 44 MB one in flow style at some 175 MB (4.1x) instead of 228, and a 12 MB one at 57 MB
// (4.8x): the program's own pages are a larger share of a small input. Now that the
// checks keep their tables compactly (hashtab.Table), at 3 bytes per byte they
// peak at some 151, 134 and 45 MB (3.1x, 3.2x, 3.8x) for the same CPU time (three runs
// each, old and new alternated).
const (
	validateCap     = 3
	validateCapFrom = 10 << 20
)

// validateBudget sets validate's soft memory limit for a glossary file of size bytes.
func validateBudget(e *env, size int64) {
	memBudget = validateBase
	if e.getenv("GOMEMLIMIT") != "" {
		return
	}
	memBudget += validateFactor * size
	debug.SetMemoryLimit(memBudget)
	capBudget(size, validateCap)
}

// exchangeFactor is inputFactor for an exchange file (CSV, XLSX, TBX, TMX) read whole into
// a glossary: a row of a two-column CSV of some 40 bytes becomes a concept of some 1.4 KB.
// Without a limit the heap of a million-row CSV grows to five times that at GOGC=400.
const exchangeFactor = 40

// lintFactor is inputFactor for the documents lint reads whole (the pairs of --pair; the
// files it is given, and standard input spooled to a temporary file, are streamed:
// lintStreamedFactor). It reads one and
// checks it a batch of segments at a time, keeping only the findings and the positions of
// the renderings the consistency check may report: at its peak it holds the file and
// less than as much again. A limit of twice the input above lintBase keeps the peak
// within some three to four times the input on inputs of 100 MB and more (issue 11).
const lintFactor = 2

// lintStreamedFactor is inputFactor for a file lint streams (TSV, CSV, text, XLIFF, TMX,
// PO: lint.Streamed). Read a batch of rows at a time, the file is never held; what grows with
// it is the findings and the positions of the renderings the consistency check may report.
// At one byte per byte, 12 and 30 MB of rows that need kagome peak at some 53 and 73 MB
// (bench/memory.sh lint-kagome), 30 MB of text or rows at 69 MB (lint-small), for the CPU
// time of the whole file's limit; at half a byte (with a base of 48 MiB), 63 and 76 MB for
// some 60% more CPU time on the 30 MB (the collector's).
const lintStreamedFactor = 1

// lintGlossaryFactor is inputFactor for the glossary file lint reads (glossary.OpenModel):
// where it has no compiled cache yet, reading it builds one, as a first lookup does, or
// parses it whole. Building EDICT's cache (67 MB of YAML) holds up to some 350 MB live: at
// 6 bytes per byte the limit (some 430 MB) had the collector run 12 times while it built,
// for 1.4 s of CPU time; at 9 (some 630 MB) 6 times, for 0.5 s, and the first lint peaks at
// some 630 MB of RSS instead of 430 to 480, within the 1 GB of issue 11. A cache read
// holds little: the limit is then never reached.
const lintGlossaryFactor = 9

// lintCompileFactor and lintCompileBase are lint's budget, in place of lintGlossaryFactor's,
// while it compiles the matchers of a glossary read from its compiled cache (lint.NewIndex)
// the first time; from then on they are mapped from beside the cache, off the heap. The
// compile of EDICT's (67 MB of YAML) holds at its peak some 110 to 160 MiB of live heap
// (match's BenchmarkCompileEDICT), the finished trie's arrays most of it: 150 to 220 MiB
// when its keys were strings in a Go map and the trie was built depth first. With this
// budget (some 250 MiB) the first lint after a lookup peaks at some 266 to 272 MiB of RSS
// for 3.7 to 4.0 s of user CPU, where it took the same and 5.9 to 9.7 s; at six bytes
// per byte, when the compile held 256 MB and three million small objects, it took 448 to
// 451 MB and 15 to 17 s (three runs each, old and new alternated), and at three bytes per
// byte then 435 MB and 31 s, half of it marking. Building the cache, or parsing the file
// where there is none, is still budgeted at lintGlossaryFactor.
const (
	lintCompileFactor = 3
	lintCompileBase   = 32 << 20
)

// lintCompileBudget moves lint's soft memory limit from lintGlossaryFactor's share of the
// glossary file at path to the compile's (on), or gives the compile's back.
func lintCompileBudget(e *env, path string, on bool) {
	if e.getenv("GOMEMLIMIT") != "" {
		return
	}
	if on {
		memBudget += lintCompileBase
		budget(e, lintCompileFactor-lintGlossaryFactor, 0, path)
		return
	}
	memBudget -= lintCompileBase
	// What a compile let go is given back to the system, and the limit keeps room for what
	// the runtime still holds for a heap that was once large (lintOverheadShare). Matchers
	// mapped from beside the cache leave the runtime near its share: no collection is
	// forced for them.
	if runtimeOverhead() > 2*lintOverheadShare {
		debug.FreeOSMemory()
	}
	memBudget += max(0, runtimeOverhead()-lintOverheadShare)
	budget(e, -lintCompileFactor, 0, path)
}

// lintOverheadShare is what lintBase expects the runtime to hold besides the heap's
// objects (its metadata, stacks, free pages): some 5 MiB for lint from a compiled cache.
// After the compile of EDICT's matchers (a heap of some 600 MB) the runtime holds some
// 17 MiB even once the free pages are given back, and a limit without that excess left
// the heap some 6 MB of a 24 MiB limit: the collector ran some 80 times in the second
// lint took to check a short file after the compile.
const lintOverheadShare = 6 << 20

// lintBase is the base of lint's soft memory limit, in place of memBudget's: the program
// and the default glossary's matchers hold some 10 MB of heap (30 MB of RSS with the
// program's own pages), and the rest is the collector's room. Since lint's workers keep
// their buffers from batch to batch, and the consistency check keeps its uses in some ten
// bytes each and the segments' IDs in one array, 28 MiB costs no more marking than 48 did
// before and keeps the 42 MB of heap lint reached while it loaded the glossary, at
// GOGC=400, from setting the peak: 12 MB of rows that need kagome peak at some 53 MB of
// RSS (4.4x) instead of 65, 10 MB of text dense with terms at 51 instead of 71
// (bench/memory.sh lint-kagome, lint-dense). A streamed file's window has the batch it
// holds checked before it moves to a new buffer, so that it never holds two buffers of a
// batch (4 MiB each) at once: 24 MiB is the 28 it was less one of them, for the same CPU
// time, and 10 MB of dense text peaks at some 47 MB (4.8x) instead of 52. The program's
// own pages grew by about 1.5 MB since, which took that text to 48–50 MB (4.9–5.1x): 22
// MiB gives them back, 45–47 MB (4.6–4.7x), for the same CPU time (and the same 49–50 MB
// for 12 MB of kagome rows). What kagome's
// dictionary holds on the heap is accounted once lint loads it, which it does only when a
// Japanese term needs its word boundaries (lintDictShare).
const lintBase = 22 << 20

// lintDictShare is what lint's limit keeps for kagome's lean dictionary: the limit is moved
// by what the dictionary holds on the heap less this, down as well as up. Read onto the
// heap (GLOSS_CACHE=off, or a cache that cannot be written), the dictionary takes 14 MiB more; mapped from
// the cache (morph.LeanMappedBytes), its arrays are off the heap and only the pages a text
// reaches count in the RSS (1.4 MB for one row, some 3 MB for 12 MB of rows), so the limit
// comes down by 2 MiB: the limit lint ran at before kagome loaded is about what it runs
// at after, so that neither phase sets the peak alone.
const lintDictShare = 4 << 20

// tmAddBase and tmAddFactor are the soft memory limit of gloss tm add: the units of a
// batch being normalized and written, the posting lists of a transaction (up to some 4
// million IDs) and the file being read, which TSV and XLIFF are whole (TMX is streamed),
// counted tmAddFactor times for the units made of it. Without a limit the heap grew at
// GOGC=400 to some 450 MB while adding a million units from files of 17 MB, and the peak
// RSS, with SQLite's page cache, past 500 MB; at this limit it is some 310 MB, for no more
// CPU time (the garbage is mostly the batches').
const (
	tmAddBase   = 160 << 20
	tmAddFactor = 4
)

// tmAddBudget sets the soft memory limit of gloss tm add for the files at paths, added
// one after the other: the base and the largest file's share.
func tmAddBudget(e *env, paths ...string) {
	if e.getenv("GOMEMLIMIT") != "" {
		return
	}
	var largest int64
	for _, p := range paths {
		if fi, err := os.Stat(e.path(p)); err == nil && fi.Mode().IsRegular() {
			largest = max(largest, min(fi.Size(), 256<<20))
		}
	}
	memBudget = tmAddBase + tmAddFactor*largest
	debug.SetMemoryLimit(memBudget)
}

// lintBudget sets lint's soft memory limit for the documents at paths (those streamed
// counted at lintStreamedFactor), and has it raised
// when kagome's dictionary loads.
func lintBudget(e *env, streamed func(string) bool, paths ...string) {
	memBudget = lintBase
	var whole []string
	for _, p := range paths {
		if !streamed(p) {
			whole = append(whole, p)
		} else if fi, err := os.Stat(e.path(p)); err == nil && fi.Mode().IsRegular() {
			memBudget += lintStreamedFactor * fi.Size()
		}
	}
	budget(e, lintFactor, 0, whole...)
	if e.getenv("GOMEMLIMIT") == "" {
		morph.BeforeLoad = func(dict int64) {
			memBudget += dict - lintDictShare
			debug.SetMemoryLimit(memBudget)
		}
	}
}

// lintSpoolBudget raises lint's soft memory limit by what standard input, spooled to a
// temporary file of size bytes and linted as a stream, needs: what a file of that size
// named on the command line adds (lintStreamedFactor).
func lintSpoolBudget(e *env, size int64) {
	if e.getenv("GOMEMLIMIT") != "" {
		return
	}
	memBudget += lintStreamedFactor * size
	debug.SetMemoryLimit(memBudget)
}

// budgetFor raises the soft memory limit by what the files at paths need, and at least to
// min. Files that are not regular (standard input, pipes) count nothing here; the input
// gate bounds them.
func budgetFor(e *env, min int64, paths ...string) { budget(e, inputFactor, min, paths...) }

// budget is budgetFor with factor bytes of heap per byte of input (a negative factor
// gives back what a positive one gave); it returns the size of the regular files among
// paths, 0 when GOMEMLIMIT sets the limit.
func budget(e *env, factor, min int64, paths ...string) (size int64) {
	if e.getenv("GOMEMLIMIT") != "" {
		return 0
	}
	for _, p := range paths {
		if fi, err := os.Stat(e.path(p)); err == nil && fi.Mode().IsRegular() {
			memBudget += factor * fi.Size()
			size += fi.Size()
		}
	}
	memBudget = max(memBudget, min)
	debug.SetMemoryLimit(memBudget)
	return size
}

// budgetSize is budget for an input of size bytes that is no file (standard input, read
// through the input gate): what a file of that size named on the command line adds.
func budgetSize(e *env, factor, size int64) {
	if e.getenv("GOMEMLIMIT") != "" {
		return
	}
	memBudget += factor * size
	debug.SetMemoryLimit(memBudget)
}

// lookupInBase is the base of the soft memory limit of lookup --in, in place of
// memBudget's; the glossary file adds inputFactor per byte as for every command that
// loads one, and kagome's dictionary what it holds when a term needs word boundaries.
// The document is matched a part of about 1 MB at a time and never held, so what else
// the heap holds is garbage: at GOGC=400 and the default limit, the heap grew to some
// 130-170 MB whatever the document's size (a 20 MB English line: 8.5x of it, 2 MB of
// text: 33x). With this base a line of 10, 20 or 50 MB peaks at some 50 MB (5x, 2.5x,
// 1x), for some 0.4 s more CPU time on 20 MB than with none (the collector's); at 48 MiB,
// some 63 MB for no more CPU time, over 5x of 10 MB.
const lookupInBase = 32 << 20

// lookupInBudget sets lookup --in's soft memory limit before it loads the glossary.
func lookupInBudget(e *env) {
	if e.getenv("GOMEMLIMIT") != "" {
		return
	}
	memBudget = lookupInBase
	debug.SetMemoryLimit(memBudget)
	morph.BeforeLoad = func(dict int64) {
		memBudget += dict
		debug.SetMemoryLimit(memBudget)
	}
}

// runtimeOverhead returns what the Go runtime holds besides the heap's objects and the
// memory it has given back to the system: the collector's and the allocator's metadata,
// stacks, and the heap's free and unused pages. It counts against the soft memory limit.
var runtimeOverhead = func() int64 { // a variable for the tests
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}, {Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return int64(s[0].Value.Uint64()) - int64(s[1].Value.Uint64()) - int64(s[2].Value.Uint64())
}
