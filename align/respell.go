package align

import "strings"

// centralEuropean spells the letters of Central European names (Polish, Czech,
// Hungarian, Romanian) as English spells their sounds, which is how katakana renders
// them: cz, cs = ch (チ), sz = sh (シ), rz and gy = j (ジ), w = v (ヴ), ł = w (ワ), c alone
// = ts (ツ), a final ny = ni (ニ), io at the start = yo (ヨ), a final w or v = f (フ), j
// after a vowel and before a consonant or at the end = i (イ).
var centralEuropean = strings.NewReplacer("cz", "ch", "cs", "ch", "sz", "sh", "rz", "j", "gy", "j", "ł", "w", "ch", "ch", "w", "v")

// respelled returns a lower-case name word as English would spell its sounds when it is
// written in a Central European orthography (Gyurcsány → jurchány, Ferenc → ferents,
// Radosław → radoswaf), or "" when no rule applies.
func respelled(w string) string {
	s := centralEuropean.Replace(w)
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		next := rune(0)
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		switch {
		case r == 'c' && next != 'h':
			b.WriteString("ts")
		case r == 'j' && i > 0 && vowelRune(rs[i-1]) && (next == 0 || !vowelRune(next)):
			b.WriteRune('i')
		case (r == 'w' || r == 'v') && next == 0 && i > 0:
			b.WriteRune('f')
		case r == 'y' && next == 0 && i > 0 && rs[i-1] == 'n':
			b.WriteRune('i')
		case r == 'i' && i == 0 && next == 'o':
			b.WriteRune('y')
		default:
			b.WriteRune(r)
		}
	}
	if out := b.String(); out != w {
		return out
	}
	return ""
}

// vowelRune reports whether r is a vowel letter, accented or not.
func vowelRune(r rune) bool {
	return strings.ContainsRune("aeiouyáéíóúőűöüěůą", r)
}
