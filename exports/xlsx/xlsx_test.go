package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/exports/internal/exptest"
	"github.com/glossterm/gloss/glossary"
)

func write(t testing.TB, g *glossary.Glossary, o exports.Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if _, err := Write(&b, g, o); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestGeneric(t *testing.T) {
	data := write(t, exptest.Sample(t), exptest.Options())
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Glossary")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(rows[0], "|"); got != "id|subject|status|ja|ja status|ja variants|ja definition|ja notes|en|en status|en variants|en definition|en notes|note|sources" {
		t.Errorf("header %s", got)
	}
	if len(rows) != 4 {
		t.Errorf("%d rows, want the header and 3 approved concepts", len(rows))
	}
	// formula safety: the cell holds the text, typed as a string, with no formula
	for _, cell := range []string{"D4", "H4", "B4"} {
		typ, err := f.GetCellType("Glossary", cell)
		if err != nil {
			t.Fatal(err)
		}
		if typ != excelize.CellTypeInlineString {
			t.Errorf("%s has type %v, want an inline string", cell, typ)
		}
		if fml, _ := f.GetCellFormula("Glossary", cell); fml != "" {
			t.Errorf("%s has the formula %q", cell, fml)
		}
	}
	if v, _ := f.GetCellValue("Glossary", "D4"); v != "=1+1" {
		t.Errorf("D4 = %q, want the text =1+1", v)
	}
	panes, err := f.GetPanes("Glossary")
	if err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("header row not frozen: %+v %v", panes, err)
	}
}

func TestRoundTrip(t *testing.T) {
	g := exptest.Sample(t)
	data := write(t, g, exptest.All(exptest.Options()))
	back, err := Read(bytes.NewReader(data), "x.xlsx", []string{"ja", "en"})
	if err != nil {
		t.Fatal(err)
	}
	exptest.Same(t, back, exptest.Strip(g, "term.pos"))
}

func TestProfiles(t *testing.T) {
	g := exptest.Sample(t)
	for _, tc := range []struct {
		profile string
		header  string
		check   func(*glossary.Glossary) string
	}{
		{profile: "memoq", header: "Japanese|Japanese definition|English|English definition|Subject|Note|ID",
			check: func(b *glossary.Glossary) string {
				if en := b.Concepts[1].Terms["en"]; len(en) != 2 || en[1].Text != "counterstrike capability" {
					return "memoQ alternatives not split back"
				}
				return ""
			}},
		{profile: "trados", header: "Japanese|Japanese|Japanese definition|English|English|English definition|Subject|Note|ID",
			check: func(b *glossary.Glossary) string {
				if ja := b.Concepts[2].Terms["ja"]; len(ja) != 2 || ja[1].Text != "+81 番号" {
					return "repeated language columns not read as synonyms"
				}
				return ""
			}},
		{profile: "phrase", header: "id|domain|definition|ja|ja forbidden|ja preferred|ja note|en|en forbidden|en preferred|en note",
			check: func(b *glossary.Glossary) string {
				en := b.Concepts[0].Terms["en"]
				if len(en) != 2 || en[1].Status != glossary.Forbidden || en[1].Note != "not used in official texts" {
					return "forbidden flag or note lost"
				}
				if b.Concepts[1].Terms["en"][1].Status != glossary.Admitted {
					return "preferred=FALSE not read as admitted"
				}
				return ""
			}},
		{profile: "crowdin", header: "term_ja|description_ja|term_en|description_en",
			check: func(b *glossary.Glossary) string {
				if b.Concepts[0].Definition["ja"] == "" {
					return "description lost"
				}
				return ""
			}},
	} {
		t.Run(tc.profile, func(t *testing.T) {
			o := exptest.Options()
			o.Profile = tc.profile
			data := write(t, g, o)
			f, err := excelize.OpenReader(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			rows, _ := f.GetRows("Glossary")
			f.Close()
			if got := strings.Join(rows[0], "|"); got != tc.header {
				t.Errorf("header %s, want %s", got, tc.header)
			}
			back, err := Read(bytes.NewReader(data), "x.xlsx", []string{"ja", "en"})
			if err != nil {
				t.Fatal(err)
			}
			if msg := tc.check(back); msg != "" {
				t.Errorf("%s:\n%s", msg, glossary.Format(back))
			}
		})
	}
	if tc := "phrase"; true {
		o := exptest.Options()
		o.Profile = tc
		f, _ := excelize.OpenReader(bytes.NewReader(write(t, g, o)))
		defer f.Close()
		if typ, _ := f.GetCellType("Glossary", "E2"); typ != excelize.CellTypeBool {
			t.Errorf("phrase forbidden cell has type %v, want a boolean", typ)
		}
	}
}

// bomb returns a zip whose sheet declares 1 TiB unzipped.
func bomb(t testing.TB) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "xl/worksheets/sheet1.xml", Method: zip.Deflate, CompressedSize64: 2, UncompressedSize64: 1 << 40})
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte{3, 0})
	zw.Close()
	return b.Bytes()
}

