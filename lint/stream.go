package lint

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/textfile"
	"github.com/glossterm/gloss/internal/textnorm"
	"github.com/glossterm/gloss/match"
)

// batchSegments and batchBytes bound the segments a streamed document holds at once: the
// reader hands them over one at a time, and a full batch is checked (in parallel) and let
// go, its findings and what the consistency check needs kept in a compact form.
const (
	batchSegments = 4096
	batchBytes    = 4 << 20
)

// A Run checks documents one after another, keeping only their findings and, for the
// consistency check, each approved rendering's position: with [Run.LintFile] a document is
// read and checked a batch of segments at a time, never held whole beside its file.
// Consistency is checked per document (NewRun(false), as [Linter.Lint]) or across all of
// them (NewRun(true), as [Linter.LintRun]).
type Run struct {
	l      *Linter
	across bool
	uses   map[*glossary.Concept]*useList // across documents; else each docRun has its own
	runs   []*docRun
	// docs are the documents begun, which a use names by its index here; nil once one
	// is done, when consistency is checked per document.
	docs []*docRun
	out  []Finding // the findings of the documents done, when per document
	acc  []Finding // the renderings accepted (Accepted), of the documents done
}

// NewRun starts a run; across says whether consistency is checked across its documents.
func (l *Linter) NewRun(across bool) *Run {
	r := &Run{l: l, across: across}
	if across {
		r.uses = map[*glossary.Concept]*useList{}
	}
	return r
}

// Lint checks one document and returns its findings in file order, suppressions applied
// (inline gloss-disable comments and per-segment notes; a baseline is applied by the caller).
// Consistency is checked within the document.
func (l *Linter) Lint(doc *Doc) []Finding {
	r := l.NewRun(false)
	r.LintDoc(doc)
	return r.Findings()
}

// LintRun checks several documents like Lint, but checks consistency across all of them:
// a concept rendered one way in one file and another way in another is reported.
func (l *Linter) LintRun(docs []*Doc) []Finding {
	r := l.NewRun(true)
	for _, d := range docs {
		r.LintDoc(d)
	}
	return r.Findings()
}

// LintDoc checks a document read whole.
func (r *Run) LintDoc(doc *Doc) {
	d := r.start(doc)
	d.all = doc.Segments
	for lo := 0; lo < len(doc.Segments); lo += batchSegments {
		r.l.checkBatch(d, doc.Segments[lo:min(lo+batchSegments, len(doc.Segments))])
	}
	r.end(d)
}

// LintFile reads a file as [Read] does and checks it as it reads, a batch of segments at
// a time. It returns the document without its segments (its languages and Direction), or
// the error of a file that cannot be read, or whose languages the glossary does not have
// ([Linter.CheckLanguages]).
func (r *Run) LintFile(file string, content []byte, o ReadOptions) (*Doc, error) {
	s := &lintSink{run: r, file: file, content: content, o: o}
	if err := read(file, content, o, s); err != nil {
		return nil, err
	}
	if s.err != nil {
		return nil, s.err
	}
	s.flush()
	r.end(s.d)
	return s.header, nil
}

// Streamed reports whether [Run.LintPath] reads the file as a stream: every kind of file
// lint reads ([Kind]) is.
func Streamed(file string) bool {
	switch Kind(file) {
	case "tsv", "csv", "text", "xliff", "tmx", "po":
		return true
	}
	return false
}

// LintPath checks the file at path, named file in findings, as [Run.LintFile] does.
// The file is read as a stream, a batch of rows, paragraphs or units at a time (and
// read again for what the checks need once it is done: the direction of a TMX file
// first, from all its units, and the positions of what is reported once it is done), so
// that it is never held whole: an XLIFF or TMX file through encoding/xml's decoder, token
// by token, a PO file line by line. A file that is not UTF-8 text, or not a regular file
// within the input gate's limit, is read whole, for the error that says where.
func (r *Run) LintPath(file, path string, o ReadOptions) (*Doc, error) {
	if kind := Kind(file); Streamed(file) {
		if st, ok := streamPath(path, kind); ok {
			return r.lintStreamed(file, kind, st, o)
		}
	}
	content, err := textfile.ReadFile(path, textfile.Document)
	if err != nil {
		return nil, err
	}
	return r.LintFile(file, content, o)
}

// LintReaderAt checks the size bytes of ra, named file in findings and errors, as
// [Run.LintPath] checks a file: standard input spooled to a temporary file
// ([textfile.Spool]) is checked as a stream like a file named on the command line, with
// the same findings at the same positions. What is not UTF-8 text is read whole, for the
// error that says where.
func (r *Run) LintReaderAt(file string, ra io.ReaderAt, size int64, o ReadOptions) (*Doc, error) {
	if kind := Kind(file); Streamed(file) {
		open := func() (io.Reader, func(), error) { return io.NewSectionReader(ra, 0, size), func() {}, nil }
		if st, ok := streamFrom(size, kind, open); ok {
			return r.lintStreamed(file, kind, st, o)
		}
	}
	content, err := textfile.Read(io.NewSectionReader(ra, 0, size), file, textfile.Document)
	if err != nil {
		return nil, err
	}
	return r.LintFile(file, content, o)
}

// lintStreamed checks the document st streams.
func (r *Run) lintStreamed(file, kind string, st *streamed, o ReadOptions) (*Doc, error) {
	s := &lintSink{run: r, file: file, o: o}
	s.reread = func(k sink) error { return readStreamed(file, kind, st, o, k) }
	if err := s.reread(s); err != nil {
		return nil, err
	}
	if s.err != nil {
		return nil, s.err
	}
	s.flush()
	// The check is done: its window, which holds at least the longest line (a
	// file of one line: all of it), goes before end reads the file again.
	st.win = nil
	if s.d != nil {
		s.d.ln = nil
	}
	r.end(s.d)
	return s.header, nil
}

