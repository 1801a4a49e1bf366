// Package bitext reads the texts that align and tm learn from and splits them into
// sentences: a Japanese or English document ([ReadDoc], checked to be UTF-8 text in the
// language it is given as), a tab-separated bitext of aligned pairs ([Read]), and a
// Japanese document with its English translation, aligned sentence by sentence with the
// glossary's approved term pairs as anchors ([Align], [CheckParallel]).
//
//	ja, err := bitext.ReadDoc("commentary.txt", "ja")
//	en, err := bitext.ReadDoc("commentary-en.txt", "en")
//	if err := bitext.CheckParallel(ja, en); err != nil { … } // paragraph counts differ
//	segs, err := bitext.Align(ja, en, g)                   // g may be nil
//	for _, s := range segs {
//		fmt.Println(s.Line, s.JA, "=", s.EN)
//	}
//
// It needs only the readers and the glossary model, so align and tm both build on it;
// package align keeps its former names for these (align.ReadDoc, align.ReadBitext,
// align.AlignParallel, align.Sentences) as thin wrappers.
package bitext
