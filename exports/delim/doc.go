// Package delim writes and reads delimited glossaries: CSV and TSV in the generic table
// layout, OmegaT glossaries and DeepL API glossaries.
//
//	delim.WriteCSV(w, g, exports.Options{BOM: true}) // for Excel on Japanese Windows
//
// CSV (RFC 4180, CRLF, no BOM unless asked) and TSV use the generic layout,
// one row per concept with id, subject, status, and per language
// the first term, its status, the other terms ("text (status)" per line), the definition
// and the terms' notes ("term: note" per line), then the concept note and the sources
// ("doc | quote | loc | url | lang" per line). A value that starts with = + - @ is written
// with a leading apostrophe so no spreadsheet runs it as a formula; the reader removes it.
// Carried: everything but parts of speech, term matcher options, links, translate flags
// and comments; export then import gives back the same glossary.
//
// OmegaT (.utf8, UTF-8 without BOM, LF): "source<TAB>target<TAB>comment" lines, the
// comment holding the status, the definition and the first source joined with " | ".
// Admitted target terms get their own lines; deprecated and forbidden target terms get
// lines whose comment starts with "DO NOT USE", since OmegaT has no forbidden flag.
// Dropped: subjects, concept notes, further sources, deprecated and forbidden source terms.
//
// DeepL (TSV, UTF-8 without BOM): "source<TAB>target" for every allowed source term and
// the main target term, nothing else. [WriteDeepL] refuses — [RefusedError], nothing
// written — what DeepL rejects: a source translated two ways, a term with control
// characters or over 1024 bytes, an empty glossary, one over 10 MiB.
//
// [Read] takes CSV or TSV with a header row (gloss's layout, or language columns named
// ja, ja-JP, ja_JP, Japanese, term_ja, with "ja definition", "ja status", "ja forbidden",
// … columns; an unknown column is an error at its line and column), in UTF-8 with or
// without BOM, UTF-16 with BOM, or Shift_JIS/CP932 as Excel writes it on Japanese
// Windows — detected, or named with ReadOptions.Encoding. With ReadOptions.Pairs it
// reads OmegaT and DeepL pair lines.
package delim