// Findings returns the findings of the documents checked, document by document, each's
// in file order.
func (r *Run) Findings() []Finding {
	if !r.across {
		return r.out
	}
	r.inconsistencies(r.uses, "run", false)
	var out []Finding
	for _, d := range r.runs {
		out = append(out, r.accept(d.finish())...)
	}
	r.runs = nil
	return out
}

// Accepted returns, once Findings has been called, the renderings the run accepted as
// satisfying a source term though they are none of its terms: paraphrases that render
// every part of it, each a paraphrased-term Finding with its Reason, in the order of
// the findings. With Options.NoteParaphrases they are among the findings instead.
func (r *Run) Accepted() []Finding { return r.acc }

// accept moves the accepted renderings of fs, a document's findings, to r.acc, and returns
// the rest.
func (r *Run) accept(fs []Finding) []Finding {
	if r.l.notePara {
		return fs
	}
	n := 0
	for _, f := range fs {
		if f.Reason != "" {
			r.acc = append(r.acc, f)
			continue
		}
		fs[n] = f
		n++
	}
	clear(fs[n:])
	return fs[:n]
}

// lintSink checks the segments a reader hands over, in batches.
type lintSink struct {
	run     *Run
	file    string
	content []byte
	o       ReadOptions
	header  *Doc
	d       *docRun
	batch   []Segment
	bytes   int
	err     error // the languages' error: the rest of the file is read, not checked
	// reread reads the file again, for a streamed one; nil reads content.
	reread func(sink) error
}

func (s *lintSink) begin(doc *Doc) error {
	if err := s.run.l.CheckLanguages(doc); err != nil {
		s.err = err
		return nil
	}
	s.header = doc
	s.d = s.run.start(doc)
	// The short-form note may need the segments again: they are read again from the file.
	s.d.reread = s.reread
	if s.reread == nil {
		s.d.reread = func(k sink) error { return read(s.file, s.content, s.o, k) }
	}
	s.batch = make([]Segment, 0, batchSegments)
	return nil
}

func (s *lintSink) segment(seg Segment) error {
	if s.err != nil || s.d == nil {
		return nil
	}
	s.batch = append(s.batch, seg)
	s.bytes += len(seg.Source.Value) + len(seg.Target.Value)
	if len(s.batch) >= batchSegments || s.bytes >= batchBytes {
		s.flush()
	}
	return nil
}

func (s *lintSink) flush() {
	if s.d == nil || len(s.batch) == 0 {
		return
	}
	s.run.l.checkBatch(s.d, s.batch)
	if st := s.header.stream; st != nil && st.win != nil {
		st.win.release() // the batch's rows
	}
	clear(s.batch) // let the texts go
	s.batch, s.bytes = s.batch[:0], 0
}

// docRun collects one document's findings.
type docRun struct {
	// doc is the document; while a batch is checked, its Segments are the batch's.
	doc  *Doc
	file string
	ln   positioner // nil once the document is done
	// stream is how a document streamed from its file is read again to locate the
	// findings made once it is done; nil for one read whole.
	stream *streamed
	out    []Finding
	// full records, per part of the file, the concepts whose full form (an allowed term,
	// not a short form) the translation writes somewhere; shorts the short forms that stood
	// in for a term, for the note on a document that never names it in full.
	full   map[useKey]bool
	shorts useList
	// unless are the missing-term findings for short wordings, which hold only where the
	// document names their concept (settlePending).
	unless []unlessNamed
	// we are the findings on parties said by "we", notes where the document's
	// translation names them (settlePending).
	we []weNote
	// uses are the approved renderings of each concept, for the consistency check: the
	// run's when it checks across documents, else the document's own.
	uses map[*glossary.Concept]*useList
	// locate says that uses are located and hashed as they come: checked across
	// documents, they outlive the document's text. Else the few that become findings are
	// hashed at the end from their segments, read again (pending).
	locate  bool
	nseg    int32 // the segments merged so far
	pending []pendingFP
	parts   bool // some segment names a part of the file (Segment.Part)
	regions []region
	// all are the document's segments when it was read whole; else reread reads them
	// again, for the short-form note.
	all    []Segment
	reread func(sink) error
	// texts are the texts the uses name by index (parts, the text found when it is
	// not its term's), each kept once: texts[0] is "", intern indexes the others.
	texts  []string
	intern map[string]int32
	// ids are the IDs of the segments the uses name (use.id), one after another in an
	// array the collector need not scan: the i-th ends at idEnds[i]. A use for most
	// segments of a large file kept a string each.
	ids    []byte
	idEnds []int32
	idx    int32       // in Run.docs
	across []useAcross // of the uses, when they are located as they come
}

// start begins a document.
func (r *Run) start(doc *Doc) *docRun {
	h := *doc
	h.Segments = nil
	d := &docRun{doc: &h, file: doc.File, full: map[useKey]bool{},
		texts: []string{""}, intern: map[string]int32{}, idx: int32(len(r.docs))}
	if st := doc.stream; st != nil {
		d.ln, d.regions, d.stream = st.win, st.regions, st
	} else {
		d.ln, d.regions = newLines(doc.Content), inlineRegions(doc.Content)
	}
	r.docs = append(r.docs, d)
	if r.across {
		d.uses, d.locate = r.uses, true
	} else {
		d.uses = map[*glossary.Concept]*useList{}
	}
	return d
}

