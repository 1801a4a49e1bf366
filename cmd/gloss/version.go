package main

import (
	"encoding/json"
	"fmt"
	"runtime"
	"runtime/debug"
)

func init() {
	register(&command{
		name:    "version",
		summary: "print the module version, the VCS revision and date it was built from, and the Go version",
		usage:   "[--format text|json]",
		run:     runVersion,
	})
}

// buildInfo is what the binary knows about how it was built.
type buildInfo struct {
	Version  string `json:"version"`            // module version: v1.2.0, a pseudo-version, or devel
	Revision string `json:"revision,omitempty"` // VCS commit
	Time     string `json:"time,omitempty"`     // VCS commit time, RFC 3339
	Modified bool   `json:"modified,omitempty"` // built from a tree with uncommitted changes
	Go       string `json:"go"`
	Platform string `json:"platform"`
}

// readBuildInfo reads the module version and the VCS settings that the go command stamps
// into a binary: `go install …@v1.2.0` gives the version, `go build` in a clone the
// revision and its date.
func readBuildInfo() buildInfo {
	b := buildInfo{Version: "devel", Go: runtime.Version(), Platform: runtime.GOOS + "/" + runtime.GOARCH}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return b
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		b.Version = v
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			b.Revision = s.Value
		case "vcs.time":
			b.Time = s.Value
		case "vcs.modified":
			b.Modified = s.Value == "true"
		}
	}
	return b
}

// version is the module version, as exports write it into the files they make.
func version() string { return readBuildInfo().Version }

// String is the one-line form: "gloss v1.2.0 (rev 0123456789ab, 2026-01-02T03:04:05Z) go1.26 linux/amd64".
func (b buildInfo) String() string {
	s := "gloss " + b.Version
	if b.Revision != "" {
		rev := b.Revision
		if len(rev) > 12 {
			rev = rev[:12]
		}
		if b.Modified {
			rev += "+dirty"
		}
		s += " (rev " + rev
		if b.Time != "" {
			s += ", " + b.Time
		}
		s += ")"
	}
	return s + " " + b.Go + " " + b.Platform
}

func runVersion(e *env) int {
	c := commands["version"]
	fs := newFlags(e, c)
	format := addFormatFlag(fs)
	args, code, ok := parseFlags(fs, e.args)
	if !ok {
		return code
	}
	if len(args) > 0 {
		return errorf(e, "version takes no arguments")
	}
	if code := format.check(e); code != exitOK {
		return code
	}
	b := readBuildInfo()
	if format.json() {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.Encode(b)
		return exitOK
	}
	fmt.Fprintln(e.stdout, b)
	return exitOK
}
