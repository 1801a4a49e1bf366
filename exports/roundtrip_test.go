package exports_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/exports/delim"
	"github.com/glossterm/gloss/exports/internal/exptest"
	"github.com/glossterm/gloss/exports/tbx"
	"github.com/glossterm/gloss/exports/xlsx"
	"github.com/glossterm/gloss/glossary"
)

// TestRoundTripDefault exports the embedded default glossary (every status) and reads it
// back: tbx, tbx3, csv and xlsx generic give back the same glossary, less what the format
// does not carry.
func TestRoundTripDefault(t *testing.T) {
	g, err := glossary.Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Concepts) < 2 {
		t.Skip("the default glossary is nearly empty")
	}
	o := exptest.All(exptest.Options())
	known := g.Languages
	for _, tc := range []struct {
		name  string
		write func(io.Writer) (*exports.Report, error)
		read  func(io.Reader) (*glossary.Glossary, error)
		drop  []string
	}{
		{name: "tbx", write: func(w io.Writer) (*exports.Report, error) { return tbx.Write(w, g, tbx.V2, o) },
			read: func(r io.Reader) (*glossary.Glossary, error) { return tbx.Read(r, "x.tbx", known) }},
		{name: "tbx3", write: func(w io.Writer) (*exports.Report, error) { return tbx.Write(w, g, tbx.V3, o) },
			read: func(r io.Reader) (*glossary.Glossary, error) { return tbx.Read(r, "x.tbx", known) }},
		{name: "csv", write: func(w io.Writer) (*exports.Report, error) { return delim.WriteCSV(w, g, o) },
			read: func(r io.Reader) (*glossary.Glossary, error) {
				return delim.Read(r, "x.csv", delim.ReadOptions{Known: known})
			}, drop: []string{"term.pos", "term.short"}},
		{name: "xlsx", write: func(w io.Writer) (*exports.Report, error) { return xlsx.Write(w, g, o) },
			read: func(r io.Reader) (*glossary.Glossary, error) { return xlsx.Read(r, "x.xlsx", known) },
			drop: []string{"term.pos", "term.short"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			rep, err := tc.write(&b)
			if err != nil {
				t.Fatal(err)
			}
			if rep.Written != len(g.Concepts) {
				t.Errorf("wrote %d of %d concepts", rep.Written, len(g.Concepts))
			}
			back, err := tc.read(&b)
			if err != nil {
				t.Fatal(err)
			}
			exptest.Same(t, back, exptest.Strip(g, tc.drop...))
		})
	}
}
