package tm

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// sampleSDLXLIFF is a small Trados Studio file: XLIFF 1.2 with the sdl: namespace, one
// trans-unit holding two sentences as <mrk mtype="seg"> segments in seg-source and
// target, and a segment with an inline code (g) and one left untranslated.
const sampleSDLXLIFF = `<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2" sdl:version="1.0">
<file original="statement.docx" datatype="x-sdlfilterframework2" source-language="ja-JP" target-language="en-US">
<header><sdl:filetype-info><sdl:filetype-id>Word 2007 v 2.0.0.0</sdl:filetype-id></sdl:filetype-info></header>
<body>
<trans-unit id="0c1e5a4e-1">
<source>拡大抑止は同盟の中核である。同盟を強化する。</source>
<seg-source><mrk mtype="seg" mid="1">拡大抑止は同盟の中核である。</mrk><mrk mtype="seg" mid="2">同盟を強化する。</mrk></seg-source>
<target><mrk mtype="seg" mid="1">Extended deterrence is the core of the Alliance.</mrk><mrk mtype="seg" mid="2">We strengthen the Alliance.</mrk></target>
<sdl:seg-defs><sdl:seg id="1" conf="Translated"/><sdl:seg id="2" conf="ApprovedTranslation"/></sdl:seg-defs>
</trans-unit>
<trans-unit id="0c1e5a4e-2">
<source>抑止力を<g id="5">高める</g>。</source>
<seg-source><mrk mtype="seg" mid="3">抑止力を<g id="5">高める</g>。</mrk></seg-source>
<target><mrk mtype="seg" mid="3">Enhance <g id="5">deterrence</g>.</mrk></target>
<sdl:seg-defs><sdl:seg id="3" conf="Translated"/></sdl:seg-defs>
</trans-unit>
<trans-unit id="0c1e5a4e-3">
<source>未訳の文。</source>
<seg-source><mrk mtype="seg" mid="4">未訳の文。</mrk></seg-source>
<target><mrk mtype="seg" mid="4"></mrk></target>
</trans-unit>
</body>
</file>
</xliff>
`

// TestAddSDLXLIFF adds a Trados SDLXLIFF: each <mrk mtype="seg"> segment with a target is a
// unit, the inline code kept as TMX markup, the empty target left out.
func TestAddSDLXLIFF(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	file := filepath.Join(dir, "statement.docx.sdlxliff")
	os.WriteFile(file, []byte(sampleSDLXLIFF), 0o644)
	m := newMemory(t, dir)
	res, err := m.AddFile(ctx, file)
	if err != nil {
		t.Fatal(err)
	}
	var units []*Unit
	m.Store.Scan(ctx, func(u *Unit) bool { units = append(units, u); return true })
	want := [][2]string{
		{"拡大抑止は同盟の中核である。", "Extended deterrence is the core of the Alliance."},
		{"同盟を強化する。", "We strengthen the Alliance."},
		{"抑止力を高める。", "Enhance deterrence."},
	}
	if res.Added != len(want) || len(units) != len(want) {
		t.Fatalf("added %d (ignored %v), stored %d; want %d", res.Added, res.Ignored, len(units), len(want))
	}
	for i, w := range want {
		if units[i].JA != w[0] || units[i].EN != w[1] {
			t.Errorf("unit %d: %q → %q, want %q → %q", i, units[i].JA, units[i].EN, w[0], w[1])
		}
	}
	if units[2].JAMarkup == "" || units[2].ENMarkup == "" {
		t.Errorf("the inline code was not kept: %q, %q", units[2].JAMarkup, units[2].ENMarkup)
	}
	if units[1].Prev != units[0].JAKey {
		t.Errorf("the second segment's context is %q, want the first's key", units[1].Prev)
	}
}
