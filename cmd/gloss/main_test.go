package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/glossterm/gloss/align"
	"github.com/rogpeppe/go-internal/testscript"
	"go.yaml.in/yaml/v3"
	"golang.org/x/text/encoding/japanese"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"gloss": func() { main() },
	})
}

var update = flag.Bool("update", false, "rewrite the scripts' expected output (cmp files) from what gloss prints")

// TestScript runs the CLI scripts in testdata/script. Each file is one behaviour.
// Run one with: go test ./cmd/gloss -run TestScript/NAME; -update rewrites expected output.
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		UpdateScripts:       *update,
		RequireExplicitExec: true,
		Cmds:                map[string]func(ts *testscript.TestScript, neg bool, args []string){"mkfile": mkfile, "actionstep": actionStep, "eucjp": eucJP},
		// [wordnet]: WordNet is installed where align looks for it by default; [edict]:
		// EDICT is, where align and lint look for it
		Condition: func(cond string) (bool, error) {
			if cond == "wordnet" {
				return align.InstalledWordNet() != "", nil
			}
			if cond == "edict" {
				return align.InstalledEDICT() != "", nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
		Setup: func(env *testscript.Env) error {
			env.Setenv("GLOSS_GLOSSARY", "")
			env.Setenv("GLOSS_REQUIRE_INTEROP", os.Getenv("GLOSS_REQUIRE_INTEROP"))
			return nil
		},
	})
}

// eucjp SRC DST writes the UTF-8 file SRC to DST in EUC-JP, EDICT's encoding, which a
// script's files, in UTF-8, cannot hold readably.
func eucJP(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: eucjp SRC DST")
	}
	data, err := japanese.EUCJP.NewEncoder().String(ts.ReadFile(args[0]))
	if err != nil {
		ts.Fatalf("%v", err)
	}
	if err := os.WriteFile(ts.MkAbs(args[1]), []byte(data), 0o644); err != nil {
		ts.Fatalf("%v", err)
	}
}

// mkfile KIND NAME writes a glossary file whose bytes a txtar archive cannot hold exactly:
// bom, crlf, latin1, sjis, binary, mixedcsv (a UTF-8 CSV with one Shift_JIS line), nulcsv
// (a CSV with a NUL in a term), sparse (300 MiB of zeros that take no disk), or huge (50 MB of text that is not a glossary).
func mkfile(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: mkfile KIND NAME")
	}
	const good = "gloss: 1\nlanguages: [ja, en]\nconcepts:\n  - id: a\n    terms: {ja: [拡大抑止], en: [extended deterrence]}\n"
	var data string
	switch args[0] {
	case "bom":
		data = "\uFEFF" + good
	case "crlf":
		data = strings.ReplaceAll(good, "\n", "\r\n")
	case "latin1":
		data = strings.Replace(good, "id: a", "id: caf\xe9", 1)
	case "sjis":
		data, _ = japanese.ShiftJIS.NewEncoder().String(good)
	case "binary":
		data = "gloss: 1\n\x00\x01\x02"
	case "mixedcsv": // UTF-8 with one line in Shift_JIS
		sjis, _ := japanese.ShiftJIS.NewEncoder().String("反撃能力")
		data = "ja,en\n拡大抑止,extended deterrence\n" + sjis + ",counterstrike capabilities\n統合抑止,integrated deterrence\n"
	case "nulcsv":
		data = "ja,en\n拡大\x00抑止,extended deterrence\n"
	case "sparse": // 300 MiB of nothing that takes no disk: over every size limit
		f, err := os.Create(ts.MkAbs(args[1]))
		if err == nil {
			err = f.Truncate(300 << 20)
			f.Close()
		}
		if err != nil {
			ts.Fatalf("%v", err)
		}
		return
	case "huge":
		data = strings.Repeat("- 拡大抑止 extended deterrence\n", 50<<20/40)
	default:
		ts.Fatalf("unknown kind %q", args[0])
	}
	if err := os.WriteFile(ts.MkAbs(args[1]), []byte(data), 0o644); err != nil {
		ts.Fatalf("%v", err)
	}
}

// actionStep NAME FILE writes the shell script of the step NAME of the repository's
// action.yml to FILE, so that a script can run it as the runner would, with bash.
func actionStep(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: actionstep NAME FILE")
	}
	data, err := os.ReadFile("../../action.yml")
	if err != nil {
		ts.Fatalf("%v", err)
	}
	var action struct {
		Runs struct {
			Steps []struct {
				Name, Run, Shell string
			}
		}
	}
	if err := yaml.Unmarshal(data, &action); err != nil {
		ts.Fatalf("action.yml: %v", err)
	}
	for _, st := range action.Runs.Steps {
		if st.Name == args[0] {
			if st.Shell != "bash" {
				ts.Fatalf("step %q runs in %q, not bash", args[0], st.Shell)
			}
			if err := os.WriteFile(ts.MkAbs(args[1]), []byte(st.Run), 0o755); err != nil {
				ts.Fatalf("%v", err)
			}
			return
		}
	}
	ts.Fatalf("action.yml has no step %q", args[0])
}
