package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/glossterm/gloss"
	"github.com/glossterm/gloss/align"
	"github.com/glossterm/gloss/align/eval"
	"github.com/glossterm/gloss/bitext"
	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/atomicfile"
	"github.com/glossterm/gloss/internal/textfile"
)

func init() {
	register(&command{
		name:    "align",
		summary: "mine Japanese–English term pairs, with evidence, from commentaries and their English sources",
		usage:   "--ja FILE... --en FILE... [--bitext FILE...] [--parallel JA_FILE=EN_FILE...] [--format tsv|json|yaml] [-o FILE] [--tmx FILE] [--missing FILE] [--dict FILE | --no-dict] [--wordnet DIR | --no-wordnet] [--eval TERMS.tsv]",
		run:     runAlign,
	})
}

// fileLists takes the file lists of --ja, --en, --bitext and --parallel out of args: each
// flag is followed by one or more files (a shell glob), up to the next flag.
func fileLists(args []string) (lists map[string][]string, rest []string) {
	lists = map[string][]string{}
	cur := ""
	for i := 0; i < len(args); i++ {
		a := args[i]
		name := strings.TrimLeft(a, "-")
		if a == "--" {
			rest = append(rest, args[i:]...)
			break
		}
		if strings.HasPrefix(a, "-") && len(a) > 1 {
			if n, v, ok := strings.Cut(name, "="); ok && listFlag(n) {
				lists[n] = append(lists[n], v)
				cur = n
				continue
			}
			if listFlag(name) {
				cur = name
				continue
			}
			cur = ""
			rest = append(rest, a)
			continue
		}
		if cur != "" {
			lists[cur] = append(lists[cur], a)
			continue
		}
		rest = append(rest, a)
	}
	return lists, rest
}

func listFlag(name string) bool {
	return name == "ja" || name == "en" || name == "bitext" || name == "parallel"
}

// parallelPair splits a --parallel value JA_FILE=EN_FILE.
func parallelPair(v string) (ja, en string, err error) {
	ja, en, ok := strings.Cut(v, "=")
	if !ok || strings.TrimSpace(ja) == "" || strings.TrimSpace(en) == "" || strings.Contains(en, "=") {
		return "", "", fmt.Errorf("align: --parallel %q: want JA_FILE=EN_FILE, a Japanese document and its English translation", v)
	}
	return ja, en, nil
}

