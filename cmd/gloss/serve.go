package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/glossterm/gloss/align"
	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/serve"
)

func init() {
	register(&command{
		name:    "serve",
		summary: "a terminology workbench in the browser: search, concepts, review of proposals, checking translations",
		usage:   "[--addr 127.0.0.1:8080] [--read-only] [--proposals FILE] [--corpus DIR] [--no-dict] [--glossary FILE]",
		run:     runServe,
	})
}

func runServe(e *env) int {
	c := commands["serve"]
	fs := newFlags(e, c)
	gf := addGlossaryFlags(fs, glossaryWriteHelp("the glossary `FILE` that serve edits"))
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT` (loopback by default; the Host header must name localhost, 127.0.0.1, [::1] or this host)")
	readOnly := fs.Bool("read-only", false, "never write the glossary or the proposals file")
	props := fs.String("proposals", "", "review the proposals in `FILE` (gloss align --format yaml)")
	corpus := fs.String("corpus", "", "link evidence quotes to the lines of the texts under `DIR`")
	noDict := fs.Bool("no-dict", false, "do not use EDICT (default: "+align.EDICTPath+" when installed) to tell a paraphrased term from a missing one when checking a translation")
	args, code, ok := parseFlags(fs, e.args)
	if !ok {
		return code
	}
	if len(args) > 0 {
		fs.Usage()
		return exitUsage
	}
	host, _, err := net.SplitHostPort(*addr)
	if err != nil {
		return errorf(e, "serve: --addr %q: %v (use HOST:PORT, as 127.0.0.1:8080)", *addr, err)
	}
	glossaryPath, code := gf.writable(e, "serve")
	if code != exitOK {
		return code
	}
	cfg := serve.Config{GlossaryPath: glossaryPath, ReadOnly: *readOnly, ProposalsPath: e.path(*props), CorpusDir: e.path(*corpus)}
	if *props == "" {
		cfg.ProposalsPath = ""
	}
	if *corpus == "" {
		cfg.CorpusDir = ""
	}
	if cfg.GlossaryPath != "" {
		cfg.GlossaryPath = e.path(cfg.GlossaryPath)
	}
	if p := align.InstalledEDICT(); p != "" && !*noDict {
		cfg.Glosses = lexicon.EDICTGlosses(p) // read only where a missing term is about to fire
	}
	if ip := net.ParseIP(host); host != "" && (ip == nil || !ip.IsUnspecified()) {
		cfg.Hosts = []string{host}
	}
	s, err := serve.New(cfg)
	if err != nil {
		var le *glossary.LoadError
		if errors.As(err, &le) {
			printProblems(e.stderr, le.Problems)
			return exitUsage
		}
		return errorf(e, "serve: %v", err)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return errorf(e, "serve: %v", err)
	}
	name := cfg.GlossaryPath
	if name == "" {
		name = "the embedded default glossary (read-only)"
	}
	url := "http://" + ln.Addr().String() + "/"
	if tcp, ok := ln.Addr().(*net.TCPAddr); ok && (tcp.IP.IsUnspecified() || tcp.IP.IsLoopback() && tcp.IP.To4() != nil) {
		url = fmt.Sprintf("http://127.0.0.1:%d/", tcp.Port)
	}
	fmt.Fprintf(e.stderr, "gloss serve: %s on %s\n", url, name)
	switch ip := net.ParseIP(host); {
	case host == "" || ip != nil && ip.IsUnspecified():
		fmt.Fprintf(e.stderr, "gloss serve: listening on every interface (%s), but answering only requests addressed to localhost, 127.0.0.1 or [::1]\n", *addr)
	case host != "localhost" && (ip == nil || !ip.IsLoopback()):
		what := "read and change the glossary"
		if *readOnly {
			what = "read the glossary"
		}
		fmt.Fprintf(e.stderr, "gloss serve: warning: listening beyond this machine (%s): anyone who can reach it can %s\n", *addr, what)
	}
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: time.Minute, IdleTimeout: 2 * time.Minute}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		if !errors.Is(err, http.ErrServerClosed) {
			return errorf(e, "serve: %v", err)
		}
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	}
	return exitOK
}
