package main

import (
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"gloss": func() { main() },
	})
}

// TestScript runs the CLI scripts in testdata/script. Each file is one behaviour.
// Run one with: go test ./cmd/gloss -run TestScript/NAME
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		Setup: func(env *testscript.Env) error {
			env.Setenv("GLOSS_GLOSSARY", "")
			env.Setenv("GLOSS_REQUIRE_INTEROP", os.Getenv("GLOSS_REQUIRE_INTEROP"))
			return nil
		},
	})
}
