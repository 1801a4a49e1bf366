// Command gloss is the command-line face of the gloss libraries: lookup, validate, fmt, and
// the commands that export, import, lint and align. It parses flags, does I/O, formats
// output and maps errors to exit codes; the work happens in the library packages.
//
// Exit codes: 0 clean, 1 findings (or nothing found), 2 usage, configuration or input error.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sort"
)

// Exit codes.
const (
	exitOK       = 0
	exitFindings = 1
	exitUsage    = 2
)

// env is what a command sees of the world.
type env struct {
	args   []string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
	cwd    string

	// stdinData is standard input once read through the input gate (readStdin), for a
	// command that reads it twice.
	stdinData []byte
	stdinRead bool

	// flagSets, when not nil, collects each command's flag set (gloss completion reads
	// the flags from there).
	flagSets map[string]*flag.FlagSet
}

// command is one subcommand. run returns the exit code.
type command struct {
	name    string
	summary string
	usage   string // the synopsis after "gloss NAME"
	run     func(e *env) int
}

var commands = map[string]*command{}

func register(c *command) { commands[c.name] = c }

func main() {
	// A short-lived process that reads a large glossary spends more time collecting garbage
	// than working at the default setting.
	debug.SetGCPercent(400)
	cwd, _ := os.Getwd()
	os.Exit(run(&env{args: os.Args[1:], stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv, cwd: cwd}))
}

func run(e *env) int {
	if len(e.args) == 0 {
		usage(e.stderr)
		return exitUsage
	}
	name := e.args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		return runHelp(e, e.args[1:])
	case "-version", "--version":
		name = "version"
	}
	c := commands[name]
	if c == nil {
		fmt.Fprintf(e.stderr, "gloss: unknown command %q\n", name)
		usage(e.stderr)
		return exitUsage
	}
	sub := *e
	sub.args = e.args[1:]
	return c.run(&sub)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "gloss — Japanese⇄English terminology for security-policy translation")
	fmt.Fprintln(w, "\nusage: gloss COMMAND [flags] [args]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nhelp topics:")
	tnames := make([]string, 0, len(topics))
	for n := range topics {
		tnames = append(tnames, n)
	}
	sort.Strings(tnames)
	for _, n := range tnames {
		fmt.Fprintf(w, "  %-10s %s\n", n, topics[n].summary)
	}
	fmt.Fprintln(w, "\nRun \"gloss help COMMAND\" or \"gloss COMMAND -h\" for a command's flags and examples,")
	fmt.Fprintln(w, "\"gloss help glossary\" for the gloss.yaml file format.")
	fmt.Fprintln(w, "Exit codes: 0 clean, 1 findings or nothing found, 2 usage or input error.")
}

// newFlags returns a flag set for a command that prints its usage to e.stderr.
func newFlags(e *env, c *command) *flag.FlagSet {
	fs := flag.NewFlagSet("gloss "+c.name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	if e.flagSets != nil {
		e.flagSets[c.name] = fs
	}
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: gloss %s %s\n\n%s\n\nflags:\n", c.name, c.usage, c.summary)
		fs.PrintDefaults()
		printHelpExtra(e.stderr, c)
	}
	return fs
}

// addOutputFlag defines -o, a file to write instead of standard output; "-" names
// standard output, as elsewhere on the command line, rather than a file called "-".
func addOutputFlag(fs *flag.FlagSet, usage string) *string {
	out := new(string)
	fs.Func("o", usage, func(s string) error {
		if s == "-" {
			s = ""
		}
		*out = s
		return nil
	})
	return out
}

// parseFlags parses flags wherever they stand among the arguments ("gloss lookup X --json"
// as well as "gloss lookup --json X"); after "--" everything is an argument. It returns the
// arguments and whether parsing succeeded; on failure the caller returns exitUsage, or
// exitOK for -h.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, int, bool) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, exitOK, false
			}
			return nil, exitUsage, false
		}
		rest := fs.Args()
		consumed := len(args) - len(rest)
		if consumed > 0 && args[consumed-1] == "--" {
			return append(pos, rest...), 0, true
		}
		if len(rest) == 0 {
			return pos, 0, true
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// stdinGlossaryBoth is the message of stdinOnce for a glossary and a document both given
// as standard input.
const stdinGlossaryBoth = "standard input (-) holds one input: the glossary (--glossary -) or a document, not both"

// stdinOnce is the rule that standard input (-) holds one input, checked where a command
// has its arguments and before anything reads standard input (lint spools it ahead, in a
// goroutine): glossary is the glossary the command reads (gf.locate), inputs its other
// inputs as given. The glossary and an input both on standard input are refused with the
// message both, two inputs there with many ("" lets a command take - twice). It returns
// exitOK, or exitUsage once the message is printed.
func stdinOnce(e *env, glossary string, inputs []string, both, many string) int {
	n := 0
	for _, in := range inputs {
		if in == "-" {
			n++
		}
	}
	switch {
	case n > 1 && many != "":
		return errorf(e, "%s", many)
	case n > 0 && glossary == "-":
		return errorf(e, "%s", both)
	}
	return exitOK
}

// errorf prints a one-line error and returns exitUsage.
func errorf(e *env, format string, args ...any) int {
	fmt.Fprintf(e.stderr, "gloss: "+format+"\n", args...)
	return exitUsage
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// formatFlag is --format text|json, with --json as an alias, for the commands that print
// results.
type formatFlag struct {
	value string
	alias bool
}

func addFormatFlag(fs *flag.FlagSet) *formatFlag {
	f := &formatFlag{}
	fs.StringVar(&f.value, "format", "", "output `FORMAT`: text or json (default text)")
	fs.BoolVar(&f.alias, "json", false, "same as --format json")
	return f
}

// check settles the format after parsing; on a bad value it prints why and returns exitUsage.
func (f *formatFlag) check(e *env) int {
	switch {
	case f.alias && f.value != "" && f.value != "json":
		return errorf(e, "--json and --format %s exclude each other", f.value)
	case f.alias:
		f.value = "json"
	case f.value == "":
		f.value = "text"
	}
	if f.value != "text" && f.value != "json" {
		return errorf(e, "unknown --format %q: use text or json", f.value)
	}
	return exitOK
}

func (f *formatFlag) json() bool { return f.value == "json" }
