package main

import (
	"context"
	"fmt"

	"github.com/glossterm/gloss/tm"
)

// runTMUpgrade is gloss tm upgrade: a memory written by an older gloss brought to this
// gloss's schema, which the reading commands leave as it is.
func runTMUpgrade(e *env, c *command) int {
	fs := newFlags(e, c)
	tf := addTMFlags(fs)
	args, code, ok := parseFlags(fs, e.args)
	if !ok {
		return code
	}
	if len(args) > 0 {
		return errorf(e, "tm upgrade: unexpected argument %q", args[0])
	}
	m, code := tf.open(e, false)
	if m == nil {
		return code
	}
	defer m.Close()
	from, to, err := m.Upgrade(context.Background())
	if err != nil {
		return errorf(e, "tm upgrade: %v", err)
	}
	name := tm.Redact(tf.locate(e))
	if from == to {
		fmt.Fprintf(e.stdout, "%s: schema %d, nothing to upgrade\n", name, to)
		return exitOK
	}
	fmt.Fprintf(e.stdout, "%s: upgraded from schema %d to %d\n", name, from, to)
	return exitOK
}
