// Package synth generates large, valid glossaries for benchmarks: n concepts with one
// preferred Japanese and English term each, an admitted variant, a definition and a source.
//
//	g := synth.Glossary(100_000)
//	glossary.Write(os.Stdout, g)
package synth
