package lint

import (
	"strings"

	"github.com/glossterm/gloss/match"
)

// outsideArea reports whether the English source term at o is the object of "outside" or
// "beyond" ("its partner outside Europe", "partners beyond the Euro-Atlantic area") and
// the Japanese target says 域外 or 圏外, "outside the area": Japanese leaves the area to
// the context, the body or region the sentence is about (NATO域外国, "partners outside
// Europe"), where English names it. In any other place the region is still demanded, and
// a translation that says neither 域外 nor the region does not render it.
func outsideArea(src string, o match.Occurrence, tgt string) bool {
	before := strings.ToLower(src[:o.Start])
	before = strings.TrimSuffix(before, "the ")
	for _, p := range []string{"outside ", "outside of ", "beyond "} {
		if strings.HasSuffix(before, p) {
			rest := before[:len(before)-len(p)]
			if rest == "" || !isWordByte(rest[len(rest)-1]) {
				return strings.Contains(tgt, "域外") || strings.Contains(tgt, "圏外")
			}
		}
	}
	return false
}
