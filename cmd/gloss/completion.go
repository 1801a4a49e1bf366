package main

import (
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
)

func init() {
	register(&command{
		name:    "completion",
		summary: "print a shell completion script for bash, zsh or fish",
		usage:   "bash|zsh|fish",
		run:     runCompletion,
	})
}

// flagInfo is one flag of a command, as a completion script offers it.
type flagInfo struct {
	name, usage string
	takesValue  bool
}

// commandFlags reads every command's flags from the flag set it builds, by asking each
// for its help into nowhere: the scripts cannot drift from the flags.
func commandFlags(e *env) map[string][]flagInfo {
	sub := *e
	sub.stdout, sub.stderr = io.Discard, io.Discard
	sub.flagSets = map[string]*flag.FlagSet{}
	sub.args = []string{"-h"}
	for name, c := range commands {
		if name != "completion" {
			c.run(&sub)
		}
	}
	out := map[string][]flagInfo{}
	for name, fs := range sub.flagSets {
		fs.VisitAll(func(f *flag.Flag) {
			bf, isBool := f.Value.(interface{ IsBoolFlag() bool })
			usage := strings.SplitN(f.Usage, "\n", 2)[0]
			usage = strings.ReplaceAll(usage, "`", "")
			out[name] = append(out[name], flagInfo{f.Name, usage, !(isBool && bf.IsBoolFlag())})
		})
	}
	return out
}

func sortedCommands() []string {
	var names []string
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func runCompletion(e *env) int {
	c := commands["completion"]
	fs := newFlags(e, c)
	args, code, ok := parseFlags(fs, e.args)
	if !ok {
		return code
	}
	if len(args) != 1 {
		fs.Usage()
		return exitUsage
	}
	flags := commandFlags(e)
	switch args[0] {
	case "bash":
		writeBash(e.stdout, flags)
	case "zsh":
		writeZsh(e.stdout, flags)
	case "fish":
		writeFish(e.stdout, flags)
	default:
		return errorf(e, "completion: unknown shell %q: use bash, zsh or fish", args[0])
	}
	return exitOK
}

func flagWord(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

func writeBash(w io.Writer, flags map[string][]flagInfo) {
	fmt.Fprintln(w, "# bash completion for gloss; load with: source <(gloss completion bash)")
	fmt.Fprintln(w, "_gloss() {")
	fmt.Fprintln(w, `  local cur="${COMP_WORDS[COMP_CWORD]}" opts=""`)
	fmt.Fprintln(w, `  if [ "$COMP_CWORD" -eq 1 ]; then`)
	fmt.Fprintf(w, "    COMPREPLY=( $(compgen -W %q -- \"$cur\") )\n", strings.Join(append(sortedCommands(), "help"), " "))
	fmt.Fprintln(w, "    return")
	fmt.Fprintln(w, "  fi")
	fmt.Fprintln(w, `  case "${COMP_WORDS[1]}" in`)
	fmt.Fprintf(w, "    help) COMPREPLY=( $(compgen -W %q -- \"$cur\") ); return ;;\n", strings.Join(helpTopics(), " "))
	fmt.Fprintf(w, "    completion) COMPREPLY=( $(compgen -W \"bash zsh fish\" -- \"$cur\") ); return ;;\n")
	for _, n := range sortedCommands() {
		var words []string
		for _, f := range flags[n] {
			words = append(words, flagWord(f.name))
		}
		if len(words) > 0 {
			fmt.Fprintf(w, "    %s) opts=%q ;;\n", n, strings.Join(words, " "))
		}
	}
	fmt.Fprintln(w, "  esac")
	fmt.Fprintln(w, `  if [[ "$cur" == -* ]]; then`)
	fmt.Fprintln(w, `    COMPREPLY=( $(compgen -W "$opts" -- "$cur") )`)
	fmt.Fprintln(w, "  fi")
	fmt.Fprintln(w, "}")
	fmt.Fprintln(w, "complete -o default -F _gloss gloss")
}

// zshQuote escapes text for a zsh _arguments description inside single quotes.
func zshQuote(s string) string {
	r := strings.NewReplacer("'", `'\''`, "[", `\[`, "]", `\]`, ":", `\:`)
	return r.Replace(s)
}

func writeZsh(w io.Writer, flags map[string][]flagInfo) {
	fmt.Fprintln(w, "#compdef gloss")
	fmt.Fprintln(w, "# zsh completion for gloss; save as _gloss in a directory of $fpath")
	fmt.Fprintln(w, "_gloss() {")
	fmt.Fprintln(w, "  local -a cmds")
	fmt.Fprintln(w, "  cmds=(")
	for _, n := range sortedCommands() {
		fmt.Fprintf(w, "    '%s:%s'\n", n, zshQuote(commands[n].summary))
	}
	fmt.Fprintln(w, "    'help:help on a command or on the glossary file format'")
	fmt.Fprintln(w, "  )")
	fmt.Fprintln(w, "  if (( CURRENT == 2 )); then")
	fmt.Fprintln(w, "    _describe 'command' cmds")
	fmt.Fprintln(w, "    return")
	fmt.Fprintln(w, "  fi")
	fmt.Fprintln(w, "  local cmd=$words[2]")
	fmt.Fprintln(w, "  shift words")
	fmt.Fprintln(w, "  (( CURRENT-- ))")
	fmt.Fprintln(w, "  case $cmd in")
	fmt.Fprintf(w, "    help) compadd %s ;;\n", strings.Join(helpTopics(), " "))
	fmt.Fprintln(w, "    completion) compadd bash zsh fish ;;")
	for _, n := range sortedCommands() {
		if len(flags[n]) == 0 {
			continue
		}
		fmt.Fprintf(w, "    %s)\n      _arguments \\\n", n)
		for _, f := range flags[n] {
			spec := fmt.Sprintf("%s[%s]", flagWord(f.name), zshQuote(f.usage))
			if f.takesValue {
				spec += ":value:_files"
			}
			fmt.Fprintf(w, "        '%s' \\\n", spec)
		}
		fmt.Fprintln(w, "        '*:file:_files' ;;")
	}
	fmt.Fprintln(w, "  esac")
	fmt.Fprintln(w, "}")
	fmt.Fprintln(w, `_gloss "$@"`)
}

// fishQuote quotes text for fish in single quotes.
func fishQuote(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, "'", `\'`).Replace(s) + "'"
}

func writeFish(w io.Writer, flags map[string][]flagInfo) {
	fmt.Fprintln(w, "# fish completion for gloss; save as ~/.config/fish/completions/gloss.fish")
	for _, n := range sortedCommands() {
		fmt.Fprintf(w, "complete -c gloss -f -n __fish_use_subcommand -a %s -d %s\n", n, fishQuote(commands[n].summary))
	}
	fmt.Fprintln(w, "complete -c gloss -f -n __fish_use_subcommand -a help -d 'help on a command or on the glossary file format'")
	fmt.Fprintf(w, "complete -c gloss -f -n '__fish_seen_subcommand_from help' -a %s\n", fishQuote(strings.Join(helpTopics(), " ")))
	fmt.Fprintln(w, "complete -c gloss -f -n '__fish_seen_subcommand_from completion' -a 'bash zsh fish'")
	for _, n := range sortedCommands() {
		for _, f := range flags[n] {
			opt := "-l " + f.name
			if len(f.name) == 1 {
				opt = "-s " + f.name
			}
			if f.takesValue {
				opt += " -r"
			}
			fmt.Fprintf(w, "complete -c gloss -n '__fish_seen_subcommand_from %s' %s -d %s\n", n, opt, fishQuote(f.usage))
		}
	}
}
