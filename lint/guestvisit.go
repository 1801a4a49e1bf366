package lint

import (
	"strings"

	"github.com/glossterm/gloss/match"
)

// guestCategory reports whether the Japanese source term at o names the host of a guest's
// protocol category, right before 賓客 (外務省賓客, "Guest of the Ministry of Foreign
// Affairs"), and the English target speaks of the guest's visit ("is paying a working
// visit to Japan", "visiting Japan"): Japan's protocol ranks a foreign guest's stay by who
// hosts it (国賓, 公賓, 実務訪問賓客, 外務省賓客), and an English readout gives the kind
// of the visit instead of the category, so the host's name is not a term in use there. A
// translation that says nothing of a visit still has to render the term.
func guestCategory(src string, o match.Occurrence, tgt string) bool {
	if !strings.HasPrefix(src[o.End:], "賓客") {
		return false
	}
	lower := strings.ToLower(tgt)
	for _, w := range []string{"visit", "visits", "visiting"} {
		if hasWords(lower, w) {
			return true
		}
	}
	return false
}
