// Package eval measures align's proposals against a development term list: the recall of
// the list's terms among the proposals, the precision of the auto ones, and the precision
// of each score band, the measure behind the statuses' thresholds. `gloss align --eval
// TERMS.tsv` prints it.
//
// [ParseList] reads the list (a header, then ja<TAB>en<TAB>evidence rows; the English may
// give alternatives and optional words), [Attest] marks the rows whose English the corpus
// holds (only those count: the aligner cannot propose what the corpus never says) and
// [Evaluate] compares the proposals of an [align.Run] with them. [MeasureCoverage] measures a
// glossary on the same lists: for how many rows it gives the row's English (the default
// glossary's coverage test and bench/coverage use it).
package eval

import (
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"

	"github.com/glossterm/gloss/align"
	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/internal/textnorm"
)

// Entry is one row of a development term list (ja<TAB>en<TAB>evidence).
type Entry struct {
	Line     int
	JA       string
	EN       string
	Variants []string // the English forms the row accepts
	Attested string   // the variant found in the corpus, "" when none is
}

var parenRE = regexp.MustCompile(`\s*[（(]([^()（）]*)[)）]`)

// ParseList reads a term list: a header line, then ja<TAB>en<TAB>evidence rows. The
// English column may hold alternatives: "South Korea / Republic of Korea (ROK)", optional
// words in parentheses "(American) Homeland", a trailing note "model allies (sg. model
// ally)". Every reading becomes a variant.
func ParseList(text string) []Entry {
	var out []Entry
	for i, line := range strings.Split(text, "\n") {
		f := strings.Split(line, "\t")
		if i == 0 || len(f) < 2 || strings.TrimSpace(f[0]) == "" {
			continue
		}
		ja := strings.TrimSpace(parenRE.ReplaceAllString(f[0], ""))
		out = append(out, Entry{Line: i + 1, JA: ja, EN: strings.TrimSpace(f[1]), Variants: variants(f[1])})
	}
	return out
}

var notePrefix = regexp.MustCompile(`^(sg\.|pl\.|formerly|U\.S\. official:|e\.g\.|cf\.)\s*`)

func variants(en string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		s = strings.Trim(strings.TrimSpace(s), `'"‘’“”`)
		s = strings.Join(strings.Fields(s), " ")
		if s == "" || seen[s] || s == "approximate" {
			return
		}
		seen[s] = true
		out = append(out, s)
	}
	for _, alt := range strings.Split(en, " / ") {
		alt = strings.TrimSpace(alt)
		add(parenRE.ReplaceAllString(alt, ""))                        // without the parentheses
		add(parenRE.ReplaceAllStringFunc(alt, func(m string) string { // with optional words filled in
			inner := parenRE.FindStringSubmatch(m)[1]
			if strings.ContainsAny(inner, ":;.'") || inner == "approximate" || strings.HasPrefix(inner, "sg") {
				return ""
			}
			return " " + inner
		}))
		// a parenthesis at the end is an alternative or a note; inside, an optional word
		if m := parenRE.FindStringSubmatchIndex(alt); m != nil {
			last := parenRE.FindAllStringSubmatchIndex(alt, -1)
			m = last[len(last)-1]
			if m[1] != len(alt) {
				continue
			}
			inner := notePrefix.ReplaceAllString(alt[m[2]:m[3]], "")
			for _, part := range strings.Split(inner, ";") {
				if a, b, ok := strings.Cut(part, ":"); ok {
					add(a)
					add(b)
					continue
				}
				add(part)
			}
		}
	}
	return out
}

// Corpus is the text in which [Attest] looks for a run's English: the English sources, the
// Japanese commentaries (whose parentheses hold English) and the bitext's English.
func Corpus(ja, en []align.Doc, bitext []align.BitextSegment) []string {
	var out []string
	for _, d := range en {
		out = append(out, d.Text)
	}
	for _, d := range ja {
		out = append(out, d.Text)
	}
	var b strings.Builder
	for _, s := range bitext {
		b.WriteString(s.EN + "\n")
	}
	return append(out, b.String())
}

