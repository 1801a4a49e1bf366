//go:build accdiag

package jaterm

import (
	"os"
	"strings"
	"testing"

	"github.com/glossterm/gloss/internal/morph"
)

func TestAccTok(t *testing.T) {
	for _, s := range strings.Split(os.Getenv("S"), ",") {
		toks := morph.Tokenize(s)
		for _, x := range toks {
			t.Logf("%s %v %v", x.Surface, x.POS, x.Known)
		}
		for _, c := range Chunks(toks) {
			t.Logf("chunk %q %+v", c.Text(s, toks), c)
		}
	}
}
