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
// offers standard input (-) where the command reads the glossary from it, and says where it
// does not: the commands that write the glossary refuse it, and so does fmt with -w.
func TestGlossaryFlagHelpTellsStdin(t *testing.T) {
	const (
		offered  = "glossary FILE, or - for standard input (default: "
		notWrite = ", not standard input (default: "
	)
	tests := []struct {
		name    string
		args    []string // the command's arguments after --glossary -
		refusal string   // what the command says when it refuses standard input; "" when it reads it
		help    string   // what the help of --glossary says
	}{
		{name: "validate", help: offered},
		{name: "lookup", args: []string{"抑止"}, help: offered},
		{name: "export", args: []string{"--format", "csv"}, help: offered},
		{name: "fmt", help: "glossary FILE, or - for standard input (not with -w) (default: "},
		{name: "fmt", args: []string{"-w"}, refusal: "-w needs a file, not standard input", help: "(not with -w)"},
		{name: "import", args: []string{"--merge", "new.csv"}, refusal: "standard input (-) cannot be written", help: "the glossary FILE that --merge merges into and rewrites" + notWrite},
		{name: "review", args: []string{"proposed.yaml"}, refusal: "standard input (-) cannot be written", help: "the glossary FILE that review adds the accepted terms to" + notWrite},
		{name: "serve", args: []string{"--addr", "no-such-address:x"}, refusal: "standard input (-) cannot be written", help: "the glossary FILE that serve edits" + notWrite},
	}
	for _, tt := range tests {
		t.Run(strings.Join(append([]string{tt.name}, tt.args...), " "), func(t *testing.T) {
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
			switch stderr := errb.String(); {
			case tt.refusal != "" && !strings.Contains(stderr, tt.refusal):
				t.Errorf("gloss %s does not refuse --glossary - with %q; stderr: %s", strings.Join(args, " "), tt.refusal, stderr)
			case tt.refusal == "" && strings.Contains(stderr, "standard input"):
				t.Errorf("gloss %s refuses --glossary -; stderr: %s", strings.Join(args, " "), stderr)
			}
			out.Reset()
			errb.Reset()
			if code := run(&env{args: []string{"help", tt.name}, stdout: &out, stderr: &errb, getenv: os.Getenv, cwd: dir}); code != exitOK {
				t.Fatalf("gloss help %s exited %d", tt.name, code)
			}
			_, flagHelp, ok := strings.Cut(out.String(), "-glossary FILE\n")
			if !ok {
				t.Fatalf("gloss help %s has no --glossary flag:\n%s", tt.name, out.String())
			}
			flagHelp, _, _ = strings.Cut(flagHelp, "\n")
			if !strings.Contains(flagHelp, tt.help) {
				t.Errorf("gloss help %s: --glossary is %q, want it to say %q", tt.name, strings.TrimSpace(flagHelp), tt.help)
			}
		})
	}
}