// end finishes a document: the short-form notes, and unless consistency is checked across
// documents, the consistency check and the document's findings in order.
func (r *Run) end(d *docRun) {
	if d == nil {
		return
	}
	r.settlePending(d)
	r.shortFormNotes(d)
	if r.across {
		d.hashPending() // the short-form notes
		r.runs = append(r.runs, d)
	} else {
		scope := "file"
		if d.parts {
			scope = "document"
		}
		r.inconsistencies(d.uses, scope, true)
		d.hashPending()
		if out := r.accept(d.finish()); len(r.out) == 0 {
			r.out = out // the first document's: no copy beside them at the run's peak
		} else {
			r.out = append(r.out, out...)
		}
		d.uses, d.texts, d.across, d.full, d.ids, d.idEnds = nil, nil, nil, nil, nil, nil
		r.docs[d.idx] = nil
	}
	d.ln, d.doc, d.all, d.reread, d.intern, d.stream = nil, nil, nil, nil, nil, nil
}

// finish applies the inline suppressions, sorts and fingerprints.
func (d *docRun) finish() []Finding {
	out := applyRegions(d.regions, d.out)
	sortFindings(out)
	fingerprint(out)
	d.out = nil
	return out
}

// use is an approved rendering, or a short form that stood in for a term, kept for the
// checks made once a document (or a run) is done: what the finding it may become needs,
// without the text of its segment. It holds no pointer, so that the many kept of a
// large file cost the garbage collector nothing and grow by plain copies: its term is an
// index in Linter.terms, its document in Run.docs, its texts in that document's texts.
type use struct {
	term       int32
	run        int32
	found      int32 // the text found, -1 when it is the term's text
	id         int32 // the segment's ID, in its document's ids
	part       int32 // its Part, in the document's texts
	start, end int32 // the file offsets
	seg        int32 // the segment's number in the document, from 0
	// at indexes the use's useAcross in its document's across when consistency is
	// checked across documents: the use outlives its document's text, and is located and
	// hashed at once. Else -1.
	at    int32
	muted bool // a note on the segment suppresses that finding
	// with is 1 + the index in Linter.terms of the fuller term this one stands in
	// apposition to (apposed), 0 when none: the use names its concept with that term,
	// counted once under it, and makes the two one wording in its document.
	with int32
	// src is 1 + the index in Linter.terms of the source's term of the concept in the
	// segment (Linter.sourceTerm), 0 when none or two.
	src int32
}

// useAcross is what a use checked across documents needs besides: the line, column and
// byte column of its start and end, and the fingerprint's base of the finding it may
// become.
type useAcross struct {
	at   [6]int32
	base [8]byte
}

// segUse is a use as a worker makes it from a segment's occurrence: the text found is
// the segment target's bytes [from, to). The merge, which has the segment and the
// document, makes the use of it.
type segUse struct {
	term       int32
	from, to   int32
	start, end int32
	muted      bool
	with       int32   // as use.with
	src        int32   // as use.src
	base       [8]byte // when consistency is checked across documents
}

// compactUse keeps o, a rendering in seg's target of the term with that index in
// Linter.terms, as a use that may become a finding of
// rule.
func (d *docRun) compactUse(seg *Segment, o *match.Occurrence, term int32, rule string, fp *fpCache) segUse {
	t := seg.Target
	c := o.Concept
	start, end := t.FileOffset(o.Start), t.FileOffset(o.End)
	if o.End == o.Start {
		end = start
	}
	v := segUse{term: term, from: int32(o.Start), to: int32(o.End), start: int32(start), end: int32(end),
		muted: ignored(seg.Ignore, rule, c.ID)}
	if d.locate {
		v.base = fp.base(d.file, rule, c.ID, t.Value[o.Start:o.End], t.Value)
	}
	return v
}

// use makes the use of v, found in seg, the document's segment number n whose id is
// texts[id].
func (d *docRun) use(l *Linter, v *segUse, seg *Segment, n, id int32) use {
	u := use{term: v.term, run: d.idx, found: -1, id: id, part: d.text(seg.Part), start: v.start, end: v.end, seg: n,
		at: -1, muted: v.muted, with: v.with, src: v.src}
	if found := seg.Target.Value[v.from:v.to]; found != l.term(v.term).term.Text {
		u.found = d.text(found)
	}
	if d.locate {
		a := useAcross{base: v.base}
		ln, c, b := d.ln.pos(int(u.start))
		a.at[0], a.at[1], a.at[2] = int32(ln), int32(c), int32(b)
		ln, c, b = d.ln.pos(int(u.end))
		a.at[3], a.at[4], a.at[5] = int32(ln), int32(c), int32(b)
		u.at = int32(len(d.across))
		d.across = append(d.across, a)
	}
	return u
}

// text returns the index of s in d.texts, which keeps it in memory of its own.
func (d *docRun) text(s string) int32 {
	if s == "" {
		return 0
	}
	if k, ok := d.intern[s]; ok {
		return k
	}
	k := int32(len(d.texts))
	d.texts = append(d.texts, strings.Clone(s))
	d.intern[d.texts[k]] = k
	return k
}

// segID returns the ID of the segment with index i in d.ids.
func (d *docRun) segID(i int32) string {
	from := int32(0)
	if i > 0 {
		from = d.idEnds[i-1]
	}
	return string(d.ids[from:d.idEnds[i]])
}

// found returns the text u found.
func (r *Run) found(u *use) string {
	if u.found < 0 {
		return r.l.term(u.term).term.Text
	}
	return r.docs[u.run].texts[u.found]
}

// pendingFP is a finding of out whose fingerprint's base waits for its segment's text.
type pendingFP struct {
	finding int   // its index in out
	seg     int32 // its segment's number
}

