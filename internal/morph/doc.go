// Package morph wraps the kagome tokenizer with the IPA dictionary, loaded once and only
// when a caller first asks for morphology: loading costs about a second and 100 MiB, so
// commands that do not need it (lookup, validate, export) never pay for it.
//
//	toks := morph.Tokenize("拡大抑止を強化する。")
//	// 拡大 抑止 を 強化 する 。 — each with its byte span, part of speech and base form
//
// Callers feed sentences or lines, never whole documents: kagome returns wrong results
// silently above a few megabytes in one call. [Tokenize] splits longer input at line ends
// and Japanese full stops itself.
package morph