// Attest marks, for each entry, the first variant that occurs in the corpus text (whole
// words, case, hyphenation and plural folded). Single function words never count.
func Attest(entries []Entry, corpus []string) {
	ix := enterm.NewIndex()
	for _, t := range corpus {
		ix.AddText("", t)
	}
	for i := range entries {
		for _, v := range entries[i].Variants {
			if len(strings.Fields(v)) > enterm.MaxN {
				// longer than an n-gram: a plain substring test on the folded text
				for _, t := range corpus {
					if strings.Contains(textnorm.Loose(t), textnorm.Loose(v)) {
						entries[i].Attested = v
						break
					}
				}
			} else if g := ix.Lookup(v); g != nil {
				entries[i].Attested = v
				if enterm.IsAcronym(v) && !acronymIn(v, corpus) {
					entries[i].Attested = "" // "LAWS" is not "laws"
				}
			}
			if entries[i].Attested != "" {
				break
			}
		}
	}
}

func acronymIn(a string, corpus []string) bool {
	for _, t := range corpus {
		for i := strings.Index(t, a); i >= 0; {
			end := i + len(a)
			if (i == 0 || !isWordByte(t[i-1])) && (end == len(t) || !isWordByte(t[end])) {
				return true
			}
			j := strings.Index(t[i+1:], a)
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	return false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// Evaluation is the comparison of proposals with a term list.
type Evaluation struct {
	Entries           int // rows in the list
	Attested          int // rows whose English the corpus attests: the ones counted
	Found             int // attested rows with a proposal matching one of their variants
	Auto, AutoCorrect int // auto proposals for attested rows' Japanese, and how many match
	Recall, Precision float64
	Missed            []Miss
	WrongAuto         []align.Pair
	ProposalsTotal    int
	AutoTotal         int
	// Bands holds the precision of each score band, over the proposals for the Japanese
	// of attested rows: the measure behind the thresholds of the statuses.
	Bands []Band
	// RightAuto is the share of the right proposals that are auto.
	RightAuto float64
}

// Band is the precision of the proposals whose score lies in [Low, High).
type Band struct {
	Low, High    float64
	Right, Total int
}

// Precision is Right/Total, 0 for an empty band.
func (b Band) Precision() float64 {
	if b.Total == 0 {
		return 0
	}
	return float64(b.Right) / float64(b.Total)
}

// Bands are the bands Evaluate reports: auto, the upper and the lower review band.
var Bands = [][2]float64{{align.AutoScore, 1.01}, {0.75, align.AutoScore}, {align.ReviewScore, 0.75}}

// Miss is an attested row with no matching proposal, and what was proposed instead.
type Miss struct {
	Entry    Entry
	Proposed []string // the English proposed for the same Japanese
}

// Evaluate compares pairs with the attested entries.
func Evaluate(entries []Entry, pairs []align.Pair) Evaluation {
	ev := Evaluation{Entries: len(entries), ProposalsTotal: len(pairs)}
	byJA := map[string][]align.Pair{}
	for _, p := range pairs {
		k := textnorm.Key(p.JA)
		byJA[k] = append(byJA[k], p)
		if p.Status == align.Auto {
			ev.AutoTotal++
		}
	}
	matches := func(e Entry, p align.Pair) bool {
		pk := enterm.Key(p.EN)
		for _, v := range e.Variants {
			if enterm.Key(v) == pk {
				return true
			}
		}
		return false
	}
	autoSeen := map[string]bool{}
	for _, b := range Bands {
		ev.Bands = append(ev.Bands, Band{Low: b[0], High: b[1]})
	}
	// a proposal is right when it matches some attested row of its Japanese
	right := map[string]bool{}
	counted := map[string]bool{}
	for _, e := range entries {
		if e.Attested == "" {
			continue
		}
		for _, p := range byJA[textnorm.Key(e.JA)] {
			if matches(e, p) {
				right[p.JA+"\x00"+p.EN] = true
			}
		}
	}
	rightAll, rightAuto := 0, 0
	for _, e := range entries {
		if e.Attested == "" {
			continue
		}
		for _, p := range byJA[textnorm.Key(e.JA)] {
			k := p.JA + "\x00" + p.EN
			if counted[k] {
				continue
			}
			counted[k] = true
			if right[k] {
				rightAll++
				if p.Status == align.Auto {
					rightAuto++
				}
			}
			for i := range ev.Bands {
				if b := &ev.Bands[i]; p.Score >= b.Low && p.Score < b.High {
					b.Total++
					if right[k] {
						b.Right++
					}
				}
			}
		}
	}
	if rightAll > 0 {
		ev.RightAuto = float64(rightAuto) / float64(rightAll)
	}
	for _, e := range entries {
		if e.Attested == "" {
			continue
		}
		ev.Attested++
		ps := byJA[textnorm.Key(e.JA)]
		found := false
		var proposed []string
		for _, p := range ps {
			ok := matches(e, p)
			if ok {
				found = true
			}
			proposed = append(proposed, fmt.Sprintf("%s (%s %.2f)", p.EN, p.Status, p.Score))
			if p.Status == align.Auto && !autoSeen[p.JA+"\x00"+p.EN] {
				autoSeen[p.JA+"\x00"+p.EN] = true
				ev.Auto++
				if right[p.JA+"\x00"+p.EN] { // right for some row of its Japanese: a term listed twice, one rendering per document
					ev.AutoCorrect++
				} else {
					ev.WrongAuto = append(ev.WrongAuto, p)
				}
			}
		}
		if found {
			ev.Found++
		} else {
			ev.Missed = append(ev.Missed, Miss{Entry: e, Proposed: proposed})
		}
	}
	if ev.Attested > 0 {
		ev.Recall = float64(ev.Found) / float64(ev.Attested)
	}
	ev.Precision = 1
	if ev.Auto > 0 {
		ev.Precision = float64(ev.AutoCorrect) / float64(ev.Auto)
	}
	sort.Slice(ev.Missed, func(i, j int) bool { return ev.Missed[i].Entry.Line < ev.Missed[j].Entry.Line })
	return ev
}

// Print writes the evaluation as a report.
func (ev Evaluation) Print(w io.Writer) {
	fmt.Fprintf(w, "rows %d, English attested in the corpus %d\n", ev.Entries, ev.Attested)
	fmt.Fprintf(w, "recall among proposals: %.3f (%d/%d)\n", ev.Recall, ev.Found, ev.Attested)
	fmt.Fprintf(w, "precision of auto:      %.3f (%d/%d)\n", ev.Precision, ev.AutoCorrect, ev.Auto)
	fmt.Fprintf(w, "proposals: %d (%d auto)\n", ev.ProposalsTotal, ev.AutoTotal)
	fmt.Fprintf(w, "right proposals that are auto: %.3f\n", ev.RightAuto)
	for _, b := range ev.Bands {
		hi := fmt.Sprintf("%.2f)", b.High)
		if b.High > 1 {
			hi = "1]"
		}
		fmt.Fprintf(w, "score [%.2f, %s precision %.3f (%d/%d)\n", b.Low, hi, b.Precision(), b.Right, b.Total)
	}
	for _, m := range ev.Missed {
		fmt.Fprintf(w, "missed: %s = %s (attested as %q); proposed: %s\n", m.Entry.JA, m.Entry.EN, m.Entry.Attested, orNone(m.Proposed))
	}
	for _, p := range ev.WrongAuto {
		fmt.Fprintf(w, "wrong auto: %s = %s (%.2f)\n", p.JA, p.EN, p.Score)
	}
}

func orNone(s []string) string {
	if len(s) == 0 {
		return "nothing"
	}
	return strings.Join(s, ", ")
}
