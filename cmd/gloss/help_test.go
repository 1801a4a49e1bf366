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

// TestGlossaryFlagHelpTellsStdin checks that the help of each command's --glossary flag
// offers standard input (-) where the command reads the glossary from it, and only there:
// the commands that write the glossary refuse it.
func TestGlossaryFlagHelpTellsStdin(t *testing.T) {
	tests := []struct {
		name string
		args []string // the command's arguments after --glossary -
	}{
		{name: "validate"},
		{name: "lookup", args: []string{"抑止"}},
		{name: "export", args: []string{"--format", "csv"}},
		{name: "import", args: []string{"--merge", "new.csv"}},
		{name: "review", args: []string{"proposed.yaml"}},
		{name: "serve", args: []string{"--addr", "no-such-address:x"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			const g = "gloss: 1\nlanguages: [ja, en]\nconcepts: []\n"
			for name, text := range map[string]string{"new.csv": "ja,en\n統合抑止,integrated deterrence\n", "proposed.yaml": g} {
				if err := os.WriteFile(dir+"/"+name, []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			var out, errb bytes.Buffer
			args := append([]string{tt.name, "--glossary", "-"}, tt.args...)
			run(&env{args: args, stdin: strings.NewReader(g), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }, cwd: dir})
			refused := strings.Contains(errb.String(), "standard input (-) cannot be written")
			out.Reset()
			if code := run(&env{args: []string{"help", tt.name}, stdout: &out, stderr: &errb, getenv: os.Getenv, cwd: dir}); code != exitOK {
				t.Fatalf("gloss help %s exited %d", tt.name, code)
			}
			_, flagHelp, _ := strings.Cut(out.String(), "-glossary FILE\n")
			flagHelp, _, _ = strings.Cut(flagHelp, "\n")
			if offered := strings.Contains(flagHelp, "- for standard input"); offered == refused {
				t.Errorf("gloss %s refuses --glossary -: %v; its help offers it: %v (%q)", tt.name, refused, offered, strings.TrimSpace(flagHelp))
			}
		})
	}
}
