// Package exports turns a glossary into the exchange files CAT tools import — TBX, TMX,
// XLSX, CSV/TSV, OmegaT and DeepL glossaries — and reads such files back. Each format has
// its own sub-package (tbx, tmx, xlsx, delim, edict); this package holds what they share:
// [Options] (languages, locale style, which concept statuses), the [Report] of what a
// format could not carry, positioned errors ([Error]), format detection ([Detect]), the
// anchored [Text] the XML readers return, and [Merge], which folds an imported glossary
// into gloss.yaml. What only the format packages use (the XML decoder and escaping, the
// table layouts, the header and language-tag recognition) is in exports/internal.
//
// Every export is a lossy view of gloss.yaml: gloss.yaml stays the source of truth. No
// format carries the matcher options of a term (case, boundary, except, forms) or its verb
// and adjective (TBX alone carries short forms, as termType shortForm), homonym
// and related links, translate flags or comments; each writer counts what it leaves out
// in its Report, and `gloss export` prints it. The sub-packages' documentation says what
// each format carries.
//
//	g, _ := glossary.LoadFile("gloss.yaml")
//	rep, err := tbx.Write(os.Stdout, g, tbx.V2, exports.Options{Locale: "region"})
//	for _, line := range rep.Lines() {
//		fmt.Fprintln(os.Stderr, "not carried:", line)
//	}
//
// Writers take a [Source]: the languages and the concepts as a sequence. [FromGlossary]
// makes one of a loaded glossary; edict.Scan streams one from the EDICT dictionary, so
// `gloss export --from` writes a 267,000-entry dictionary without holding it in memory.
// Each format's Write(w, g, opt) is WriteSource(w, FromGlossary(g), opt).
//
// Reading: each reader returns a *glossary.Glossary whose languages are mapped onto the
// known ones (ja-JP, ja_JP, JA and "Japanese" onto ja), with concept statuses left empty
// when the file does not say; Merge then matches concepts by normalized term
// (textnorm.Key), adds, updates, and reports conflicts instead of overwriting a reviewed
// (approved or retired) field:
//
//	in, err := tmx.Read(f, "memory.tmx", g.Languages)
//	res := exports.Merge(g, in) // res.Added, res.Updated, res.Conflicts
//
// Bad input — XML that is not well formed or is truncated, a DOCTYPE declaring entities,
// a tuv or langSet without xml:lang, an unknown column, a renamed or damaged workbook —
// is an [*Error] with the file, line and column where there is one, and a hint. The
// readers never expand entities (encoding/xml knows only the five predefined ones) and
// read at most [MaxInput] bytes.
package exports
