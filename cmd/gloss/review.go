package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	iofs "io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/glossary"
)

func init() {
	register(&command{
		name:    "review",
		summary: "review proposed concepts (gloss align --format yaml) one by one and merge the accepted ones into the glossary",
		usage:   "[--accept-auto | --accept-all] [-n] [--keep] [--glossary FILE] PROPOSED.yaml",
		run:     runReview,
	})
}

// reviewAction is what the reviewer decided for one proposed concept.
type reviewAction int

const (
	actSkip   reviewAction = iota // leave it in the proposals file for later
	actAccept                     // approve it and merge it into the glossary
	actReject                     // drop it from the proposals file
	actQuit                       // stop here: the rest is skipped
)

// alignPairStatus finds the pairs of a note written by gloss align: "JA = EN: score 0.93 (auto)".
var alignPairStatus = regexp.MustCompile(`: score [0-9.]+ \((auto|review)\)`)

// alignNotePrefix starts the note gloss align gives each proposed concept.
const alignNotePrefix = "gloss align: "

// isAuto reports whether every pair a proposed concept was made of has the status auto
// (score ≥ 0.9 with strong evidence), which --accept-auto takes without asking.
func isAuto(c *glossary.Concept) bool {
	if !strings.HasPrefix(c.Note, alignNotePrefix) {
		return false
	}
	m := alignPairStatus.FindAllStringSubmatch(c.Note, -1)
	for _, s := range m {
		if s[1] != "auto" {
			return false
		}
	}
	return len(m) > 0
}

// approve turns a proposal into the concept to merge: approved, without align's scoring
// note (its evidence stays in sources), each source once.
func approve(c *glossary.Concept) {
	c.Status = glossary.Approved
	if strings.HasPrefix(c.Note, alignNotePrefix) {
		c.Note = ""
	}
	c.Sources = distinctSources(c.Sources)
}

// distinctSources drops a source given twice (align cites a sentence once per pair).
func distinctSources(list []*glossary.Source) []*glossary.Source {
	var out []*glossary.Source
	for _, s := range list {
		dup := false
		for _, h := range out {
			if h.Lang == s.Lang && h.Doc == s.Doc && h.Quote == s.Quote && h.Loc == s.Loc && h.URL == s.URL {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, s)
		}
	}
	return out
}

// snapshot is a file's content hash when a review began; absent says it did not exist.
type snapshot struct {
	sum    [32]byte
	absent bool
}

func takeSnapshot(path string) (snapshot, []byte, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, iofs.ErrNotExist) {
		return snapshot{absent: true}, nil, nil
	}
	if err != nil {
		return snapshot{}, nil, err
	}
	return snapshot{sum: sha256.Sum256(data)}, data, nil
}

// changed reports whether the file at path is no longer what the snapshot saw.
func (s snapshot) changed(path string) bool {
	now, _, err := takeSnapshot(path)
	return err != nil || now != s
}

