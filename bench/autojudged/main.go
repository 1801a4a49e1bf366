// Command autojudged prints the precision of align's auto rows over the pairs a terminologist
// has judged (testdata/corpus/auto-judged.tsv: ja, en, right|wrong, reason), every wrong auto
// row, and the auto rows not judged yet, so that the judgments can be kept up to date.
// bench/dev-figures.sh runs it on align's output for the whole corpus with no glossary.
//
//	go run ./bench/autojudged JUDGED.tsv ALIGN-OUTPUT.tsv
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: autojudged JUDGED.tsv ALIGN-OUTPUT.tsv")
		os.Exit(2)
	}
	judged, err := readJudged(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "autojudged:", err)
		os.Exit(2)
	}
	autos, err := readAutos(os.Args[2])
	if err != nil {
		fmt.Fprintln(os.Stderr, "autojudged:", err)
		os.Exit(2)
	}
	var right, wrong int
	var wrongs, unjudged []string
	for _, a := range autos {
		j, ok := judged[a]
		switch {
		case !ok:
			unjudged = append(unjudged, a)
		case j.right:
			right++
		default:
			wrong++
			wrongs = append(wrongs, a+"\t"+j.reason)
		}
	}
	p := 0.0
	if right+wrong > 0 {
		p = float64(right) / float64(right+wrong)
	}
	fmt.Printf("auto rows: %d; judged: %d, right %d, precision %.3f (%d/%d); not judged yet: %d\n",
		len(autos), right+wrong, right, p, right, right+wrong, len(unjudged))
	for _, w := range wrongs {
		fmt.Printf("  wrong:      %s\n", w)
	}
	for _, u := range unjudged {
		fmt.Printf("  not judged: %s\n", u)
	}
}

type judgment struct {
	right  bool
	reason string
}

// readJudged reads the judgments, keyed by "ja<TAB>en".
func readJudged(path string) (map[string]judgment, error) {
	out := map[string]judgment{}
	err := eachRow(path, func(n int, f []string) error {
		if len(f) < 3 || f[2] != "right" && f[2] != "wrong" {
			return fmt.Errorf("%s:%d: want ja<TAB>en<TAB>right|wrong<TAB>reason", path, n)
		}
		j := judgment{right: f[2] == "right"}
		if len(f) > 3 {
			j.reason = f[3]
		}
		if !j.right && j.reason == "" {
			return fmt.Errorf("%s:%d: a wrong row needs its reason in the fourth column", path, n)
		}
		out[f[0]+"\t"+f[1]] = j
		return nil
	})
	return out, err
}

// readAutos reads the "ja<TAB>en" of the auto rows of align's TSV output.
func readAutos(path string) ([]string, error) {
	var out []string
	err := eachRow(path, func(n int, f []string) error {
		if len(f) < 4 {
			return fmt.Errorf("%s:%d: not a row of align's TSV output", path, n)
		}
		if f[3] == "auto" {
			out = append(out, f[0]+"\t"+f[1])
		}
		return nil
	})
	return out, err
}

// eachRow calls fn with the tab-separated fields of each line of path after the header.
func eachRow(path string, fn func(line int, fields []string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		if n == 1 || strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		if err := fn(n, strings.Split(sc.Text(), "\t")); err != nil {
			return err
		}
	}
	return sc.Err()
}
