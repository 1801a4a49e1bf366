package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/glossterm/gloss/docs"
)

// topics are the help pages that are not commands.
var topics = map[string]struct {
	summary string
	text    func() string
}{
	"glossary": {"the gloss.yaml file format: every key and value", func() string { return docs.GlossaryFormat }},
}

// glossaryDefault is where a command looks for the glossary without --glossary.
const glossaryDefault = "$GLOSS_GLOSSARY, else gloss.yaml here or in a parent"

// glossaryReadHelp is the help of the --glossary flag of a command that reads the glossary
// and may read it from standard input.
const glossaryReadHelp = "glossary `FILE`, or - for standard input (default: " + glossaryDefault + ", else the embedded default)"

// glossaryWriteHelp is the help of the --glossary flag of a command that writes the
// glossary file, what is what the file is to it: such a command refuses standard input
// there (glossaryFlags.writable), and has no embedded default to fall back on.
func glossaryWriteHelp(what string) string {
	return what + ", not standard input (default: " + glossaryDefault + ")"
}

// helpExtra is what every command's -h ends with: examples and what its exit codes mean.
var helpExtra = map[string]struct {
	examples []string
	exits    string // what exit code 1 means for the command; "" when it never returns 1
}{
	"lookup": {[]string{
		"gloss lookup 統合抑止",
		"gloss lookup --format json 'extended deterrence' 拡大抑止",
		"gloss lookup --in draft.ja.md",
	}, "no match for a term (the output then suggests near terms)"},
	"validate": {[]string{
		"gloss validate",
		"gloss validate --format json --fail-level warning glossary/gloss.yaml",
		"git show main:gloss.yaml | gloss validate -    # standard input",
	}, "errors (or warnings with --fail-level warning)"},
	"fmt": {[]string{
		"gloss fmt -w",
		"gloss fmt --check gloss.yaml    # in CI",
	}, "with --check, the file is not in canonical form"},
	"lint": {[]string{
		"gloss lint --pair source.ja.md translation.en.md",
		"gloss lint --format github --report sarif=gloss.sarif changed/*.xlf",
		"gloss lint --tm gloss.tm --format json   # every unit of a translation memory",
		"pdftotext report.pdf - | gloss lint --lang en -   # standard input, checked as text",
		"gloss lint --note-paraphrases --pair source.ja.md translation.en.md   # also note the paraphrases accepted",
	}, "findings at or above --fail-level"},
	"export": {[]string{
		"gloss export --format tbx -o glossary.tbx",
		"gloss export --format xlsx --profile memoq -o glossary.xlsx",
		"gloss export --from vendor.tmx --format csv > vendor.csv",
		"vendor-export | gloss export --from - --from-format omegat --format tbx -o vendor.tbx",
	}, ""},
	"import": {[]string{
		"gloss import vendor.xlsx --merge",
		"gloss import proposed.yaml --merge -n    # what a merge of align's proposals would change",
		"gloss import glossary.tbx -o gloss.yaml",
		"vendor-export | gloss import --format omegat -    # standard input; TBX, TMX, XLSX, YAML and CSV/TSV with a header are told by their content",
	}, "with --merge, conflicts with reviewed concepts (each named on standard error)"},
	"align": {[]string{
		"gloss align --ja ja/*.txt --en en/*.txt --bitext bitext/*.tsv",
		"gloss align --format yaml -o proposed.yaml --ja ja/*.txt --en en/*.txt",
	}, ""},
	"attest": {[]string{
		"gloss attest --corpus testdata/corpus",
	}, "a preferred term does not occur in the corpus"},
	"init": {[]string{
		"gloss init",
		"gloss init --from-default --subject deterrence",
	}, ""},
	"review": {[]string{
		"gloss review proposed.yaml    # the output of gloss align --format yaml -o proposed.yaml",
		"gloss review --accept-auto proposed.yaml    # in a script: take the auto pairs only",
	}, "conflicts with reviewed concepts (each named on standard error)"},
	"serve": {[]string{
		"gloss serve    # then open http://127.0.0.1:8080/",
		"gloss serve --proposals proposed.yaml --corpus testdata/corpus",
		"gloss serve --read-only --addr 127.0.0.1:9000",
	}, ""},
	"tm": {[]string{
		"gloss tm add testdata/corpus/bitext/official-statements-2024-2025.tsv",
		"gloss tm search 拡大抑止",
		"gloss tm match '日米同盟の抑止力及び対処力を強化する'",
		"gloss tm terms    # deprecated or forbidden renderings in the memory",
		"gloss tm upgrade    # once, for a memory an older gloss wrote",
	}, "tm terms: the memory uses a deprecated or forbidden rendering; tm clean: problems found"},
	"version": {[]string{
		"gloss version",
		"gloss version --format json",
	}, ""},
	"completion": {[]string{
		"gloss completion bash > /etc/bash_completion.d/gloss",
		"gloss completion zsh > \"${fpath[1]}/_gloss\"",
		"gloss completion fish > ~/.config/fish/completions/gloss.fish",
	}, ""},
}

// printHelpExtra prints a command's examples and exit codes.
func printHelpExtra(w io.Writer, c *command) {
	x := helpExtra[c.name]
	if len(x.examples) > 0 {
		fmt.Fprintln(w, "\nexamples:")
		for _, ex := range x.examples {
			fmt.Fprintf(w, "  %s\n", ex)
		}
	}
	if strings.Contains(c.usage, "Exit codes:") {
		return // the synopsis says them already
	}
	fmt.Fprintln(w, "\nexit codes:")
	fmt.Fprintln(w, "  0  success")
	if x.exits != "" {
		fmt.Fprintf(w, "  1  %s\n", x.exits)
	}
	fmt.Fprintln(w, "  2  usage, configuration or input error")
}

// runHelp is gloss help [TOPIC]: the main help, a command's help (the same text as
// gloss COMMAND -h, on standard output) or a topic such as the file format.
func runHelp(e *env, args []string) int {
	if len(args) == 0 || len(args) == 1 && args[0] == "help" {
		usage(e.stdout)
		return exitOK
	}
	if len(args) > 1 {
		return errorf(e, "help takes one topic, got %d", len(args))
	}
	if c := commands[args[0]]; c != nil {
		sub := *e
		sub.args = []string{"-h"}
		sub.stderr = e.stdout
		c.run(&sub)
		return exitOK
	}
	if t, ok := topics[args[0]]; ok {
		io.WriteString(e.stdout, t.text())
		return exitOK
	}
	fmt.Fprintf(e.stderr, "gloss help: unknown topic %q; topics: %s\n", args[0], strings.Join(helpTopics(), ", "))
	return exitUsage
}

// helpTopics are the words gloss help takes: the commands and the topics.
func helpTopics() []string {
	var names []string
	for n := range commands {
		names = append(names, n)
	}
	for n := range topics {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
