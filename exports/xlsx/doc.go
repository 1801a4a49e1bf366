// Package xlsx writes glossaries as Excel workbooks in the layouts CAT tools import, and
// reads workbooks back by their header row. It is the only package that uses excelize.
//
//	xlsx.Write(f, g, exports.Options{Profile: "phrase"})
//
// Every workbook has one sheet, "Glossary", with a bold frozen header row, an autofilter,
// column widths by content, wrapped text and the Yu Gothic font (which shows Japanese).
// Text cells are inline string cells — a value starting with = + - @ is text, never a
// formula — and flags are real boolean cells. Rows are written with excelize's streaming
// writer.
//
// Profiles and how they carry synonyms and forbidden terms:
//
//   - generic: the generic table layout — id, subject, status; per language the
//     first term, its status, the other terms ("text (status)" per line), the definition
//     and the terms' notes; the concept note and the sources. Forbidden terms are variants
//     marked "(forbidden)". Carries everything but parts of speech, matcher options, links,
//     translate flags and comments: export then import gives back the same glossary.
//   - memoq: language names as headers (Japanese, English), the allowed terms of a language
//     in one cell separated by "; " (memoQ's "split alternatives" option), "Japanese
//     definition", Subject, Note, ID. Deprecated and forbidden terms are left out: give
//     memoQ TBX for them.
//   - trados: the Glossary Converter layout: language names as headers, each further
//     allowed term in another column under the same language name, then definitions,
//     Subject, Note, ID. Deprecated and forbidden terms are left out.
//   - phrase: language codes as headers (ja, en), per language "forbidden" and "preferred"
//     boolean columns and a note; id, domain, definition (source language). The first row
//     of a concept holds its first terms, each further term its own row with the same id,
//     so every term keeps its flags; deprecated terms are written forbidden.
//   - crowdin: term_ja, description_ja, term_en, description_en — the keys of Crowdin's
//     import scheme; the main term of each language only.
//
// [Read] maps a workbook's first sheet by its header row (any of these layouts, and the
// usual headers of other tools). A file that is not a zip (a renamed CSV), a truncated or
// damaged workbook, one unzipping to more than 512 MiB and to more than 100 times its own
// size (a zip bomb), or an unknown column is an error.
//
// A workbook as Excel, memoQ, Trados or Phrase saves it keeps its text in a shared string
// table. Read and [Scan] read that table themselves, into one block of bytes and 4 bytes of
// offset a string (on disk past 16 MiB of XML), decoding it as excelize does (rich text
// runs joined, phonetic runs left out, _xHHHH_ escapes decoded), and have excelize read
// the rest of the workbook without it: a million rows of shared strings are read within
// some 5 times the file, where excelize's own table took 30. A cell naming a string the
// table does not have is an error naming the cell, as is a malformed table.
package xlsx
