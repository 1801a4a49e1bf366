package align

import (
	"os"

	"github.com/glossterm/gloss/align/internal/lexicon"
)

// EDICTPath is where the Debian edict package installs the dictionary.
const EDICTPath = "/usr/share/edict/edict"

// EDICTFile returns an [Options.EDICT] loader reading the EDICT file at path.
func EDICTFile(path string) func(*lexicon.Lexicon, map[string]bool) (int, error) {
	return func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		f, err := os.Open(path)
		if err != nil {
			return 0, err
		}
		defer f.Close()
		return lx.LoadEDICT(f, want)
	}
}

// InstalledEDICT returns the path of the installed EDICT, or "" when there is none.
func InstalledEDICT() string {
	if st, err := os.Stat(EDICTPath); err == nil && st.Mode().IsRegular() {
		return EDICTPath
	}
	return ""
}
