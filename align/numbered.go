package align

import (
	"regexp"
	"sort"
	"strings"
)

// numberedPartRE matches a numbered part written after the name of what it is a part of
// (第5条 Article 5, 第3章 Chapter 3, 第2項 paragraph 2): the prefix 第, a number and a
// counter of a document's parts.
var numberedPartRE = regexp.MustCompile(`^第[0-9０-９一二三四五六七八九十百]+[条章項号節編款部]$`)

// extendNumbered renders a numbered part of a named document whole: 日米安全保障条約第5条
// is "Article V of the U.S.-Japan Treaty of Mutual Cooperation and Security", the part's
// designation and the whole name of the document, a span that may run past the longest
// n-gram indexed, so the part's rendering stops inside the name ("Article V of the
// U.S.-Japan Treaty"). When the English proposed for the document's name opens with the
// words that end the part's rendering, and the aligned segment goes on with the rest of
// that name, the part's rendering is the joined span: a name is cited whole, never cut.
func (r *run) extendNumbered() {
	segEN := map[string]string{}
	for _, b := range r.bitext {
		segEN[b.Doc+"\x00"+itoa(b.Line)] = b.EN
	}
	byJA := map[string][]*Pair{}
	keys := make([]string, 0, len(r.pairs))
	for k, p := range r.pairs {
		byJA[p.JA] = append(byJA[p.JA], p)
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		p := r.pairs[k]
		if p == nil {
			continue
		}
		i := strings.LastIndex(p.JA, "第")
		if i <= 0 || !numberedPartRE.MatchString(p.JA[i:]) {
			continue
		}
		whole := append([]*Pair(nil), byJA[p.JA[:i]]...)
		sort.Slice(whole, func(i, j int) bool { return whole[i].EN < whole[j].EN })
		for _, q := range whole {
			ext, ok := joinOverlap(p.EN, q.EN)
			if !ok || !r.writtenWith(p, ext, segEN) {
				continue
			}
			var np *Pair
			for _, e := range p.Evidence {
				np = r.add(p.JA, ext, e)
			}
			if np != nil {
				// as sure as the name's own rendering, which the part's evidence did not weigh
				np.joined = max(score(q.Evidence), ReviewScore)
			}
			delete(r.pairs, k)
			break
		}
	}
}

// joinOverlap joins two English phrases where the last two or more words of a are the
// first words of b, and b goes on past them: "Article V of the U.S.-Japan Treaty" and
// "U.S.-Japan Treaty of Mutual Cooperation and Security".
func joinOverlap(a, b string) (string, bool) {
	aw, bw := strings.Fields(a), strings.Fields(b)
	for n := min(len(aw), len(bw)-1); n >= 2; n-- {
		if strings.EqualFold(strings.Join(aw[len(aw)-n:], " "), strings.Join(bw[:n], " ")) {
			return a + " " + strings.Join(bw[n:], " "), true
		}
	}
	return "", false
}

// writtenWith reports whether an aligned segment that p's evidence cites writes en.
func (r *run) writtenWith(p *Pair, en string, segEN map[string]string) bool {
	for _, e := range p.Evidence {
		if s, ok := segEN[e.Doc+"\x00"+itoa(e.Line)]; ok && strings.Contains(s, en) {
			return true
		}
	}
	return false
}
