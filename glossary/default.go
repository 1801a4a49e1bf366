package glossary

import (
	_ "embed"
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