func runReview(e *env) int {
	c := commands["review"]
	fs := newFlags(e, c)
	gf := addGlossaryFlags(fs, glossaryWriteHelp("the glossary `FILE` that review adds the accepted terms to"))
	acceptAuto := fs.Bool("accept-auto", false, "accept the concepts whose every pair gloss align rated auto, skip the rest; no questions")
	acceptAll := fs.Bool("accept-all", false, "accept every proposed concept; no questions")
	dry := fs.Bool("n", false, "report what would change, write nothing")
	keep := fs.Bool("keep", false, "leave PROPOSED.yaml as it is (by default the accepted and rejected concepts leave it, the skipped ones stay for a later review)")
	args, code, ok := parseFlags(fs, e.args)
	if !ok {
		return code
	}
	if len(args) != 1 {
		fs.Usage()
		return exitUsage
	}
	if *acceptAuto && *acceptAll {
		return errorf(e, "--accept-auto and --accept-all exclude each other")
	}
	name := args[0]
	propPath := e.path(name)
	propSnap, data, err := takeSnapshot(propPath)
	if err != nil || propSnap.absent {
		if err == nil {
			err = fmt.Errorf("%s: no such file", name)
		}
		return errorf(e, "review: %v", err)
	}
	props, code := readProposals(e, name, data)
	if props == nil {
		return code
	}

	dstPath, code := gf.writable(e, "review")
	if code != exitOK {
		return code
	}
	if dstPath == "" {
		dstPath = filepath.Join(e.cwd, glossaryFile)
	}
	dstPath = e.path(dstPath)
	if same(dstPath, propPath) {
		return errorf(e, "review: %s is the glossary itself; review the file gloss align --format yaml wrote", name)
	}
	dstSnap, dstData, err := takeSnapshot(dstPath)
	if err != nil {
		return errorf(e, "review: %v", err)
	}
	var dst *glossary.Glossary
	if dstSnap.absent {
		dst = exports.NewGlossary(props.Languages...)
	} else if dst, err = glossary.Parse(dstData, dstPath); err != nil {
		return reportLoadError(e, err)
	}

	// decide
	decisions := make([]reviewAction, len(props.Concepts))
	accepted := &glossary.Glossary{Version: glossary.FormatVersion, Languages: props.Languages}
	var in *bufio.Reader
	if !*acceptAuto && !*acceptAll {
		in = bufio.NewReader(e.stdin)
		fmt.Fprintf(e.stdout, "%s to review from %s into %s\n", plural(len(props.Concepts), "proposed concept", "proposed concepts"), name, relName(e, dstPath))
	}
	quit := false
	for i, pc := range props.Concepts {
		act, edited := actSkip, false
		switch {
		case quit:
		case *acceptAll:
			act = actAccept
		case *acceptAuto:
			if isAuto(pc) {
				act = actAccept
			}
		default:
			var ec *glossary.Concept
			if act, ec = ask(e, in, props, i); ec != nil {
				props.Concepts[i], pc, edited = ec, ec, true
			}
		}
		if act == actQuit {
			quit, act = true, actSkip
		}
		decisions[i] = act
		if act == actAccept {
			cp := *pc // the proposals file keeps its own copy
			if !edited {
				approve(&cp) // an edited concept is merged as saved
			}
			accepted.Concepts = append(accepted.Concepts, &cp)
		}
	}
	counts := map[reviewAction]int{}
	for _, d := range decisions {
		counts[d]++
	}
	fmt.Fprintf(e.stderr, "gloss review: %d accepted, %d rejected, %d skipped\n", counts[actAccept], counts[actReject], counts[actSkip])

	res := exports.Merge(dst, accepted)
	printMergeResult(e, "gloss review:", res)
	if *dry {
		fmt.Fprintln(e.stderr, "gloss review: -n: nothing written")
		return mergeExit(res)
	}
	if counts[actAccept] == 0 && counts[actReject] == 0 {
		return mergeExit(res) // nothing decided, nothing to write
	}
	// Refuse to write over an edit made while the review ran: the merge was computed from
	// the file as it was when the review began.
	for _, f := range []struct {
		path string
		snap snapshot
	}{{dstPath, dstSnap}, {propPath, propSnap}} {
		if f.snap.changed(f.path) {
			fmt.Fprintf(e.stderr, "gloss review: %s changed on disk since the review began; nothing written\n\thint: run gloss review %s again on the new file\n", relName(e, f.path), name)
			return exitUsage
		}
	}
	if len(res.Added)+len(res.Updated) > 0 {
		// The check above is repeated under the write lock, so that a writer that slipped in
		// between is never overwritten.
		errChanged := errors.New("changed on disk since the review began")
		err := glossary.UpdateFile(dstPath, func(cur []byte, exists bool) ([]byte, error) {
			now := snapshot{absent: !exists}
			if exists {
				now.sum = sha256.Sum256(cur)
			}
			if now != dstSnap {
				return nil, errChanged
			}
			return glossary.Format(dst), nil
		})
		if errors.Is(err, errChanged) {
			fmt.Fprintf(e.stderr, "gloss review: %s changed on disk since the review began; nothing written\n\thint: run gloss review %s again on the new file\n", relName(e, dstPath), name)
			return exitUsage
		}
		if err != nil {
			return errorf(e, "review: %v (nothing written)", err)
		}
		fmt.Fprintf(e.stderr, "gloss review: wrote %s\n", relName(e, dstPath))
	}
	if !*keep {
		var rest []*glossary.Concept
		for i, d := range decisions {
			if d == actSkip {
				rest = append(rest, props.Concepts[i])
			}
		}
		props.Concepts = rest
		if err := glossary.WriteFile(propPath, props); err != nil {
			return errorf(e, "review: %v", err)
		}
		fmt.Fprintf(e.stderr, "gloss review: %s left in %s\n", plural(len(rest), "proposed concept", "proposed concepts"), name)
	}
	if n := countErrors(glossary.Validate(dst)); n > 0 {
		fmt.Fprintf(e.stderr, "gloss review: the merged glossary has %s; run gloss validate\n", plural(n, "error", "errors"))
	}
	return mergeExit(res)
}

