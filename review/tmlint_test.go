package review

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glossterm/gloss/lint"
	"github.com/glossterm/gloss/tm"
)

// TestMemoryDocs: a memory's units become one lint document per origin file, each unit a
// segment named by its id in its file, and Fix points a finding in a document back at the
// unit's line and at the column in the unit's text.
func TestMemoryDocs(t *testing.T) {
	ctx := context.Background()
	m, err := tm.Open(ctx, filepath.Join(t.TempDir(), "t.tm"), true)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	units := []*tm.Unit{
		{JA: "拡大抑止を強化する。", EN: "We strengthen extended deterrence.", Origin: "a.tmx", OriginID: "u1", Line: 3},
		{JA: "統合抑止を進める。", EN: "We advance integrated\ndeterrence.", Origin: "a.tmx", Line: 7},
		{JA: "軍備管理", EN: "arms control", Origin: "b.tmx", OriginID: "x", Line: 2},
	}
	if _, err := m.AddUnits(ctx, "a.tmx", units); err != nil {
		t.Fatal(err)
	}
	ld, err := MemoryDocs(ctx, m, tm.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ld.Docs) != 2 || ld.Docs[0].File != "a.tmx" || ld.Docs[1].File != "b.tmx" {
		t.Fatalf("docs = %d %+v, want a.tmx and b.tmx", len(ld.Docs), ld.Docs)
	}
	a := ld.Docs[0]
	if len(a.Segments) != 2 || a.Segments[0].ID != "u1" || !strings.HasPrefix(a.Segments[1].ID, "unit ") {
		t.Fatalf("a.tmx segments = %+v, want ids u1 and unit N", a.Segments)
	}
	content := string(a.Content)
	wantContent := "拡大抑止を強化する。\nWe strengthen extended deterrence.\n統合抑止を進める。\nWe advance integrated deterrence.\n"
	if content != wantContent {
		t.Fatalf("content = %q, want %q (one line per side, line breaks as spaces)", content, wantContent)
	}
	// a finding on "deterrence" in the second unit's English text
	off := strings.LastIndex(content, "deterrence")
	fs := []lint.Finding{
		{File: "a.tmx", Offset: off, EndOffset: off + len("deterrence"), Message: "use X", Suggestion: "X"},
		{File: "other.xlf", Line: 9, Offset: 5, Message: "elsewhere"},
	}
	ld.Fix(fs)
	f := fs[0]
	col := len("We advance integrated ") + 1
	if f.Line != 7 || f.EndLine != 7 || f.Col != col || f.EndCol != col+len("deterrence") || f.ByteCol != col ||
		f.Offset != col-1 || f.Suggestion != "" || !strings.HasSuffix(f.Message, "(column in the unit's English text)") {
		t.Errorf("fixed finding = %+v, want line 7, col %d in the unit's English text, no suggestion", f, col)
	}
	if fs[1].Line != 9 || fs[1].Offset != 5 || fs[1].Message != "elsewhere" {
		t.Errorf("finding in another file changed: %+v", fs[1])
	}
	// a finding in the Japanese side says so
	jf := []lint.Finding{{File: "a.tmx", Offset: 0, EndOffset: len("拡大抑止"), Message: "m"}}
	ld.Fix(jf)
	if jf[0].Line != 3 || jf[0].Col != 1 || jf[0].EndCol != 5 || jf[0].EndByteCol != len("拡大抑止")+1 ||
		!strings.HasSuffix(jf[0].Message, "(column in the unit's Japanese text)") {
		t.Errorf("fixed Japanese finding = %+v, want line 3, cols 1-5 in the unit's Japanese text", jf[0])
	}
}