func runAlign(e *env) int {
	c := commands["align"]
	fs := newFlags(e, c)
	gf := addGlossaryFlags(fs, glossaryReadHelp)
	fs.String("ja", "", "Japanese commentary `FILE`s (one or more; - reads one from standard input, as --en, --bitext and --parallel do)")
	fs.String("en", "", "English source `FILE`s (one or more)")
	fs.String("bitext", "", "aligned bitext `FILE`s: ja<TAB>en or id<TAB>ja<TAB>en per line")
	fs.String("parallel", "", "a Japanese document and its English translation, `JA_FILE=EN_FILE` (repeatable): their sentences are aligned and used like a bitext")
	format := fs.String("format", "tsv", "output format: tsv, json or yaml (proposed concepts in the glossary format)")
	out := addOutputFlag(fs, "write the output to `FILE` instead of standard output")
	tmx := fs.String("tmx", "", "also write the aligned segments as TMX 1.4 to `FILE`")
	missing := fs.String("missing", "", "also write the frequent Japanese terms with no English evidence to `FILE` (TSV)")
	dict := fs.String("dict", "", "EDICT `FILE` (EUC-JP) to use as a lexicon (default: "+align.EDICTPath+" when installed)")
	noDict := fs.Bool("no-dict", false, "do not use EDICT")
	wordnetDir := fs.String("wordnet", "", "WordNet 3.0 `DIR` holding index.noun and data.noun, whose synonyms, broader and narrower words of a gloss word give review-tier thesaurus evidence, and whose definitions of English nouns review-tier definition evidence (default: "+align.WordNetDir+" when installed)")
	noWordNet := fs.Bool("no-wordnet", false, "do not use WordNet")
	evalList := fs.String("eval", "", "compare the proposals with a term list `FILE` (ja<TAB>en<TAB>evidence) and print recall, the precision of the auto rows and of each score band; the glossary is then used only when --glossary names it, so that no pair is known in advance")
	quiet := fs.Bool("q", false, "no progress bar or summary on standard error")
	lists, rest := fileLists(e.args)
	args, code, ok := parseFlags(fs, rest)
	if !ok {
		return code
	}
	if len(args) > 0 {
		return errorf(e, "align: unexpected argument %q (give files after --ja, --en, --bitext or --parallel)", args[0])
	}
	switch *format {
	case "tsv", "json", "yaml":
	default:
		return errorf(e, "align: unknown format %q (tsv, json or yaml)", *format)
	}
	var parallel [][2]string
	for _, v := range lists["parallel"] {
		ja, en, err := parallelPair(v)
		if err != nil {
			return errorf(e, "%v", err)
		}
		parallel = append(parallel, [2]string{ja, en})
	}
	if len(parallel) == 0 && (len(lists["ja"]) == 0 || len(lists["en"]) == 0 && len(lists["bitext"]) == 0) {
		fmt.Fprintln(e.stderr, "gloss align: give Japanese texts with --ja and English sources with --en (or a --bitext), or parallel documents with --parallel JA_FILE=EN_FILE")
		fs.Usage()
		return exitUsage
	}
	// the tokenizer allocates ~50 bytes per input byte as garbage: a soft limit makes the
	// collector return it before the heap doubles, without slowing normal runs
	budgetFor(e, memLimit)
	start := time.Now()
	var ja, en []align.Doc
	var bt []align.BitextSegment
	var inputs []string // the glossary is read after the documents
	for _, l := range lists {
		inputs = append(inputs, l...)
	}
	for _, p := range parallel {
		if p[0] == "-" || p[1] == "-" {
			inputs = append(inputs, "-") // one input, whichever side
		}
	}
	const once = "align: standard input (-) is one input: give it to one of --glossary, --ja, --en, --bitext, --parallel"
	glossaryPath := "" // align --eval reads no glossary unless one is named
	if *evalList == "" || gf.path != "" {
		glossaryPath = gf.locate(e)
	}
	if code := stdinOnce(e, glossaryPath, inputs, once, once); code != exitOK {
		return code
	}
	readDoc := func(p, lang string) (align.Doc, error) {
		if p != "-" {
			return bitext.ReadDoc(e.path(p), lang)
		}
		text, err := stdinText(e)
		if err != nil {
			return align.Doc{}, err
		}
		return bitext.TextDoc(p, text, lang)
	}
	for _, lang := range []string{"ja", "en"} {
		for _, p := range lists[lang] {
			d, err := readDoc(p, lang)
			if err != nil {
				return inputError(e, p, err)
			}
			d.Name = p
			if lang == "ja" {
				ja = append(ja, d)
			} else {
				en = append(en, d)
			}
		}
	}
	for _, p := range lists["bitext"] {
		var segs []align.BitextSegment
		var err error
		if p == "-" {
			var text string
			if text, err = stdinText(e); err == nil {
				segs, err = bitext.ParseBitext(p, text)
			}
		} else {
			segs, err = bitext.Read(e.path(p))
		}
		if err != nil {
			return inputError(e, p, err)
		}
		for i := range segs {
			segs[i].Doc = p
		}
		bt = append(bt, segs...)
	}
	opts := align.Options{}
	if *evalList == "" || gf.path != "" {
		g, code := gf.load(e)
		if g == nil {
			return code
		}
		opts.Glossary = g
	}
	for _, p := range parallel {
		var docs [2]align.Doc
		for i, lang := range []string{"ja", "en"} {
			d, err := readDoc(p[i], lang)
			if err != nil {
				return inputError(e, p[i], err)
			}
			d.Name = p[i]
			docs[i] = d
		}
		if err := bitext.CheckParallel(docs[0], docs[1]); err != nil {
			return errorf(e, "%v", err) // it names the files as given
		}
		segs, err := bitext.Align(docs[0], docs[1], opts.Glossary)
		if err != nil {
			return errorf(e, "align: %v", err) // it names the file as given
		}
		if !*quiet {
			fmt.Fprintf(e.stderr, "gloss align: %s=%s: %s aligned\n", p[0], p[1], plural(len(segs), "segment", "segments"))
		}
		bt = append(bt, segs...)
	}
	switch {
	case *noDict:
	case *dict != "":
		path := e.path(*dict)
		if err := align.CheckEDICT(path); err != nil {
			return inputError(e, *dict, err)
		}
		opts.EDICT = align.EDICTFile(path)
	case align.InstalledEDICT() != "":
		opts.EDICT = align.EDICTFile(align.InstalledEDICT())
	}
	switch {
	case *noWordNet:
	case *wordnetDir != "":
		opts.WordNet = e.path(*wordnetDir)
	default:
		opts.WordNet = align.InstalledWordNet()
	}
	bar := newProgress(e, *quiet, start)
	opts.Progress = bar.update
	res, err := align.Run(ja, en, bt, opts)
	bar.done()
	if err != nil {
		return errorf(e, "align: %v", err)
	}

	if *evalList != "" {
		text, err := textfile.ReadPlain(e.path(*evalList))
		if err != nil {
			return inputError(e, *evalList, err)
		}
		entries := eval.ParseList(text)
		eval.Attest(entries, eval.Corpus(ja, en, bt))
		ev := eval.Evaluate(entries, res.Pairs)
		ev.Print(e.stdout)
		return exitOK
	}

	var buf bytes.Buffer
	switch *format {
	case "tsv":
		err = align.WriteTSV(&buf, res.Pairs)
	case "json":
		err = align.WriteJSON(&buf, res)
	case "yaml":
		buf.Write(glossary.Format(align.Proposals(res.Pairs)))
	}
	if err != nil {
		return errorf(e, "align: %v", err)
	}
	if *out != "" {
		if err := atomicfile.Write(e.path(*out), buf.Bytes()); err != nil {
			return errorf(e, "align: %v", err)
		}
	} else if _, err := e.stdout.Write(buf.Bytes()); err != nil {
		return errorf(e, "align: %v", err)
	}
	if *tmx != "" {
		var tb bytes.Buffer
		if err := align.WriteTMX(&tb, res.Segments, version(), time.Now()); err != nil {
			return errorf(e, "align: %v", err)
		}
		if err := atomicfile.Write(e.path(*tmx), tb.Bytes()); err != nil {
			return errorf(e, "align: %v", err)
		}
	}
	if *missing != "" {
		var mb bytes.Buffer
		align.WriteMissingTSV(&mb, res.Missing)
		if err := atomicfile.Write(e.path(*missing), mb.Bytes()); err != nil {
			return errorf(e, "align: %v", err)
		}
	}
	if !*quiet {
		auto, known := 0, 0
		for _, p := range res.Pairs {
			if p.Status == align.Auto {
				auto++
			}
			if p.Known {
				known++
			}
		}
		lex := "no lexicon but the glossary"
		if res.Stats.EDICTGlosses > 0 {
			lex = fmt.Sprintf("EDICT (%d glosses used)", res.Stats.EDICTGlosses)
		}
		overruled := ""
		if res.Stats.Overruled > 0 {
			overruled = fmt.Sprintf(", %d against the glossary withheld", res.Stats.Overruled)
		}
		fmt.Fprintf(e.stderr, "gloss align: %s (%d auto, %d known%s), %s without English evidence; %d Japanese sentences, %d English n-grams, %s; %.1fs\n",
			plural(len(res.Pairs), "pair", "pairs"), auto, known, overruled, plural(len(res.Missing), "frequent term", "frequent terms"),
			res.Stats.JASentences, res.Stats.ENNGrams, lex, time.Since(start).Seconds())
		if len(res.Missing) > 0 && *missing == "" && *format == "tsv" {
			top := []string{}
			for i, m := range res.Missing {
				if i == 8 {
					break
				}
				top = append(top, m.JA)
			}
			fmt.Fprintf(e.stderr, "gloss align: most frequent terms without English evidence: %s (all with --missing FILE)\n", strings.Join(top, ", "))
		}
	}
	return exitOK
}

