// Package tmx writes term pairs as TMX 1.4 and reads TMX files one unit at a time.
//
// [Write] follows what CAT tools need: version="1.4", all seven required header
// attributes, segtype="phrase", srclang string-equal to the source tuv's xml:lang (ja-JP and
// en-US by default: region locales, canonical case), xml:lang on every tuv, the source tuv
// first, a 16-character UTC creationdate, stable tuids (the concept id, then id.2, id.3 for
// further source terms), notes and x- props before the tuvs, UTF-8 without a BOM, no
// inline codes, duplicate pairs written once:
//
//	<tu tuid="extended-deterrence">
//	  <note>concept note</note>
//	  <prop type="x-gloss-concept">extended-deterrence</prop>
//	  <prop type="x-Domain">deterrence</prop>
//	  <tuv xml:lang="ja-JP"><note>definition in ja</note><seg>拡大抑止</seg></tuv>
//	  <tuv xml:lang="en-US"><seg>extended deterrence</seg></tuv>
//	</tu>
//
// Carried: every allowed (preferred or admitted) source term paired with the main target
// term, concept ids, subjects, concept notes, definitions in the two languages. Dropped
// (counted in the report): deprecated and forbidden terms (a memory would offer them),
// target synonyms, term notes, parts of speech, sources, statuses, other languages.
//
// [Reader] streams a TMX file: [NewReader] reads the header, [Reader.Next] returns each
// <tu> with its notes, props and tuvs (language, segment text outside inline codes) and
// the line, column and byte offset of the tu, each tuv and each segment's text; each
// tuv's Seg is its text as an [exports.Text], anchored to the file after every entity,
// CDATA section and inline code, as exports/xliff anchors its units, so a linter can point
// into the file without reading it again:
//
//	rd, err := tmx.NewReader(f, "memory.tmx")
//	for {
//		tu, err := rd.Next()
//		if err == io.EOF {
//			break
//		}
//		for _, v := range tu.TUVs {
//			fmt.Printf("%d:%d %s %s\n", v.SegLine, v.SegCol, v.Lang, v.Text)
//		}
//	}
//
// A tuv without xml:lang (TMX 1.1's lang is accepted), XML that is not well formed or is
// truncated, or a DOCTYPE declaring entities is an error with its position. [Read] turns
// term pairs into a glossary: units sharing an x-gloss-concept prop are one concept, the
// first term of a language is preferred and the others admitted.
package tmx
