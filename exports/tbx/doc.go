// Package tbx writes and reads TermBase eXchange files: TBX v2 TBX-Basic (the <martif>
// generation OmegaT, translate-toolkit and Weblate read; the default) and TBX v3
// (ISO 30042:2019 TBX-Basic, DCA style, namespace urn:iso:std:iso:30042:ed-2, overridable).
//
//	tbx.Write(w, g, tbx.V2, exports.Options{})
//
// writes, per concept:
//
//	<termEntry id="extended-deterrence">                 (v3: conceptEntry)
//	  <descrip type="subjectField">deterrence</descrip>
//	  <admin type="elementWorkingStatus">finalizedElement</admin>
//	  <note>concept note</note>
//	  <descripGrp>                                         one per source
//	    <descrip type="context" xml:lang="en">quote</descrip>
//	    <admin type="source">document</admin>
//	    <admin type="sourceIdentifier">loc</admin>
//	    <xref type="externalCrossReference" target="url">url</xref>
//	  </descripGrp>
//	  <langSet xml:lang="en">                              (v3: langSec)
//	    <descrip type="definition">…</descrip>
//	    <tig>                                              (v3: termSec)
//	      <term>extended deterrence</term>
//	      <termNote type="partOfSpeech">noun</termNote>
//	      <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
//	      <note>term note</note>
//	    </tig>
//	    <tig>                                              one per short form of the term before
//	      <term>the Alliance</term>
//	      <termNote type="termType">shortForm</termNote>
//	      <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
//	    </tig>
//	  </langSet>
//	</termEntry>
//
// Term statuses map onto administrativeStatus: preferred → preferredTerm-admn-sts,
// admitted → admittedTerm-admn-sts, deprecated → supersededTerm-admn-sts, forbidden →
// deprecatedTerm-admn-sts (ISO 12620: "rated as undesired"; Weblate reads it as
// forbidden). Concept statuses map onto elementWorkingStatus: proposed → workingElement,
// approved → finalizedElement, retired → archiveElement.
//
// Carried: ids, subjects, concept statuses, definitions, concept and term notes,
// sources (document, quote, language, location, URL), terms, term statuses, parts of
// speech and short forms (termType shortForm, read back onto the term before them; a
// shortForm or abbreviation that comes first is a term of its own) — so export then
// import gives back the same glossary. Dropped (and counted in the report): term matcher
// options (case, boundary, except, forms), verbs and adjectives, homonym and related
// links, translate flags, comments, a definition in a language the concept has no term in.
//
// OmegaT (3.6, checked by the interop tests) reads the v2 file but pairs every source term
// of an entry with every target term and folds statuses, notes and definitions into one
// comment, so a forbidden term shows as a translation: for OmegaT prefer the omegat
// format (package delim), which marks such lines DO NOT USE.
//
// [Read] takes both generations (tig, ntig/termGrp and termSec), reads
// normativeAuthorization as administrativeStatus, also accepts notRecommended and obsolete
// (as deprecated), and rejects a langSet without xml:lang with its line and column.
package tbx
