package glossary

import (
	_ "embed"
	"os"
	"path/filepath"
	"sync"
)

//go:embed default.yaml
var defaultYAML []byte

// DefaultName is how positions and messages name the embedded glossary.
const DefaultName = "(embedded default glossary)"

var (
	defaultOnce sync.Once
	defaultG    *Glossary
	defaultErr  error
)

// Default returns the embedded default glossary: Japanese–English security-policy terms
// curated from the commentaries and the U.S. documents they discuss. Each call returns
// the same glossary; callers must not change it.
func Default() (*Glossary, error) {
	defaultOnce.Do(func() { defaultG, defaultErr = Parse(defaultYAML, DefaultName) })
	return defaultG, defaultErr
}

// DefaultSource returns the embedded default glossary's file, as written.
func DefaultSource() []byte { return defaultYAML }

// FileName is the glossary file gloss looks for in the current directory and its parents.
const FileName = "gloss.yaml"

// Find returns the path of the nearest gloss.yaml in dir or a parent of dir, or "".
func Find(dir string) string {
	for {
		p := filepath.Join(dir, FileName)
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}
