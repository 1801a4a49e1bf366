package main

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/glossterm/gloss/tm"
)

func runTMClean(e *env, c *command) int {
	fs := newFlags(e, c)
	tf := addTMFlags(fs)
	fv := addFilterFlags(fs)
	fix := fs.Bool("fix", false, "remove the units reported")
	rules := fs.String("rules", "", "check only these `RULES` (comma-separated: "+strings.Join(tm.Rules, ", ")+")")
	format := fs.String("format", "text", "output `FORMAT`: text or json")
	args, code, ok := parseFlags(fs, e.args)
	if !ok {
		return code
	}
	if len(args) > 0 {
		return errorf(e, "tm clean: unexpected argument %q", args[0])
	}
	if *format != "text" && *format != "json" {
		return errorf(e, "tm clean: --format %q: want text or json", *format)
	}
	var list []string
	if *rules != "" {
		for _, r := range strings.Split(*rules, ",") {
			r = strings.TrimSpace(r)
			if !slices.Contains(tm.Rules, r) {
				return errorf(e, "tm clean: --rules: unknown rule %q (%s)", r, strings.Join(tm.Rules, ", "))
			}
			list = append(list, r)
		}
	}
	f, err := filterOf(fv)
	if err != nil {
		return errorf(e, "tm clean: %v", err)
	}
	m, code := tf.open(e, false)
	if m == nil {
		return code
	}
	defer m.Close()
	ctx := context.Background()
	probs, err := m.Clean(ctx, f, list)
	if err != nil {
		return errorf(e, "tm clean: %v", err)
	}
	if *format == "json" {
		type jp struct {
			Rule     string `json:"rule"`
			ID       int64  `json:"id"`
			Origin   string `json:"origin"`
			OriginID string `json:"origin_id,omitempty"`
			Line     int    `json:"line,omitempty"`
			Message  string `json:"message"`
			JA       string `json:"ja"`
			EN       string `json:"en"`
		}
		out := []jp{}
		for _, p := range probs {
			u := p.Unit
			out = append(out, jp{p.Rule, u.ID, u.Origin, u.OriginID, u.Line, p.Msg, u.JA, u.EN})
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		enc.Encode(out)
	} else {
		for _, p := range probs {
			fmt.Fprintf(e.stdout, "%s: unit %d: %s: %s\n  ja  %s\n  en  %s\n", unitPlace(p.Unit), p.Unit.ID, p.Rule, p.Msg, p.Unit.JA, p.Unit.EN)
		}
	}
	if len(probs) == 0 {
		return exitOK
	}
	if !*fix {
		fmt.Fprintf(e.stderr, "gloss: tm clean: %s; --fix removes the units\n", plural(len(probs), "problem", "problems"))
		return exitFindings
	}
	var ids []int64
	seen := map[int64]bool{}
	for _, p := range probs {
		if !seen[p.Unit.ID] {
			seen[p.Unit.ID] = true
			ids = append(ids, p.Unit.ID)
		}
	}
	if err := m.Store.Delete(ctx, ids); err != nil {
		return errorf(e, "tm clean: removing units: %v", err)
	}
	fmt.Fprintf(e.stderr, "gloss: tm clean: removed %s\n", plural(len(ids), "unit", "units"))
	return exitOK
}
