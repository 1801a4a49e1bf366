package align

import "strings"

// participialCompound reports whether an English word is a hyphenated compound that ends
// in a past participle ("Polish-led", "Tokyo-based", "state-owned"): a reduced relative
// clause that modifies the name after it, not a word of the name. Japanese says it with a
// clause before the term (ポーランドが統轄する多国籍師団 = the Polish-led Multinational
// Division), so a name widened over it renders more than the term.
func participialCompound(w string) bool {
	w = strings.Trim(w, "\"“”'’(")
	i := strings.LastIndexAny(w, "-‐")
	if i <= 0 || i == len(w)-1 {
		return false
	}
	last := strings.ToLower(w[i+1:])
	return len(last) >= 3 && strings.HasSuffix(last, "ed") && !strings.HasSuffix(last, "eed")
}