// memLimit is the soft memory limit of an align run.
const memLimit = 512 << 20

// path resolves a file name against the command's working directory.
func (e *env) path(p string) string {
	if filepath.IsAbs(p) || e.cwd == "" {
		return p
	}
	return filepath.Join(e.cwd, p)
}

func inputError(e *env, name string, err error) int {
	if errors.Is(err, fs.ErrNotExist) {
		return errorf(e, "%s: no such file", name)
	}
	var ge *gloss.Error
	if errors.As(err, &ge) {
		if rest, ok := strings.CutPrefix(ge.File, e.path(name)); ok {
			ge.File = name + rest // keep a ":line"
		}
		return errorf(e, "%v", ge)
	}
	return errorf(e, "%s: %v", name, err)
}

// progress draws a bar on standard error when it is a terminal and the run takes longer
// than a second.
type progress struct {
	e     *env
	on    bool
	start time.Time
	drawn bool
}

func newProgress(e *env, quiet bool, start time.Time) *progress {
	p := &progress{e: e, start: start}
	if f, ok := e.stderr.(*os.File); ok && !quiet {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			p.on = true
		}
	}
	return p
}

func (p *progress) update(done, total int) {
	if !p.on || time.Since(p.start) < time.Second || total == 0 {
		return
	}
	const width = 30
	n := done * width / total
	fmt.Fprintf(p.e.stderr, "\r[%s%s] %d/%d", strings.Repeat("#", n), strings.Repeat(" ", width-n), done, total)
	p.drawn = true
}

func (p *progress) done() {
	if p.drawn {
		fmt.Fprint(p.e.stderr, "\r\033[K")
	}
}

// stdinText reads standard input as a text to align (textfile.Plain): through the input
// gate, then checked as a file is (textfile.DecodePlain), named "-".
func stdinText(e *env) (string, error) {
	data, err := readStdin(e, textfile.Plain)
	if err != nil {
		return "", err
	}
	return textfile.DecodePlain("-", data)
}
