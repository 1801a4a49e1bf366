package align

import (
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/textfile"
	"github.com/glossterm/gloss/internal/textnorm"
)

// Attestation says where a preferred term of an approved concept occurs in a corpus.
type Attestation struct {
	Concept string   `json:"concept"`
	Lang    string   `json:"lang"`
	Term    string   `json:"term"`
	Where   []string `json:"where"` // file:line, at most MaxWhere; empty when not attested
}

// MaxWhere bounds the places reported for one term.
const MaxWhere = 3

// Attest checks that each preferred term of each approved concept occurs in the corpus
// under dir: every .txt file and every .tsv bitext below it (regular files only; see
// [NonRegular]). Japanese terms are found in
// the text folded with textnorm.Key; English terms as whole words, case and plural folded.
func Attest(g *glossary.Glossary, dir string) ([]Attestation, error) {
	type line struct {
		where, key string
	}
	var lines []line
	en := map[string][]string{} // n-gram key → places
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		ext := filepath.Ext(path)
		if d.IsDir() || (ext != ".txt" && ext != ".tsv") || !textfile.Regular(path, d) {
			return nil // a named pipe or a device: opening it may block for ever
		}
		text, err := ReadText(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		for i, l := range strings.Split(text, "\n") {
			if strings.TrimSpace(l) == "" {
				continue
			}
			where := rel + ":" + itoa(i+1)
			lines = append(lines, line{where, textnorm.Key(l)})
			ix := enterm.NewIndex()
			ix.AddSentence("", 0, l)
			for j := 0; j < ix.Len(); j++ {
				k := ix.Get(j).Key
				if len(en[k]) < MaxWhere {
					en[k] = append(en[k], where)
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	var out []Attestation
	for _, c := range g.Concepts {
		if c.Status != glossary.Approved {
			continue
		}
		for _, lang := range c.Langs(g.Languages) {
			for _, t := range c.Terms[lang] {
				if t.Status != glossary.Preferred {
					continue
				}
				a := Attestation{Concept: c.ID, Lang: lang, Term: t.Text, Where: []string{}}
				if lang == "en" && len(strings.Fields(t.Text)) <= enterm.MaxN {
					a.Where = append(a.Where, en[enterm.Key(t.Text)]...)
				} else {
					k := textnorm.Key(t.Text)
					for _, l := range lines {
						if strings.Contains(l.key, k) {
							a.Where = append(a.Where, l.where)
							if len(a.Where) == MaxWhere {
								break
							}
						}
					}
				}
				out = append(out, a)
			}
		}
	}
	return out, nil
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// NonRegular lists the .txt and .tsv entries under dir that Attest skips because they are
// not regular files (named pipes, devices, sockets, dangling links), each as an error that
// says what it is.
func NonRegular(dir string) []error {
	var out []error
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		if ext := filepath.Ext(path); (ext == ".txt" || ext == ".tsv") && !textfile.Regular(path, d) {
			out = append(out, textfile.NotRegular(path, d))
		}
		return nil
	})
	return out
}
