package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// TestEveryCommandHelp checks that each command's help has its synopsis, an example and
// the exit codes, on standard output and with exit 0.
func TestEveryCommandHelp(t *testing.T) {
	for _, name := range sortedCommands() {
		t.Run(name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(&env{args: []string{"help", name}, stdout: &out, stderr: &errb, getenv: os.Getenv, cwd: t.TempDir()})
			if code != exitOK {
				t.Fatalf("gloss help %s exited %d; stderr: %s", name, code, errb.String())
			}
			text := out.String()
			for _, want := range []string{"usage: gloss " + name, "\nexamples:\n  gloss " + name} {
				if !strings.Contains(text, want) {
					t.Errorf("gloss help %s lacks %q:\n%s", name, want, text)
				}
			}
			if !strings.Contains(text, "\nexit codes:\n") && !strings.Contains(text, "Exit codes:") {
				t.Errorf("gloss help %s does not give the exit codes:\n%s", name, text)
			}
			if errb.Len() > 0 {
				t.Errorf("gloss help %s wrote to stderr: %s", name, errb.String())
			}
		})
	}
}
