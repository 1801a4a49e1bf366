package lint

import "strings"

// CheckLanguages returns a *gloss.Error when doc is bilingual and one of its languages is
// none of the glossary's: such a file is read but nothing in it can be checked, and
// reporting "no findings" would let a file gloss cannot check pass CI (a TSV whose header
// says src<TAB>tgt, a file labelled fr and de).
func (l *Linter) CheckLanguages(doc *Doc) error {
	if doc.SourceLang == "" || doc.TargetLang == "" || len(l.languages) == 0 {
		return nil
	}
	known := map[string]bool{}
	for _, lang := range l.languages {
		known[baseLang(lang)] = true
	}
	var unknown []string
	for _, lang := range []string{doc.SourceLang, doc.TargetLang} {
		if !known[baseLang(lang)] {
			unknown = append(unknown, lang)
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	return inputErr(doc.File, 0, 0, "read as %s → %s, and the glossary has no %s terms: nothing in the file can be checked; label its columns or segments with the glossary's languages (%s)",
		doc.SourceLang, doc.TargetLang, strings.Join(unknown, " or "), strings.Join(l.languages, ", "))
}
