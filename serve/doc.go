// Package serve is gloss's terminology workbench: a local web application over one
// glossary, served by `gloss serve`.
//
//	s, err := serve.New(serve.Config{
//		GlossaryPath:  "gloss.yaml",    // "" serves the embedded default glossary, read-only
//		ProposalsPath: "proposed.yaml", // gloss align --format yaml
//		CorpusDir:     "testdata/corpus",
//	})
//	if err != nil {
//		log.Fatal(err)
//	}
//	log.Fatal(http.ListenAndServe("127.0.0.1:8080", s))
//
// # Pages
//
// Every view has its own URL and works without script; a small embedded script adds
// search as you type. All assets are embedded, pages use the system fonts, and every
// control is reachable by keyboard (/ focuses the search box).
//
//   - / and /search?q=…: lookup with the glossary index's folding (case, width, kana,
//     plurals, partial terms), results grouped by concept with status badges.
//   - /concept/ID: terms with status and notes, definitions, related concepts, and the
//     evidence quotes, each linked to the corpus line it comes from (/corpus/FILE#LN)
//     when a corpus is configured.
//   - /browse: concepts by subject and status.
//   - /review: the proposals file, a page at a time, each proposal's evidence side by
//     side with its terms highlighted, and what the glossary already has; accept, edit
//     or reject.
//   - /check: pasted Japanese and English (paired paragraph by paragraph) or an uploaded
//     XLIFF or TMX file, linted; findings are marked inline with their fixes.
//
// # Writes
//
// Accepting a proposal merges it, with the status approved, into the glossary file with
// exports.Merge and glossary.WriteFile, as `gloss import --merge` does. It is refused,
// with nothing written, when the file's SHA-256 differs from the one loaded (someone
// edited it meanwhile: reload first), or when the merged glossary would have a
// validation error it did not have. Accepted and rejected proposals leave the proposals
// file. Config.ReadOnly turns every write off, and the embedded glossary is never
// written.
//
// # Security
//
// The Handler refuses a Host header that is not localhost, 127.0.0.1 or [::1] (or a host
// in Config.Hosts), which defeats DNS rebinding; every POST must come from the same
// origin and carry the per-process CSRF token in its csrf field; request bodies are
// limited (1 MiB, 16 MiB for an upload); and no path from a request reaches the file
// system: only the configured glossary, proposals file and corpus files, read at start,
// are served. Responses carry a strict Content-Security-Policy.
package serve
