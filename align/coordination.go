package align

// Coordination in English spans.
//
// An English span that holds "and" or "or" renders a Japanese coordination (及び, 並びに,
// と, や, かつ, ・, 又は …) or a part whose dictionary gloss is one (日米 "Japan and the United
// States"); any other is a span that crossed the boundary of the term: "Strategy and
// National Defense Strategy" for 国家防衛戦略, "National Security Strategy and National" for
// 国家安全保障戦略, where one Japanese part explains two English words. Each part renders
// the English words it is matched with once: the translation of a term writes each of its
// parts once.

// explainsTwice reports whether an English word form occurs more often in a span than
// there are parts of the term that render it: one part explains two words ("Strategy and
// National Defense Strategy" for 国家|防衛|戦略).
func explainsTwice(cs []constituent, words, raw []string) bool {
	for i, w := range words {
		n := 0
		for j := range words {
			if words[j] == w {
				n++
			}
		}
		if n < 2 || firstIndex(words, w) != i {
			continue
		}
		parts := 0
		for _, c := range cs {
			if covers(c, w, raw[i]) {
				parts++
			}
		}
		if parts > 0 && parts < n {
			return true
		}
	}
	return false
}

func firstIndex(words []string, w string) int {
	for i, x := range words {
		if x == w {
			return i
		}
	}
	return -1
}

// glossCoordination reports whether a part of a term has a dictionary gloss that holds a
// coordination (日米 "Japan and the United States", 日米韓): then the term renders an
// English "and" without a coordinator of its own.
func glossCoordination(cs []constituent) bool {
	for _, c := range cs {
		for _, g := range c.glosses {
			for _, w := range g {
				if w == "and" || w == "or" {
					return true
				}
			}
		}
		for _, w := range c.words {
			if w == "and" || w == "or" {
				return true
			}
		}
	}
	return false
}
