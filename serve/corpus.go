package serve

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Corpus limits: the workbench holds the corpus in memory to find quotes in it.
const (
	maxCorpusFile  = 8 << 20
	maxCorpusTotal = 64 << 20
)

// corpus is the texts of --corpus DIR, read once at start. Requests name a file by its
// slash-separated path relative to the directory, and only the names listed here are
// served: nothing a request says reaches the file system.
type corpus struct {
	dir   string
	names []string            // sorted
	lines map[string][]string // name → its lines
}

// loadCorpus reads the UTF-8 text files (.txt, .tsv, .md, .csv) under dir.
func loadCorpus(dir string) (*corpus, error) {
	fi, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("corpus: %s is not a directory", dir)
	}
	c := &corpus{dir: dir, lines: map[string][]string{}}
	total := 0
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != dir && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		switch strings.ToLower(filepath.Ext(p)) {
		case ".txt", ".tsv", ".md", ".csv":
		default:
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		info, err := d.Info()
		if err != nil || info.Size() > maxCorpusFile || total+int(info.Size()) > maxCorpusTotal {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil || !utf8.Valid(data) {
			return nil
		}
		total += len(data)
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return nil
		}
		name := filepath.ToSlash(rel)
		c.names = append(c.names, name)
		c.lines[name] = strings.Split(strings.TrimSuffix(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n"), "\n")
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	sort.Strings(c.names)
	return c, nil
}

// locate finds the corpus line a source quotes: the line its loc names in its doc when the
// doc is a corpus file and the line holds the quote, else the first line of the corpus that
// holds the quote (or, for a quote cut short with "…", its beginning).
func (c *corpus) locate(doc, loc, quote string) (string, int, bool) {
	if c == nil {
		return "", 0, false
	}
	doc = filepath.ToSlash(doc)
	needle := quoteNeedle(quote)
	if lines, ok := c.lines[doc]; ok {
		if n := lineOf(loc); n > 0 && n <= len(lines) && (needle == "" || strings.Contains(lines[n-1], needle)) {
			return doc, n, true
		}
		if needle != "" {
			for i, l := range lines {
				if strings.Contains(l, needle) {
					return doc, i + 1, true
				}
			}
		}
	}
	if needle == "" {
		return "", 0, false
	}
	for _, name := range c.names {
		for i, l := range c.lines[name] {
			if strings.Contains(l, needle) {
				return name, i + 1, true
			}
		}
	}
	return "", 0, false
}

// quoteNeedle is the part of a quote to search for: the quote without an ellipsis that
// shortens it, and without outer white space.
func quoteNeedle(q string) string {
	q = strings.TrimSpace(q)
	if i := strings.Index(q, "…"); i >= 0 {
		q = q[:i]
	}
	q = strings.TrimSuffix(q, "...")
	q = strings.TrimSpace(q)
	if utf8.RuneCountInString(q) < 4 {
		return ""
	}
	return q
}

// lineOf reads "line 50", "l. 50", "50" or "line 50-52" as 50.
func lineOf(loc string) int {
	s := strings.TrimSpace(strings.ToLower(loc))
	for _, p := range []string{"lines", "line", "l.", "l"} {
		if strings.HasPrefix(s, p) {
			s = strings.TrimSpace(s[len(p):])
			break
		}
	}
	end := 0
	for end < len(s) && s[end] >= '0' && s[end] <= '9' {
		end++
	}
	n, err := strconv.Atoi(s[:end])
	if err != nil {
		return 0
	}
	return n
}