// hashPending computes the fingerprint bases the document's findings wait for, from their
// segments read again (or kept, for a document read whole).
func (d *docRun) hashPending() {
	if len(d.pending) == 0 {
		return
	}
	if d.stream != nil {
		offs := make([]int, 0, 2*len(d.pending))
		for _, p := range d.pending {
			offs = append(offs, d.out[p.finding].Offset, d.out[p.finding].EndOffset)
		}
		sort.Ints(offs)
		at := d.stream.locate(offs)
		for _, p := range d.pending {
			f := &d.out[p.finding]
			a, b := at[f.Offset], at[f.EndOffset]
			f.Line, f.Col, f.ByteCol = a[0], a[1], a[2]
			f.EndLine, f.EndCol, f.EndByteCol = b[0], b[1], b[2]
		}
	}
	want := map[int32][]int{}
	for _, p := range d.pending {
		want[p.seg] = append(want[p.seg], p.finding)
	}
	n := int32(0)
	scan := func(seg Segment) error {
		if fs, ok := want[n]; ok {
			var fp fpCache
			for _, i := range fs {
				f := &d.out[i]
				f.fingerprintBase = fp.hex(f.File, f.Rule, f.Concept, f.Term, seg.Target.Value)
			}
		}
		n++
		return nil
	}
	d.eachSegment(scan)
	d.pending = nil
}

// eachSegment calls scan for each segment of the document, in order: the segments kept
// when it was read whole, or else read again from its bytes, which were read once without
// error, so reading them again gives the same segments and no error.
func (d *docRun) eachSegment(scan func(Segment) error) {
	if d.reread != nil {
		_ = d.reread(&scanSink{scan})
		return
	}
	for _, seg := range d.all {
		scan(seg)
	}
}

// finding completes f, a finding at u, and appends it to its document's findings unless
// a note mutes it.
func (r *Run) finding(u *use, f Finding) {
	if u.muted {
		return
	}
	d := r.docs[u.run]
	f.File = d.file
	f.Segment = d.segID(u.id)
	f.Offset, f.EndOffset = int(u.start), int(u.end)
	if u.at >= 0 {
		a := &d.across[u.at]
		f.Line, f.Col, f.ByteCol = int(a.at[0]), int(a.at[1]), int(a.at[2])
		f.EndLine, f.EndCol, f.EndByteCol = int(a.at[3]), int(a.at[4]), int(a.at[5])
		f.fingerprintBase = hex.EncodeToString(a.base[:])
	} else {
		if d.stream == nil { // else located by hashPending, from the file
			f.Line, f.Col, f.ByteCol = d.ln.pos(f.Offset)
			f.EndLine, f.EndCol, f.EndByteCol = d.ln.pos(f.EndOffset)
		}
		d.pending = append(d.pending, pendingFP{len(d.out), u.seg})
	}
	d.out = append(d.out, f)
}

// compacted is what checking one segment leaves once its text is gone: its findings
// (fingerprintBase made), the approved renderings of the concepts that may vary (see
// termInfo.vary) where the source has the concept (any, in a monolingual text), the concepts
// with short forms it names in full, and the short forms that stood in for a term. A
// worker's holds those of all its segments, one after another (see worker.ends).
type compacted struct {
	findings []Finding
	uses     []segUse
	full     []*glossary.Concept
	shorts   []segUse
}

// checkBatch checks segs, a batch of d's document, in parallel, and merges what they yield
// in order, so that the result depends neither on the number of workers nor on the size
// of the batches. Nothing kept refers to the segments' texts afterwards.
func (l *Linter) checkBatch(d *docRun, segs []Segment) {
	d.doc.Segments = segs
	defer func() { d.doc.Segments = nil }()
	ws := l.each(d.doc, func(i int, w *worker) {
		l.checkSegment(d, &segs[i], &w.res, &w.buf)
		w.record(i)
	})
	for i := range segs {
		if segs[i].Part != "" {
			d.parts = true
		}
	}
	// The segments that yielded something, in order: each worker has them in order, and
	// the next is the least of the workers' next.
	next := make([]int, len(ws))    // per worker, its next in ends
	prev := make([]segEnd, len(ws)) // per worker, the end of the one before
	for {
		k := -1
		for j, w := range ws {
			if next[j] < len(w.ends) && (k < 0 || w.ends[next[j]].i < ws[k].ends[next[k]].i) {
				k = j
			}
		}
		if k < 0 {
			break
		}
		w, e, p := ws[k], ws[k].ends[next[k]], prev[k]
		next[k]++
		prev[k] = e
		res := compacted{findings: w.res.findings[p.findings:e.findings], uses: w.res.uses[p.uses:e.uses],
			full: w.res.full[p.full:e.full], shorts: w.res.shorts[p.shorts:e.shorts]}
		i := int(e.i)
		seg := &segs[i]
		n := d.nseg + int32(i)
		var id int32 // an id may be a view of the file: it is copied into ids
		if len(res.uses) > 0 || len(res.shorts) > 0 {
			id = int32(len(d.idEnds))
			d.ids = append(d.ids, seg.ID...)
			d.idEnds = append(d.idEnds, int32(len(d.ids)))
		}
		segID := ""
		for k := range res.findings {
			f := &res.findings[k]
			if segID == "" {
				segID = strings.Clone(seg.ID)
			}
			f.Term, f.Segment = d.texts[d.text(f.Term)], segID
		}
		for k := range res.findings {
			if f := &res.findings[k]; f.unless != nil {
				d.unless = append(d.unless, unlessNamed{*f, seg.Part})
				continue
			}
			if f := &res.findings[k]; f.we != nil {
				d.we = append(d.we, weNote{*f, seg.Part})
				continue
			}
			d.out = append(d.out, res.findings[k])
		}
		for k := range res.uses {
			v := &res.uses[k]
			t := l.term(v.term)
			if t.acronym {
				continue // never counted nor reported (inconsistent)
			}
			s := d.uses[t.concept]
			if s == nil {
				s = &useList{}
				d.uses[t.concept] = s
			}
			s.add(d.use(l, v, seg, n, id))
			if v.with == 0 {
				s.count(t.key)
			}
		}
		for _, c := range res.full {
			d.full[useKey{seg.Part, c}] = true
		}
		for k := range res.shorts {
			d.shorts.add(d.use(l, &res.shorts[k], seg, n, id))
		}
	}
	for _, w := range ws {
		w.release()
	}
	d.nseg += int32(len(segs))
}

