// Package xliff reads the bilingual XLIFF files CAT tools exchange, for gloss lint: XLIFF
// 1.2 (with the SDLXLIFF, MQXLIFF and MXLIFF vendor attributes for segment status and
// locks) and XLIFF 2.0/2.1. It keeps, for every segment, the source and target text with
// a map back to byte offsets in the file, the segment's state, whether it is locked, and
// its notes.
//
//	f, err := xliff.Parse(data, "job.sdlxliff")
//	for _, u := range f.Units {
//		if u.Checked() { … u.Source.Value, u.Target.Value … }
//	}
//
// Inline codes are left out of the text (the content of ph, bpt, ept, it in 1.2; ph, sc, ec
// are empty in 2.x); the text of g, mrk, pc and sub-like wrappers is kept. SDLXLIFF units are
// split into their <mrk mtype="seg"> segments, each with its sdl:seg status. Writing XLIFF
// is not supported.
package xliff
