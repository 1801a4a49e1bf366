package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/glossterm/gloss/tm"
)

func runTMTerms(e *env, c *command) int {
	fs := newFlags(e, c)
	tf := addTMFlags(fs)
	gf := addGlossaryFlags(fs, glossaryReadHelp)
	fv := addFilterFlags(fs)
	format := fs.String("format", "text", "output `FORMAT`: text or json")
	args, code, ok := parseFlags(fs, e.args)
	if !ok {
		return code
	}
	if len(args) > 0 {
		return errorf(e, "tm terms: unexpected argument %q", args[0])
	}
	if *format != "text" && *format != "json" {
		return errorf(e, "tm terms: --format %q: want text or json", *format)
	}
	f, err := filterOf(fv)
	if err != nil {
		return errorf(e, "tm terms: %v", err)
	}
	mt, code := compileMatcher(e, gf)
	if mt == nil {
		return code
	}
	m, code := tf.open(e, false)
	if m == nil {
		return code
	}
	defer m.Close()
	usage, err := m.Terms(context.Background(), mt, f)
	if err != nil {
		return errorf(e, "tm terms: %v", err)
	}
	flags := 0
	for _, us := range usage {
		flags += len(us.Flags)
	}
	if *format == "json" {
		type jflag struct {
			tm.Flag
			ID     int64  `json:"id"`
			Origin string `json:"origin"`
			Line   int    `json:"line,omitempty"`
		}
		type jus struct {
			Concept    string         `json:"concept"`
			Units      int            `json:"units"`
			Renderings []tm.Rendering `json:"renderings"`
			JAOnly     int            `json:"ja_only"`
			ENOnly     int            `json:"en_only"`
			Flags      []jflag        `json:"flags"`
		}
		out := []jus{}
		for _, us := range usage {
			j := jus{Concept: us.Concept.ID, Units: us.Units, Renderings: us.Renderings, JAOnly: us.JAOnly, ENOnly: us.ENOnly, Flags: []jflag{}}
			for _, fl := range us.Flags {
				j.Flags = append(j.Flags, jflag{fl, fl.Unit.ID, fl.Unit.Origin, fl.Unit.Line})
			}
			out = append(out, j)
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		enc.Encode(out)
	} else {
		mk := textMarks(e)
		for i, us := range usage {
			if i > 0 {
				fmt.Fprintln(e.stdout)
			}
			fmt.Fprintf(e.stdout, "%s: %s\n", us.Concept.ID, plural(us.Units, "unit", "units"))
			for _, r := range us.Renderings {
				fmt.Fprintf(e.stdout, "  %s  %-10s %5d  %s\n", r.Lang, r.Status, r.Units, r.Term)
			}
			if us.JAOnly > 0 {
				fmt.Fprintf(e.stdout, "  %s with the Japanese term and none of the English:", plural(us.JAOnly, "unit", "units"))
				for _, u := range us.JAOnlyUnits {
					fmt.Fprintf(e.stdout, " %s", unitPlace(u))
				}
				if us.JAOnly > len(us.JAOnlyUnits) {
					fmt.Fprint(e.stdout, " …")
				}
				fmt.Fprintln(e.stdout)
			}
			if us.ENOnly > 0 {
				fmt.Fprintf(e.stdout, "  %s with the English term and none of the Japanese\n", plural(us.ENOnly, "unit", "units"))
			}
			for _, fl := range us.Flags {
				seg := fl.Unit.JA
				if fl.Lang == "en" {
					seg = fl.Unit.EN
				}
				fmt.Fprintf(e.stdout, "  %s %s %q in %s\n    %s\n", fl.Status, fl.Lang, fl.Text, unitPlace(fl.Unit),
					tm.Highlight(seg, []tm.Span{{Start: fl.Start, End: fl.End}}, mk.hitOpen, mk.hitClose))
			}
		}
		if len(usage) == 0 {
			fmt.Fprintln(e.stderr, "gloss: tm terms: no glossary term occurs in the memory")
		}
	}
	if flags > 0 {
		fmt.Fprintf(e.stderr, "gloss: tm terms: %s a deprecated or forbidden term\n", plural(flags, "use of", "uses of"))
		return exitFindings
	}
	return exitOK
}