// shortFormNotes adds a note for each concept that a document (or part of a file) renders
// only by short forms: "the Alliance" is right where the text has named the Japan-U.S.
// Alliance, and unclear where it never has. One note, at the first short form.
func (r *Run) shortFormNotes(d *docRun) {
	type langKey struct {
		useKey
		lang string
	}
	// The concepts the translation names in full only inside a longer glossary term,
	// which the matcher reports instead, are found in one more pass over the segments,
	// made only when some short form has no full form beside it.
	key := func(u *use) langKey {
		t := r.l.term(u.term)
		return langKey{useKey{d.texts[u.part], t.concept}, t.lang}
	}
	var ask []langKey
	d.shorts.each(func(u *use) {
		if k := key(u); !d.full[k.useKey] {
			ask = append(ask, k)
		}
	})
	if len(ask) == 0 {
		d.shorts = useList{}
		return
	}
	named := map[langKey]bool{}
	full := map[langKey][]string{}
	for _, k := range ask {
		if _, ok := full[k]; ok {
			continue
		}
		full[k] = nil
		for _, t := range k.concept.Terms[k.lang] {
			if t.Status.Allowed() && t.Text != "" {
				full[k] = append(full[k], strings.ToLower(t.Text))
			}
		}
		full[k] = r.l.antecedents(full[k], k.concept, k.lang)
		full[k] = append(full[k], partyPairs(full[k])...)
	}
	scan := func(seg Segment) error {
		var text string
		for k, terms := range full {
			if seg.Part != k.part || named[k] {
				continue
			}
			if text == "" {
				text = strings.ToLower(seg.Target.Value)
			}
			for _, f := range terms {
				if strings.Contains(text, f) {
					named[k] = true
					break
				}
			}
		}
		return nil
	}
	d.eachSegment(scan)
	noted := map[useKey]bool{}
	d.shorts.each(func(u *use) {
		lk := key(u)
		k := lk.useKey
		if d.full[k] || noted[k] || named[lk] {
			return
		}
		noted[k] = true
		found := r.found(u)
		f := Finding{Rule: RuleShortForm, Severity: Info, Concept: k.concept.ID, Term: found, Lang: lk.lang}
		if p := k.concept.Preferred(lk.lang); p != nil {
			f.Suggestion = p.Text
			f.Message = fmt.Sprintf("%s stands for %s, but this document never names it in full: write %s once before the short form", quote(found), quote(p.Text), quote(p.Text))
		} else {
			f.Message = fmt.Sprintf("%s stands for %s, but this document never names it in full", quote(found), k.concept.ID)
		}
		r.finding(u, f)
	})
	d.shorts = useList{}
}

// antecedents appends to full the terms, lowercased, that name concept c in full through a
// related concept: a short form of c that begins with a short form of a related concept
// refers back through it, so the related concept's full name is its antecedent. "The
// region and beyond" is "the region" and beyond, and "the region" is the Asia-Pacific
// region the document named: a reader knows which region it is, though the document never
// wrote "Asia-Pacific region and beyond".
func (l *Linter) antecedents(full []string, c *glossary.Concept, lang string) []string {
	if l.g == nil || len(c.Related) == 0 {
		return full
	}
	shorts := func(c *glossary.Concept) []string {
		var out []string
		for _, t := range c.Terms[lang] {
			if t.Status.Allowed() {
				for _, s := range t.Short {
					out = append(out, strings.ToLower(s))
				}
			}
		}
		return out
	}
	own := shorts(c)
	for _, id := range c.Related {
		rc := l.g.Concept(id)
		if rc == nil || rc == c {
			continue
		}
		begins := false
		for _, p := range shorts(rc) {
			for _, s := range own {
				if strings.HasPrefix(s, p+" ") {
					begins = true
				}
			}
		}
		if !begins {
			continue
		}
		for _, t := range rc.Terms[lang] {
			if t.Status.Allowed() && t.Text != "" {
				full = append(full, strings.ToLower(t.Text))
			}
		}
	}
	return full
}

// elaborates reports whether the key long ends with the key short after a modifier: at a
// word's start in a language that spaces its words.
func elaborates(long, short string) bool {
	if len(short) >= len(long) || !strings.HasSuffix(long, short) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(long[:len(long)-len(short)])
	first, _ := utf8.DecodeRuneInString(short)
	return !(unicode.IsLetter(prev) || unicode.IsDigit(prev)) || !(prev < utf8.RuneSelf && first < utf8.RuneSelf)
}

// otherNumber reports whether two English keys are one term with words in another
// number, as English forms plurals in -s, -es and -ies ("model allies", "model ally").
func otherNumber(a, b string) bool {
	if a == b {
		return false
	}
	aw, bw := strings.Fields(a), strings.Fields(b)
	if len(aw) != len(bw) {
		return false
	}
	for i := range aw {
		x, y := aw[i], bw[i]
		if len(x) > len(y) {
			x, y = y, x
		}
		if x == y || x+"s" == y || x+"es" == y {
			continue
		}
		if stem, ok := strings.CutSuffix(x, "y"); ok && stem+"ies" == y {
			continue
		}
		return false
	}
	for _, r := range a {
		if r >= utf8.RuneSelf {
			return false // Japanese has no number
		}
	}
	return true
}

