package translit

// SoundsLike reports whether a katakana word is the English text's loanword (ピボット,
// pivot; ゴールデンドーム, Golden Dome).
func SoundsLike(katakana, english string) bool {
	return Similarity(katakana, english) >= Threshold
}