// readProposals reads a proposals file: a glossary whose concepts are all proposed, as
// gloss align --format yaml writes. A reviewed glossary (an approved concept) is not one.
func readProposals(e *env, name string, data []byte) (*glossary.Glossary, int) {
	g, err := glossary.Parse(data, name)
	if err != nil {
		fmt.Fprintf(e.stderr, "gloss review: %s is not a proposals file (the YAML that gloss align --format yaml writes); nothing written\n", name)
		return nil, reportLoadError(e, err)
	}
	for _, c := range g.Concepts {
		if c.Status != "" && c.Status != glossary.Proposed {
			fmt.Fprintf(e.stderr, "%s:%d:%d: gloss review: concept %q is %s: %s is not a proposals file, whose concepts are all proposed; nothing written\n\thint: review the file gloss align --format yaml -o FILE wrote; gloss import --merge takes a reviewed glossary\n",
				name, c.Pos.Line, c.Pos.Col, c.ID, c.Status, name)
			return nil, exitUsage
		}
	}
	if len(g.Languages) == 0 {
		g.Languages = []string{"ja", "en"}
	}
	return g, exitOK
}

// ask shows one proposed concept and reads the reviewer's answer. End of input quits.
func ask(e *env, in *bufio.Reader, props *glossary.Glossary, i int) (reviewAction, *glossary.Concept) {
	c := props.Concepts[i]
	fmt.Fprintf(e.stdout, "\n[%d/%d] %s", i+1, len(props.Concepts), c.ID)
	if isAuto(c) {
		fmt.Fprint(e.stdout, "  (auto)")
	}
	fmt.Fprintln(e.stdout)
	for _, l := range c.Langs(props.Languages) {
		for _, t := range c.Terms[l] {
			st := t.Status
			if st == "" {
				st = glossary.Preferred
			}
			fmt.Fprintf(e.stdout, "  %-3s %-10s %s\n", l, st, t.Text)
		}
	}
	if c.Note != "" {
		fmt.Fprintf(e.stdout, "  note: %s\n", c.Note)
	}
	srcs := distinctSources(c.Sources)
	for j, s := range srcs {
		if j == 3 {
			fmt.Fprintf(e.stdout, "  … %d more sources\n", len(srcs)-3)
			break
		}
		fmt.Fprintf(e.stdout, "  source: %s", s.Doc)
		if s.Loc != "" {
			fmt.Fprintf(e.stdout, " (%s)", s.Loc)
		}
		if s.Quote != "" {
			fmt.Fprintf(e.stdout, ": “%s”", s.Quote)
		}
		fmt.Fprintln(e.stdout)
	}
	for {
		fmt.Fprint(e.stdout, "[a]ccept, [e]dit and accept, [r]eject, [s]kip, [q]uit? ")
		line, err := in.ReadString('\n')
		answer := strings.ToLower(strings.TrimSpace(line))
		if f, ok := e.stdin.(*os.File); !ok || !isTerminal(f) {
			fmt.Fprintln(e.stdout, answer) // a scripted answer, shown as typed
		}
		if answer == "" && err != nil {
			return actQuit, nil
		}
		switch answer {
		case "a", "accept", "y", "yes":
			return actAccept, nil
		case "r", "reject":
			return actReject, nil
		case "s", "skip", "n", "no":
			return actSkip, nil
		case "q", "quit":
			return actQuit, nil
		case "e", "edit":
			edited, err := editConcept(e, props, c)
			if err != nil {
				fmt.Fprintf(e.stdout, "%v\n", err)
				continue
			}
			return actAccept, edited
		default:
			fmt.Fprintf(e.stdout, "%q: answer a, e, r, s or q\n", answer)
		}
	}
}

