package lint

import (
	"strings"

	"github.com/glossterm/gloss/internal/textnorm"
	"github.com/glossterm/gloss/match"
)

// A relation named by its members. Japanese names a relation by its members and 関係
// (パートナー関係, 「特別なパートナー」関係, 友好関係); English derives the noun of the
// relation with -ship from the member's noun: partnership, a special partnership. So,
// ja → en, a one-word English term of the group written with -ship renders the Japanese
// term where 関係 follows it, after a closing quotation mark or none. Without 関係 after
// the term (パートナーとして, "as a partnership"), the member is still missing.

// relationAsShip reports whether the Japanese term at o in src is followed by 関係 and the
// target's textnorm key tgtKey writes an allowed one-word English term of the group with
// -ship.
func relationAsShip(src string, o match.Occurrence, group []match.Occurrence, tgtKey, tgtLang string) bool {
	rest := strings.TrimLeft(src[o.End:], "」』”\"")
	if !strings.HasPrefix(rest, "関係") {
		return false
	}
	for _, g := range group {
		for _, t := range g.Concept.Terms[tgtLang] {
			if t.Status.Allowed() && t.Text != "" && !strings.Contains(t.Text, " ") && hasWords(tgtKey, textnorm.Key(t.Text)+"ship") {
				return true
			}
		}
	}
	return false
}
