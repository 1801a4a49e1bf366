// Package morph wraps the kagome tokenizer with the IPA dictionary, loaded once and only
// when a caller first asks for morphology: commands that do not need it (lookup, validate,
// export) never pay for it.
//
//	toks := morph.Tokenize("拡大抑止を強化する。")
//	// 拡大 抑止 を 強化 する 。 — each with its byte span, part of speech and base form
//
// # Two dictionaries: who needs which, and why
//
// The IPA dictionary comes in two forms that split text into the same morphemes, with the
// same parts of speech and the same known/unknown flag: they share the lexicon, the
// connection costs and the unknown-word rules. The full one also holds each word's other
// features (base form, reading, inflection); without them, and read in blocks (leanDict),
// the dictionary loads in a fifth of the time and memory (a peak of some 45 MiB of RSS
// against 143 MiB, 0.2 s against 1.1 s).
//
//	caller                      entry point     what it reads from a token
//	align (and align/eval)      Tokenize        Base and Reading too: lexicon and thesaurus
//	                                            look-ups by dictionary form, katakana
//	                                            transliteration, names split by reading
//	lint                        TokenizeLean    Surface and spans (is a term a word of its
//	                                            own), POS (a person's title), Known, and
//	                                            whether a verb is する or できる (a noun
//	                                            used as a verb)
//	match (boundary: morpheme)  TokenizeLean    spans only
//	tm (fuzzy match words)      TokenizeLean    Surface, spans and POS (symbols left out)
//
// so lint, lookup --in, tm and serve never load the full dictionary. [TokenizeLean] gives
// no reading and no base form, except for the forms of する and できる, which it knows by
// their word ids in the dictionary (suruForms; a test checks them against the full
// dictionary). A process that needs both loads the lean one and then the full one, about
// 30 MiB more heap than the full one alone; once the full one is loaded, TokenizeLean uses
// it instead of loading the lean one.
//
// # One reader, and the full dictionary's cache
//
// Both dictionaries are read by one reader (readZip) from the IPA package's embedded zip,
// in blocks, the same as kagome's own (TestLeanDictSameAsKagome, TestFullDictSameAsKagome).
// Inflating the full one's 41 MB of parts still costs some 0.4 s of CPU, so the first
// process that loads it copies the parts, inflated, to kagome-ipa.dict in gloss's cache
// directory ($GLOSS_CACHE_DIR, else the user cache directory's gloss; GLOSS_CACHE=off turns
// it off), a zip of the same parts stored, which later processes read with the same reader
// in some 0.1 s. See dictcache.go.
//
// # The lean dictionary, mapped
//
// The lean dictionary's three large arrays (the double array of surfaces, the connection
// costs, the words' costs: 17 of its 18 MiB) are written, the first time it loads, to
// kagome-ipa-lean.bin in the same cache directory, and mapped from there by later
// processes: they load it in a fraction of the CPU time, leave no garbage, and hold the
// arrays off the heap, read a page at a time as a text reaches them. See leancache.go.
//
// Callers feed sentences or lines, never whole documents: kagome returns wrong results
// silently above a few megabytes in one call. [Tokenize] splits longer input at line ends
// and Japanese full stops itself.
package morph
