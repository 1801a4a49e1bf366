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
// Top-level keys: gloss (the format version, 1), languages (BCP 47 tags; the first two are the
// glossary's source and target), concepts.
//
// Concept keys: id (required, unique; lowercase letters, digits and hyphens are advised),
// subject, status (proposed, approved or retired; proposed when absent), definition (a map
// from language to text), note, translate (false for terms kept verbatim in a translation,
// such as acronyms), homonyms (ids of concepts that may share a term with this one),
// related (ids of related concepts), terms (a map from language to a list of terms) and
// sources (a list of evidence).
//
// A term is either a plain string, which is a preferred term, or a mapping with the keys
// term (the text, required), status (preferred, admitted, deprecated or forbidden, as in
// TBX), pos (part of speech: noun, verb, adjective, adverb, properNoun, other), note, case
// (sensitive or insensitive; by default a term written with a capital letter matches
// exactly and a lowercase one in any case), boundary (none, script, morpheme or word: how a
// matcher checks the edges of a match), except (phrases that contain the term and must not
// count as it, as 中国国防省 for 国防省), forms (other written forms of the same term,
// such as "defence", or inflections the matcher cannot derive), short, verb and adjective.
//
// # Short forms, verbs and adjectives
//
// Three keys of a term give the concept's other written forms, which a text may use in its
// place. They belong on a preferred or admitted term; lint counts them, lookup does not.
//
//	en:
//	  - {term: Japan-U.S. Alliance, short: [the Alliance]}
//	  - {term: deterrence, verb: deter}
//	  - {term: North Korea, adjective: North Korean}
//
// The keys:
//
//   - short: a list of short forms, TBX's termType shortForm or abbreviation, that stand
//     for the term once a text has named it: "the Alliance" for "Japan-U.S. Alliance",
//     "the Treaty", "the Guidelines". A short form written with a lowercase first letter
//     also matches capitalized at the start of a sentence ("The Alliance faces…"), and
//     one that starts with "the" also with our, this, its, their, that or your in its
//     place ("our Alliance"); the rest is matched as the term's case rule says. A translation that has a short form where the
//     source has the term is not missing it, and the short form is not a second rendering
//     for the consistency check; a document that only ever uses short forms gets a note.
//     An acronym that a text may use on its own (NDS, USFJ) is an admitted term, not a
//     short form.
//   - verb: the verb of the concept (deter for deterrence), inflected as a verb (deters,
//     deterred, deterring). It renders the source term where the source uses it as a verb:
//     a Japanese サ変 noun followed by する, できる and their forms (抑止する, 抑止し,
//     抑止できる, 抑止される), told by kagome.
//   - adjective: the adjective or attributive form of the concept ("North Korean" for
//     "North Korea"), which renders the term wherever the source uses it (北朝鮮による挑発,
//     "North Korean provocations").
//
// A source has the keys lang, doc (the document, required), quote (its words), loc (page,
// section or line) and url.
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
// idempotent, and Load(Write(g)) equals g; `gloss fmt` is Write.
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
// A glossary is read through the input gate of internal/textfile: at most [MaxFileSize]
// bytes, UTF-8, no NUL byte, one YAML document (a second one after "---" is an error, as
// `gloss fmt -w` would otherwise delete it). A file of more than 1 MiB in the block layout
// Write produces is parsed one concept at a time, so that the YAML tree of the whole file
// is never in memory at once. Errors carry the sentinel errors of package gloss
// (errors.Is(err, gloss.ErrTooLarge), gloss.ErrNotUTF8, gloss.ErrBinary, gloss.ErrSyntax).
//
// # Validation
//
// [Validate] returns every problem, each a [Problem] with a position, a rule id, a severity
// and a hint, sorted by position. The rules are listed in [Rules].
//
// # Lookup
//
// [NewIndex] builds the index behind `gloss lookup`. Keys are normalized (NFKC, case, width,
// dash and tilde variants, an English plural fold), so ＮＡＴＯ finds NATO and "model ally"
// finds "model allies"; a part of a term finds every concept that contains it.
//
// The default glossary, curated from the Japanese commentaries and the U.S. documents they
// discuss, is embedded: [Default] returns it.
package glossary