// stateNoun reports whether the Japanese key a is the key b with the classifier 国
// after it (パートナー国 of パートナー; see classifierDropped).
func stateNoun(a, b string) bool {
	base, ok := classifierDropped(a)
	return ok && base == b
}

// classifierDropped returns the Japanese noun without the classifier 国 that ends it,
// where the noun before it is a katakana loanword (パートナー of パートナー国): a loanword
// takes 国 to name the state that holds the role, or goes without it. After kanji 国
// compounds into another word (同盟国, "ally", is not 同盟, "alliance"), so a noun with
// kanji before 国 is never one.
func classifierDropped(noun string) (string, bool) {
	base, ok := strings.CutSuffix(noun, "国")
	if !ok || base == "" {
		return "", false
	}
	last, _ := utf8.DecodeLastRuneInString(base)
	return base, script(last) == 3
}

// office reports whether the English key a is b's holder noun made the noun of the
// holder's office by -ship or -manship (co-chairmanship of co-chair).
func office(a, b string) bool {
	rest, ok := strings.CutPrefix(a, b)
	if !ok || b == "" || b[len(b)-1] == ' ' {
		return false
	}
	return rest == "ship" || rest == "manship"
}

// scanSink hands each segment of a document read again to f.
type scanSink struct{ f func(Segment) error }

func (s *scanSink) begin(*Doc) error          { return nil }
func (s *scanSink) segment(seg Segment) error { return s.f(seg) }

// inconsistencies reports, for every concept rendered with two or more different approved
// terms in the document, each use of a term other than the most frequent one. Acronyms
// (NDS beside National Defense Strategy) are not counted: a short form after the full
// one is normal. With perPart, the documents within a file (Segment.Part) are apart.
func (r *Run) inconsistencies(uses map[*glossary.Concept]*useList, scope string, perPart bool) {
	concepts := make([]*glossary.Concept, 0, len(uses))
	for c, s := range uses {
		if s.keys { // else rendered one way throughout
			concepts = append(concepts, c)
		}
	}
	sortConcepts(concepts)
	for _, c := range concepts {
		all := uses[c].all()
		if !perPart || samePart(all) {
			r.inconsistent(c, all, scope)
			continue
		}
		// Per part, the uses are of one document, whose texts keep each part once.
		var parts []int32
		byPart := map[int32][]use{}
		for _, u := range all {
			if _, ok := byPart[u.part]; !ok {
				parts = append(parts, u.part)
			}
			byPart[u.part] = append(byPart[u.part], u)
		}
		for _, p := range parts {
			r.inconsistent(c, byPart[p], scope)
		}
	}
}

// samePart reports whether us, of one document, are all in one part of it.
func samePart(us []use) bool {
	for _, u := range us[1:] {
		if u.part != us[0].part {
			return false
		}
	}
	return true
}

// inconsistent reports the uses of c's less frequent approved terms in one scope. Where
// the source names c by two different terms (核・ミサイル計画, 核・ミサイル開発; "shared
// values", "common values"), each is a wording of its own, and a translation that keeps
// the distinction is faithful, not inconsistent: the uses are compared among those of one
// source term (a use whose segment names c by both among those of the first).
func (r *Run) inconsistent(c *glossary.Concept, uses []use, scope string) {
	var srcs []int32
	for _, u := range uses {
		if u.src != 0 && !slices.Contains(srcs, u.src) {
			srcs = append(srcs, u.src)
		}
	}
	if len(srcs) < 2 {
		r.inconsistentUses(c, uses, scope)
		return
	}
	for i, s := range srcs {
		var group []use
		for _, u := range uses {
			if u.src == s || u.src == 0 && i == 0 {
				group = append(group, u)
			}
		}
		r.inconsistentUses(c, group, scope)
	}
}

