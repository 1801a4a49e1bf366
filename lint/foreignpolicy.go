package lint

import (
	"strings"

	"github.com/glossterm/gloss/match"
)

// foreignAndPolicy reports whether the English source term o, a policy ("security
// policy") coordinated after "foreign and" ("Japan's foreign and security policy"), is
// rendered in the Japanese target by its field coordinated after 外交 (外交及び安全保障,
// 外交・安全保障): 外交 is itself the name of foreign policy, and the field after it shares
// that word for policy, so Japanese writes 政策 once or not at all. The target must write
// 外交, a coordinator and the field of a Japanese term of the concept that ends with 政策.
func foreignAndPolicy(src string, o match.Occurrence, tgt string, group []match.Occurrence, tgtLang string) bool {
	const lead = "foreign and "
	if o.Start < len(lead) || !strings.EqualFold(src[o.Start-len(lead):o.Start], lead) {
		return false
	}
	found := strings.ToLower(src[o.Start:o.End])
	if !strings.HasSuffix(found, " policy") && !strings.HasSuffix(found, " policies") {
		return false
	}
	for _, g := range group {
		for _, t := range g.Concept.Terms[tgtLang] {
			field, ok := strings.CutSuffix(t.Text, "政策")
			if !ok || field == "" || !t.Status.Allowed() {
				continue
			}
			for _, coord := range jaConjunctions {
				if strings.Contains(tgt, "外交"+coord+field) {
					return true
				}
			}
		}
	}
	return false
}
