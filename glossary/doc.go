// Package glossary owns gloss's terminology model, its file format, validation and the
// index behind lookup.
//
// # The file
//
// A glossary is one YAML file, gloss.yaml, edited by people and reviewed in pull
// requests. One entry is one concept; each concept has terms per language:
//
//	gloss: 1
//	languages: [ja, en]
//	concepts:
//	  - id: extended-deterrence
//	    subject: deterrence
//	    status: approved
//	    definition:
//	      en: The commitment of the United States to deter attacks on its allies, including with nuclear forces.
//	    note: Used for the U.S. commitment to Japan and the ROK.
//	    terms:
//	      ja:
//	        - 拡大抑止
//	      en:
//	        - extended deterrence
//	        - {term: expanded deterrence, status: forbidden, note: not used in official texts}
//	    sources:
//	      - lang: en
//	        doc: U.S.-Japan Extended Deterrence Dialogue (June 2024)
//	        quote: reaffirmed the U.S. commitment to extended deterrence
//
// The full reference of the file format, every key and value, is docs/glossary-format.md in
// the repository, which the gloss command prints with `gloss help glossary`.
//
// Unknown keys, duplicate keys, tabs in indentation, a byte-order mark, CRLF line endings and
// text that is not UTF-8 are errors with a position; [Load] reports them all. Comments are
// kept: [Write] moves a comment found inside an entry above the entry, and never drops one.
//
// # The canonical form
//
// [Write] prints a glossary in one canonical form: keys in the order above, concepts in file
// order, a term as a plain string when it is preferred and has no other field, strings plain
// where YAML reads them back as the same string and double-quoted otherwise. Write is
// idempotent, and Parse(Format(g)) equals g; `gloss fmt` is Write.
//
// # Writing the file
//
// Every writer of a glossary file goes through [UpdateFile] (or [WriteFile], which uses
// it): it takes an advisory lock (flock) on a lock file beside the glossary,
// .gloss.yaml.lock for gloss.yaml, removes temporary files a killed writer left, reads the
// file again under the lock and writes the new content through a temporary file and a
// rename. Concurrent writers (two `gloss import --merge`, a `gloss fmt -w`) therefore
// serialize and lose nothing. The lock file stays; add it to .gitignore. A symbolic link is
// written through to its target, even one that does not exist yet; an existing file keeps
// its mode; a write-protected file is refused (gloss.ErrReadOnly) and left as it is; a file
// with several hard links is rewritten in place once the temporary file holds the whole
// new content, so that every link sees it (the rename would detach this one).
//
// # Reading the file
//
// [LoadFile] reads and parses a file; [Parse] parses bytes already read. [ReadFile] and
// [ReadAll] read them through the same gate, for a caller that also needs the bytes, to
// hash them or to compare them with [Format]. The gate takes at most 256 MiB of UTF-8
// without NUL bytes, in one YAML document (a second one after "---" is an error, as
// `gloss fmt -w` would otherwise delete it). A file of more than 1 MiB in the block layout
// Write produces is parsed one concept at a time, so that the YAML tree of the whole file
// is never in memory at once; [ValidateFile] reads one concept at a time too what Parse
// reads whole (comment lines in the concepts list, a list in flow style, an entry with a
// syntax error, reported where the whole file's parse reports it). A glossary that cannot be read is a *[LoadError] listing
// every [Problem]; each problem carries the sentinel error of package gloss that classifies
// it (errors.Is(err, gloss.ErrTooLarge), gloss.ErrNotUTF8, gloss.ErrBinary,
// gloss.ErrSyntax).
//
// # Validation
//
// [Validate] returns every problem, each a [Problem] with a position, a rule id, a severity
// and a hint, sorted by position. The rules are listed in [Rules].
//
// # Lookup
//
// [NewIndex] builds the index behind `gloss lookup`; [OpenIndex] reads a file and keeps a
// compiled copy of a large one's index in the user's cache directory, so that the next
// lookup does not parse the YAML again. Keys are normalized (NFKC, case, width,
// dash and tilde variants, an English plural fold), so ＮＡＴＯ finds NATO and "model ally"
// finds "model allies"; a part of a term finds every concept that contains it.
//
// The default glossary, curated from the Japanese commentaries and the U.S. documents they
// discuss, is embedded: [Default] returns it.
package glossary