// inconsistentUses reports the uses of c's less frequent approved terms among uses.
func (r *Run) inconsistentUses(c *glossary.Concept, uses []use, scope string) {
	l := r.l
	count := map[string]int{}
	var order []string
	text := map[string]string{}
	lang := map[string]string{}
	var alias map[string]string // a term named in apposition to a fuller one: its key, the fuller's
	for _, u := range uses {
		t := l.term(u.term)
		if isAcronym(t.term.Text) {
			continue
		}
		if u.with > 0 {
			if alias == nil {
				alias = map[string]string{}
			}
			alias[t.key] = l.term(u.with - 1).key
			continue
		}
		key := t.key // of the glossary term, not of the inflected form
		if count[key] == 0 {
			order = append(order, key)
			text[key] = t.term.Text
			lang[key] = t.lang
		}
		count[key]++
	}
	if len(order) < 2 {
		return
	}
	// A rendering that ends with another (日米韓三か国のパートナーシップ beside
	// 三か国のパートナーシップ, "trilateral partnership" beside "partnership") elaborates
	// it: both languages put a term's modifiers before its head, and the longer one names
	// what the shorter leaves to the context. Both are one wording, counted under the
	// shorter. A longer word is no elaboration ("cooperation" of "operation"), nor is a
	// different head (共通の価値観 is not 共通の価値 elaborated).
	//
	// Two terms that differ only in the number of their words ("model ally" beside "model
	// allies") are one wording too, counted under the first: the sentence sets the number.
	// So are a holder's noun and the noun of the holder's office ("co-chair" beside
	// "co-chairmanship", "chair" beside "chairmanship"): "under the co-chairmanship of" the
	// leaders and "the co-chairs" name one role, the sentence choosing the noun.
	// So is a Japanese role noun and that noun with the classifier 国 that makes it the
	// noun of a state (パートナー beside パートナー国): both name the one role, and
	// Japanese adds the classifier in a list of states or drops it after として at will.
	// So are two Japanese terms that differ only in their coordinator or their links
	// (平和と安定 beside 平和及び安定, 経済的な威圧 beside 経済的威圧): the sentence's
	// structure chooses them (see otherSpelling).
	base := map[string]string{}
	for _, k := range order {
		b := k
		for _, o := range order {
			if len(o) < len(b) && elaborates(k, o) {
				b = o
			}
		}
		if b == k {
			for _, o := range order {
				if o == k {
					break
				}
				if base[o] == o && (otherNumber(k, o) || otherSpelling(k, o) || office(k, o) || office(o, k) ||
					stateNoun(k, o) || stateNoun(o, k)) {
					b = o
					break
				}
			}
		}
		base[k] = b
	}
	// A term the glossary declares a short form of a fuller term of c (大韓民国 … 韓国,
	// 内閣総理大臣 … 首相) is how official texts name c again once they have named it in
	// full, or name another country's office by its usual shorter title: where the fuller
	// term is used too, both are one wording, counted under the fuller. Where it is not,
	// the short forms of one fuller term (総理大臣 for Japan's prime minister, 首相 for
	// another country's, both of 内閣総理大臣) are that one wording still, counted under
	// the first of them.
	// Not so among the titles written against one person's name (鈴木総理大臣 … 鈴木首相,
	// see titleHolder): one person titled two ways is inconsistent.
	var shortOf map[string]string // a fuller term unused in the text: the first of its short forms
	oneHolder := uses[0].src < 0
	for _, u := range uses {
		oneHolder = oneHolder && u.src == uses[0].src
	}
	for _, k := range order {
		if base[k] != k {
			continue
		}
		f, ok := declaredFull(c, lang[k], k)
		switch {
		case !ok || f == k:
		case count[f] > 0:
			// under the fuller term, or the wording it elaborates (内閣総理大臣 of 総理大臣)
			b := f
			for n := 0; base[b] != b && n < len(order); n++ {
				b = base[b]
			}
			if b != k {
				base[k] = b
			}
		case count[f] == 0 && oneHolder:
		case count[f] == 0 && shortOf[f] != "":
			base[k] = shortOf[f]
		case count[f] == 0:
			if shortOf == nil {
				shortOf = map[string]string{}
			}
			shortOf[f] = k
		}
	}
	// A term the text has put in apposition to a fuller one (日米豪印(クアッド)) is a name it
	// has given the concept: its later uses alone are that naming, not another wording.
	for _, k := range order {
		if a, ok := alias[k]; ok && count[a] > 0 && base[a] == a {
			base[k] = a
		}
	}
	var merged []string
	for _, k := range order {
		if b := base[k]; b != k {
			count[b] += count[k]
		} else {
			merged = append(merged, k)
		}
	}
	if order = merged; len(order) < 2 {
		return
	}
	major := order[0]
	for _, k := range order[1:] {
		if count[k] > count[major] {
			major = k
		}
	}
	for i := range uses {
		u := &uses[i]
		t := l.term(u.term)
		if base[t.key] == major || isAcronym(t.term.Text) || u.with > 0 {
			continue
		}
		found := r.found(u)
		r.finding(u, Finding{Rule: RuleInconsistent, Severity: Warning, Concept: c.ID, Term: found, Lang: t.lang,
			Suggestion: text[major],
			Message:    fmt.Sprintf("%s is rendered %s here and %s %s elsewhere in this %s: pick one", c.ID, quote(found), quote(text[major]), plural(count[major], "time", "times"), scope)})
	}
}

// declaredFull returns the key of the preferred or admitted term of c in lang that
// declares the term with key k one of its short forms (short: in the glossary), written
// with or without a leading article.
func declaredFull(c *glossary.Concept, lang, k string) (string, bool) {
	for _, t := range c.Terms[lang] {
		if !t.Status.Allowed() {
			continue
		}
		for _, s := range t.Short {
			sk := textnorm.Key(s)
			for _, a := range []string{"the ", "a ", "an "} {
				sk = strings.TrimPrefix(sk, a)
			}
			if sk == k {
				return textnorm.Key(t.Text), true
			}
		}
	}
	return "", false
}

// fpCache computes the fingerprint bases of the findings of one segment: its text is
// folded once, and each distinct finding hashed once.
type fpCache struct {
	text struct {
		p *byte
		n int
	}
	folded string
	done   bool
	bases  map[[4]string][8]byte
}

// base is the fingerprint's base (see fingerprint) of a finding of rule and concept on
// term in a segment whose text is text.
func (c *fpCache) base(file, rule, concept, term, text string) [8]byte {
	id := struct {
		p *byte
		n int
	}{unsafe.StringData(text), len(text)}
	if !c.done || id != c.text {
		c.text, c.folded, c.done = id, foldSpace(text), true
		clear(c.bases)
	}
	k := [4]string{file, rule, concept, term}
	if b, ok := c.bases[k]; ok {
		return b
	}
	h := sha256.New()
	for j, part := range []string{file, rule, concept, textnorm.Key(term), c.folded} {
		if j > 0 {
			h.Write([]byte{0})
		}
		h.Write(unsafe.Slice(unsafe.StringData(part), len(part))) // not a copy of a segment of many megabytes
	}
	var sum [sha256.Size]byte
	var b [8]byte
	copy(b[:], h.Sum(sum[:0]))
	if c.bases == nil {
		c.bases = map[[4]string][8]byte{}
	}
	c.bases[k] = b
	return b
}

func (c *fpCache) hex(file, rule, concept, term, text string) string {
	b := c.base(file, rule, concept, term, text)
	return hex.EncodeToString(b[:])
}