// editConcept opens the concept, as it would be merged, in $VISUAL or $EDITOR and reads it
// back. A file that does not load, or that holds other than one concept, is an error and
// the concept is left as it was.
func editConcept(e *env, props *glossary.Glossary, c *glossary.Concept) (*glossary.Concept, error) {
	editor := e.getenv("VISUAL")
	if editor == "" {
		editor = e.getenv("EDITOR")
	}
	words := strings.Fields(editor)
	if len(words) == 0 {
		return nil, errors.New("no editor: set $EDITOR (or $VISUAL), or answer a to accept as shown")
	}
	cp := *c
	approve(&cp)
	tmp, err := os.CreateTemp("", "gloss-review-*.yaml")
	if err != nil {
		return nil, err
	}
	defer os.Remove(tmp.Name())
	one := &glossary.Glossary{Version: glossary.FormatVersion, Languages: props.Languages, Concepts: []*glossary.Concept{&cp},
		Comment: "Edit this concept, save and quit the editor: it is merged into the glossary as saved.\nThe file format: gloss help glossary."}
	_, err = tmp.Write(glossary.Format(one))
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(words[0], append(words[1:], tmp.Name())...)
	if f, ok := e.stdin.(*os.File); ok && isTerminal(f) {
		cmd.Stdin = f
	}
	cmd.Stdout, cmd.Stderr = e.stdout, e.stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("the editor %s failed: %v; the concept is unchanged", words[0], err)
	}
	data, err := os.ReadFile(tmp.Name())
	if err != nil {
		return nil, err
	}
	g, err := glossary.Parse(data, "the edited concept")
	if err != nil {
		var b bytes.Buffer
		var le *glossary.LoadError
		if errors.As(err, &le) {
			printProblems(&b, le.Problems)
		} else {
			b.WriteString(err.Error() + "\n")
		}
		return nil, fmt.Errorf("%sthe concept is unchanged: answer e to edit it again", b.String())
	}
	if len(g.Concepts) != 1 {
		return nil, fmt.Errorf("the edited file has %s, not one; the concept is unchanged", plural(len(g.Concepts), "concept", "concepts"))
	}
	return g.Concepts[0], nil
}

// isTerminal reports whether f is a character device, such as a terminal.
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// same reports whether two paths name the same file.
func same(a, b string) bool {
	if filepath.Clean(a) == filepath.Clean(b) {
		return true
	}
	sa, errA := os.Stat(a)
	sb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(sa, sb)
}

// relName is path relative to the working directory when it lies below it.
func relName(e *env, path string) string {
	if r, err := filepath.Rel(e.cwd, path); err == nil && !strings.HasPrefix(r, "..") {
		return r
	}
	return path
}

// printMergeResult names every concept a merge added or updated, and every conflict.
func printMergeResult(e *env, who string, res exports.MergeResult) {
	printMerge(e, who, res, addedIDs{list: res.Added})
}

// addedIDs are the ids of the concepts a merge added: list, or those of the concepts in
// spool (gloss import --merge of a large file: a million ids take some 47 MB as strings).
type addedIDs struct {
	list  []string
	spool *glossary.Spool
}

func (a addedIDs) len() int {
	if a.spool != nil {
		return a.spool.Len()
	}
	return len(a.list)
}

// write writes the ids as writeIDs does.
func (a addedIDs) write(w io.Writer) error {
	if a.spool == nil {
		writeIDs(w, "added", a.list)
		return nil
	}
	if a.spool.Len() == 0 {
		return nil
	}
	bw := bufio.NewWriter(w)
	bw.WriteString("\tadded: ")
	sep := ""
	for id, err := range a.spool.IDs() {
		if err != nil {
			return err
		}
		bw.WriteString(sep)
		bw.Write(id)
		sep = ", "
	}
	bw.WriteString("\n")
	return bw.Flush()
}

// printMerge is printMergeResult with the ids of the concepts added in added rather than
// in res.
func printMerge(e *env, who string, res exports.MergeResult, added addedIDs) error {
	fmt.Fprintf(e.stderr, "%s %d added, %d updated, %d unchanged, %s\n", who, added.len(), len(res.Updated), res.Unchanged,
		plural(len(res.Conflicts), "conflict", "conflicts"))
	if err := added.write(e.stderr); err != nil {
		return err
	}
	writeIDs(e.stderr, "updated", res.Updated)
	writeIDs(e.stderr, "conflicting", res.ConflictIDs())
	for _, c := range res.Conflicts {
		fmt.Fprintf(e.stderr, "\tconflict: %s\n", c)
	}
	if len(res.Conflicts) > 0 {
		fmt.Fprintln(e.stderr, "\thint: a reviewed (approved or retired) concept keeps its value; edit the glossary to take the imported one")
	}
	return nil
}

func writeIDs(w io.Writer, what string, ids []string) {
	if len(ids) > 0 {
		fmt.Fprintf(w, "\t%s: %s\n", what, strings.Join(ids, ", "))
	}
}

func mergeExit(res exports.MergeResult) int {
	if len(res.Conflicts) > 0 {
		return exitFindings
	}
	return exitOK
}