func TestBadInput(t *testing.T) {
	good := write(t, exptest.Sample(t), exptest.Options())
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{name: "renamed csv", data: []byte("ja,en\n抑止,deterrence\n"), want: "looks like CSV renamed"},
		{name: "truncated", data: good[:len(good)/2], want: "truncated or damaged"},
		{name: "zip bomb", data: bomb(t), want: "zip bomb"},
		{name: "empty", data: nil, want: "not an XLSX workbook"},
		{name: "sheet cut mid-row", data: cutPart(t, good, "xl/worksheets/sheet1.xml"), want: "the part xl/worksheets/sheet1.xml is cut off: it does not end with </worksheet>"},
		{name: "workbook cut", data: cutPart(t, good, "xl/workbook.xml"), want: "the part xl/workbook.xml is cut off"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read(bytes.NewReader(tc.data), "x.xlsx", nil)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want %q", err, tc.want)
			}
		})
	}
}

// cutPart rewrites a workbook with the named part cut off in its middle, as a converter that
// died mid-write leaves it: a valid zip whose XML stops inside a row.
func cutPart(t *testing.T, data []byte, name string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	found := false
	for _, f := range zr.File {
		rc, _ := f.Open()
		content, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name == name {
			content, found = content[:len(content)/2], true
		}
		w, _ := zw.Create(f.Name)
		w.Write(content)
	}
	zw.Close()
	if !found {
		t.Fatalf("no part %s", name)
	}
	return b.Bytes()
}

// TestNoTempFilesLeft: reading and writing leave nothing in the temporary directory, also
// when reading fails.
func TestNoTempFilesLeft(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("TMPDIR", dir)
	good := write(t, exptest.Sample(t), exptest.Options())
	if _, err := Read(bytes.NewReader(good), "x.xlsx", nil); err != nil {
		t.Fatal(err)
	}
	Read(bytes.NewReader(bomb(t)), "x.xlsx", nil)
	Read(bytes.NewReader(cutPart(t, good, "xl/worksheets/sheet1.xml")), "x.xlsx", nil)
	if entries, _ := os.ReadDir(dir); len(entries) > 0 {
		t.Errorf("left %d files in the temporary directory, first %s", len(entries), entries[0].Name())
	}
}

func TestUnknownColumn(t *testing.T) {
	f := excelize.NewFile()
	f.SetSheetRow("Sheet1", "A1", &[]any{"ja", "en", "colour"})
	f.SetSheetRow("Sheet1", "A2", &[]any{"抑止", "deterrence", "red"})
	var b bytes.Buffer
	f.Write(&b)
	_, err := Read(&b, "x.xlsx", nil)
	if err == nil || !strings.Contains(err.Error(), `x.xlsx (sheet Sheet1):1:3: unknown column "colour"`) {
		t.Errorf("error %v", err)
	}
}

func FuzzRead(f *testing.F) {
	f.Add(write(f, exptest.Sample(f), exptest.Options()))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := Read(bytes.NewReader(data), "f.xlsx", []string{"ja", "en"})
		if err == nil && g == nil {
			t.Fatal("nil glossary without an error")
		}
	})
}

// TestUnzipLimit: a workbook may unzip to 512 MiB, or to 100 times its size when that is
// more (a million-row export), up to 4 GiB.
func TestUnzipLimit(t *testing.T) {
	for _, tc := range []struct {
		size int
		want int64
	}{
		{0, 512 << 20},
		{1 << 20, 512 << 20},
		{40 << 20, 4000 << 20},
		{256 << 20, 4 << 30},
	} {
		if got := unzipLimit(tc.size); got != tc.want {
			t.Errorf("unzipLimit(%d MiB) = %d MiB, want %d MiB", tc.size>>20, got>>20, tc.want>>20)
		}
	}
}