// fingerprint gives each finding an id that survives edits elsewhere in the file: the
// file, rule, concept, normalized term and the text of its segment (white space folded),
// plus a counter for repeats of the same. The hash of all but the counter is made while
// the segment's text is at hand (fingerprintBase); a finding that has none yet is hashed
// here from its fingerprintContext.
//
// The text of a segment can be a whole file (one line of 50 MB) with thousands of
// findings, so nothing is done per finding on the text: it is folded once, a hash is
// computed once per distinct finding in it, and texts are told apart by where their bytes
// are, not by hashing them as map keys.
func fingerprint(fs []Finding) {
	seen := map[string]int{}
	var fp fpCache
	for i := range fs {
		f := &fs[i]
		base := f.fingerprintBase
		if base == "" {
			base = fp.hex(f.File, f.Rule, f.Concept, f.Term, f.fingerprintContext)
		}
		seen[base]++
		f.Fingerprint = fmt.Sprintf("%s:%d", base, seen[base])
		f.fingerprintContext, f.fingerprintBase = "", "" // a finding outlives its document, and would pin its text
	}
}

func sortConcepts(cs []*glossary.Concept) {
	sort.Slice(cs, func(i, j int) bool { return cs[i].ID < cs[j].ID })
}

// useList holds uses in the order they came, each as varints of its fields' differences
// from the use before it: some ten bytes a use instead of the struct's 44 and its share of
// a growing slice. A text dense with terms keeps a use for most of its terms, and only the
// few concepts rendered in two ways are decoded, once, when the document (or the run) is
// done.
type useList struct {
	buf  []byte
	last use // the use added last, which the next is encoded against
	// key is the key of the first use counted for consistency (see inconsistent), and
	// keys says that a later one has had another: the uses of a concept rendered one way
	// throughout cannot be inconsistent, and are not decoded.
	key     string
	counted bool
	keys    bool
}

// add appends u.
func (s *useList) add(u use) {
	p := &s.last
	b := s.buf
	b = binary.AppendVarint(b, int64(u.term)-int64(p.term))
	b = binary.AppendVarint(b, int64(u.run)-int64(p.run))
	b = binary.AppendVarint(b, int64(u.found)-int64(p.found))
	b = binary.AppendVarint(b, int64(u.id)-int64(p.id))
	b = binary.AppendVarint(b, int64(u.part)-int64(p.part))
	b = binary.AppendVarint(b, int64(u.start)-int64(p.start))
	b = binary.AppendVarint(b, int64(u.end)-int64(u.start))
	b = binary.AppendVarint(b, int64(u.seg)-int64(p.seg))
	b = binary.AppendVarint(b, int64(u.at)-int64(p.at))
	b = binary.AppendVarint(b, int64(u.src)-int64(p.src))
	flags := uint64(u.with) << 1
	if u.muted {
		flags |= 1
	}
	s.buf = binary.AppendUvarint(b, flags)
	s.last = u
}

// count notes the key of a use counted for consistency.
func (s *useList) count(key string) {
	if !s.counted {
		s.key, s.counted = key, true
	} else if key != s.key {
		s.keys = true
	}
}

// each calls f with each use, in the order they were added.
func (s *useList) each(f func(u *use)) {
	var u use
	b := s.buf
	next := func() int64 {
		v, n := binary.Varint(b)
		b = b[n:]
		return v
	}
	for len(b) > 0 {
		u.term += int32(next())
		u.run += int32(next())
		u.found += int32(next())
		u.id += int32(next())
		u.part += int32(next())
		u.start += int32(next())
		u.end = u.start + int32(next())
		u.seg += int32(next())
		u.at += int32(next())
		u.src += int32(next())
		flags, n := binary.Uvarint(b)
		b = b[n:]
		u.with, u.muted = int32(flags>>1), flags&1 != 0
		c := u
		f(&c)
	}
}

// all returns the uses, decoded.
func (s *useList) all() []use {
	var out []use
	s.each(func(u *use) { out = append(out, *u) })
	return out
}

// jaSpellingMarks are what two Japanese spellings of one term may differ in, longest first:
// the coordinators of its members (及び, 並びに, と, や, the middle dot), which official
// Japanese chooses by the sentence's structure (及び inside a pair that 並びに or と joins
// to another, と in plain prose), and the links between a modifier and its head (の, な,
// 的), which it writes or drops (経済的な威圧, 経済的威圧; ASEANの中心性, ASEAN中心性;
// 戦略的競争, 戦略競争).
var jaSpellingMarks = []string{"ならびに", "および", "並びに", "及び", "と", "や", "・", "の", "な", "的"}

// otherSpelling reports whether two Japanese keys of one concept are one term spelled
// with other coordinators or links: equal once those are dropped (jaSpellingMarks). A
// suffix is no spelling: 同盟国 is not 同盟, nor 価値観 価値.
func otherSpelling(a, b string) bool {
	if a == b {
		return false
	}
	sa := jaSkeleton(a)
	return sa != "" && sa == jaSkeleton(b)
}

// jaSkeleton returns a Japanese key without its jaSpellingMarks, or "" for a key with no
// kanji or kana, which has none.
func jaSkeleton(k string) string {
	ja := false
	for _, r := range k {
		if s := script(r); s >= 1 && s <= 3 {
			ja = true
			break
		}
	}
	if !ja {
		return ""
	}
	var b strings.Builder
	for i := 0; i < len(k); {
		mark := false
		for _, m := range jaSpellingMarks {
			if strings.HasPrefix(k[i:], m) {
				i += len(m)
				mark = true
				break
			}
		}
		if !mark {
			r, w := utf8.DecodeRuneInString(k[i:])
			b.WriteRune(r)
			i += w
		}
	}
	return b.String()
}
