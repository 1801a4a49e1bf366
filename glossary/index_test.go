package glossary

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

const lookupGlossary = `gloss: 1
languages: [ja, en]
concepts:
  - id: deterrence
    status: approved
    terms:
      ja: [抑止, {term: 抑止力, status: admitted}]
      en: [deterrence]
    sources: [{doc: D}]
  - id: extended-deterrence
    status: approved
    terms:
      ja: [拡大抑止]
      en: [extended deterrence, {term: expanded deterrence, status: forbidden}]
    sources: [{doc: D}]
  - id: integrated-deterrence
    status: approved
    terms:
      ja: [統合抑止]
      en: [integrated deterrence]
    sources: [{doc: D}]
  - id: model-allies
    status: approved
    terms:
      ja: [模範的な同盟国]
      en: [model allies, {term: model ally, status: admitted}]
    sources: [{doc: D}]
  - id: nato
    status: approved
    terms:
      ja: [北大西洋条約機構, {term: NATO, status: admitted}]
      en: [North Atlantic Treaty Organization, {term: NATO, status: admitted}]
    sources: [{doc: D}]
  - id: burden-sharing
    status: approved
    terms:
      ja: [負担分担]
      en: [burden-sharing]
    sources: [{doc: D}]
  - id: golden-dome
    status: approved
    terms:
      ja: [ゴールデン・ドーム]
      en: [Golden Dome]
    sources: [{doc: D}]
`

func TestLookup(t *testing.T) {
	g, err := Parse([]byte(lookupGlossary), "l.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ix := NewIndex(g)
	tests := []struct {
		name        string
		query       string
		want        []string // concept ids, best first
		kind        MatchKind
		suggestions []string
	}{
		{name: "japanese exact", query: "統合抑止", want: []string{"integrated-deterrence"}, kind: ExactMatch},
		{name: "english exact", query: "integrated deterrence", want: []string{"integrated-deterrence"}, kind: ExactMatch},
		{name: "title case", query: "Model Ally", want: []string{"model-allies"}, kind: ExactMatch},
		{name: "singular of preferred plural", query: "model ally", want: []string{"model-allies"}, kind: ExactMatch},
		{name: "plural fold", query: "integrated deterrences", want: []string{"integrated-deterrence"}, kind: VariantMatch},
		{name: "full-width latin", query: "ＮＡＴＯ", want: []string{"nato"}, kind: ExactMatch},
		{name: "half-width katakana", query: "ｺﾞｰﾙﾃﾞﾝ･ﾄﾞｰﾑ", want: []string{"golden-dome"}, kind: ExactMatch},
		{name: "middle dot dropped", query: "ゴールデンドーム", want: []string{"golden-dome"}, kind: VariantMatch},
		{name: "hyphen as space", query: "burden sharing", want: []string{"burden-sharing"}, kind: VariantMatch},
		{name: "en dash", query: "burden–sharing", want: []string{"burden-sharing"}, kind: ExactMatch},
		{name: "forbidden term finds its concept", query: "expanded deterrence", want: []string{"extended-deterrence"}, kind: ExactMatch},
		{name: "part of terms, exact first", query: "抑止", want: []string{"deterrence", "extended-deterrence", "integrated-deterrence"}},
		{name: "part of an english term", query: "Atlantic", want: []string{"nato"}, kind: PartialMatch},
		{name: "not found, suggestion", query: "統合抑正", suggestions: []string{"統合抑止"}},
		{name: "hiragana suggests katakana", query: "ごーるでんどーむ", suggestions: []string{"ゴールデン・ドーム"}},
		{name: "not found, nothing near", query: "サイバー", suggestions: []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ix.Lookup(tt.query)
			var ids []string
			for _, m := range r.Matches {
				ids = append(ids, m.Concept.ID)
			}
			if !reflect.DeepEqual(ids, tt.want) {
				t.Errorf("Lookup(%q) = %v, want %v", tt.query, ids, tt.want)
			}
			if tt.kind != "" && len(r.Matches) > 0 && r.Matches[0].Kind != tt.kind {
				t.Errorf("kind = %s, want %s", r.Matches[0].Kind, tt.kind)
			}
			if tt.suggestions != nil && !reflect.DeepEqual(r.Suggestions, tt.suggestions) {
				t.Errorf("suggestions = %q, want %q", r.Suggestions, tt.suggestions)
			}
		})
	}
}

func TestLookupDefaultGlossary(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	ix := NewIndex(g)
	for q, want := range map[string]string{
		"統合抑止": "integrated deterrence", "拡大抑止": "extended deterrence", "戦略的柔軟性": "strategic flexibility",
		"模範的な同盟国": "model allies", "model ally": "模範的な同盟国", "Model Allies": "模範的な同盟国",
		"extended deterrence": "拡大抑止", "ＮＡＴＯ": "NATO",
		// British and Australian spelling, and another counter of countries: one term
		"Minister of Defence": "防衛大臣", "defence cooperation": "防衛協力", "3か国の安全保障協力": "trilateral security cooperation",
		"三カ国の安全保障協力": "trilateral security cooperation",
	} {
		r := ix.Lookup(q)
		if len(r.Matches) == 0 || r.Matches[0].Kind == PartialMatch {
			t.Errorf("Lookup(%q): no exact match", q)
			continue
		}
		c := r.Matches[0].Concept
		if c.Preferred("ja").Text != want && c.Preferred("en").Text != want {
			t.Errorf("Lookup(%q) = %s, want the concept of %q", q, c.ID, want)
		}
	}
}

// TestCachedIndexAnswersLikeFresh: a compiled cache gives the same answers and the same
// glossary as parsing, a changed file is parsed again, and a damaged cache is ignored. The
// cache of a canonical file is built while it is parsed one concept at a time, that of a
// file with comments in its concepts from the whole parse.
func TestCachedIndexAnswersLikeFresh(t *testing.T) {
	g, err := Parse(DefaultSource(), DefaultName)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range g.Concepts {
		c.Comment = ""
	}
	g.Comment = strings.Repeat("x", cacheMin) // past cacheMin, so that the cache is used
	canonical := Format(g)
	// Pad past cacheMin with a comment so that the cache is used.
	padded := append([]byte("# "+strings.Repeat("x", cacheMin)+"\n"), DefaultSource()...)
	commented := bytes.Replace(padded, []byte("\n  - id: "), []byte("\n  # a comment in the list\n  - id: "), 1)
	t.Run("canonical", func(t *testing.T) { testCachedIndex(t, canonical, true) })
	t.Run("head comment", func(t *testing.T) { testCachedIndex(t, padded, true) })
	t.Run("comment in the list", func(t *testing.T) { testCachedIndex(t, commented, false) })
}

func testCachedIndex(t *testing.T, padded []byte, streamed bool) {
	dir := t.TempDir()
	t.Setenv("GLOSS_CACHE_DIR", filepath.Join(dir, "cache"))
	t.Setenv("GLOSS_CACHE", "")
	path := filepath.Join(dir, "gloss.yaml")
	os.WriteFile(path, padded, 0o644)

	fresh, err := Parse(padded, path)
	if err != nil {
		t.Fatal(err)
	}
	if got := buildCache(padded, path, filepath.Join(dir, "probe.idx")); got != streamed {
		t.Fatalf("cache built while parsing: %v, want %v", got, streamed)
	}
	freshIx := NewIndex(fresh)
	if _, err := OpenIndex(path); err != nil { // writes the cache
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "cache"))
	if len(entries) != 1 {
		t.Fatalf("cache holds %d files, want 1", len(entries))
	}
	cached, err := OpenIndex(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"抑止", "model ally", "統合抑正", "NATO", "deterrence"} {
		a, b := freshIx.Lookup(q), cached.Lookup(q)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("Lookup(%q) differs between fresh and cached index", q)
		}
	}
	if !reflect.DeepEqual(cached.TermLanguages(), freshIx.TermLanguages()) {
		t.Errorf("term languages %v, want %v", cached.TermLanguages(), freshIx.TermLanguages())
	}
	// Concepts streams the records before and after the whole glossary is decoded.
	for _, when := range []string{"streamed", "after Glossary"} {
		var streamed []*Concept
		for c := range cached.Concepts() {
			streamed = append(streamed, c)
		}
		if !reflect.DeepEqual(streamed, fresh.Concepts) {
			t.Errorf("%s: the cached concepts differ from the parsed ones", when)
		}
		if !reflect.DeepEqual(cached.Glossary(), fresh) {
			t.Error("the cached glossary differs from the parsed one")
		}
	}

	// A damaged cache entry is ignored.
	cp := filepath.Join(dir, "cache", entries[0].Name())
	os.WriteFile(cp, []byte("GLOSSIX\x03garbage"), 0o644)
	if ix, err := OpenIndex(path); err != nil || len(ix.Lookup("統合抑止").Matches) == 0 {
		t.Errorf("damaged cache: %v", err)
	}

	// A changed file gets a new entry.
	os.WriteFile(path, append(padded, []byte("  - id: new\n    terms: {en: [brand new]}\n")...), 0o644)
	ix, err := OpenIndex(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(ix.Lookup("brand new").Matches) != 1 {
		t.Error("changed file answered from the old cache")
	}
}

// TestOpenModelLeavesOutFieldPositions: from the cache, OpenModel's concepts are the
// parsed glossary's without the positions of fields (and so it must have read the cache,
// as the parse has them); without a cache, the parsed concepts whole.
func TestOpenModelLeavesOutFieldPositions(t *testing.T) {
	_, path, data := cachedDefault(t, nil)
	fresh, err := Parse(data, path)
	if err != nil {
		t.Fatal(err)
	}
	for _, cache := range []string{"off", "", ""} { // no cache, building it, reading it
		t.Setenv("GLOSS_CACHE", cache)
		ix, err := OpenModel(path)
		if err != nil {
			t.Fatal(err)
		}
		var model []*Concept
		for _, c := range ix.Lean() {
			model = append(model, c)
		}
		if cache == "off" {
			if !reflect.DeepEqual(model, fresh.Concepts) {
				t.Error("without a cache: the concepts differ from the parsed glossary's")
			}
			continue
		}
		want, _ := Parse(data, path)
		for _, c := range want.Concepts {
			c.FieldPos = nil
			for _, terms := range c.Terms {
				for _, t := range terms {
					t.FieldPos = nil
				}
			}
		}
		if !reflect.DeepEqual(model, want.Concepts) {
			t.Error("from the cache: the concepts differ from the parsed glossary's without field positions")
		}
	}
}

// TestNoDerivedForms: the compiled cache says whether any term has a short form, a verb or
// an adjective; an index not read from the cache never claims it has none.
func TestNoDerivedForms(t *testing.T) {
	plain := func(g *Glossary) {
		for _, c := range g.Concepts {
			for _, terms := range c.Terms {
				for _, t := range terms {
					t.Short, t.Verb, t.Adjective = nil, "", ""
				}
			}
		}
	}
	tests := []struct {
		name  string
		edit  func(*Glossary)
		cache string // GLOSS_CACHE
		want  bool
	}{
		{name: "the default glossary, which has short forms", edit: func(*Glossary) {}, want: false},
		{name: "no short form, verb or adjective", edit: plain, want: true},
		{name: "one verb", edit: func(g *Glossary) { plain(g); g.Concepts[7].Terms["en"][0].Verb = "deter" }, want: false},
		{name: "one adjective", edit: func(g *Glossary) { plain(g); g.Concepts[9].Terms["en"][0].Adjective = "allied" }, want: false},
		{name: "one short form", edit: func(g *Glossary) { plain(g); g.Concepts[3].Terms["en"][0].Short = []string{"the x"} }, want: false},
		{name: "none, but no cache", edit: plain, cache: "off", want: false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, err := Parse(DefaultSource(), DefaultName)
			if err != nil {
				t.Fatal(err)
			}
			tc.edit(g)
			g.Comment = strings.Repeat("x", cacheMin) // past cacheMin, so that the cache is used
			dir := t.TempDir()
			t.Setenv("GLOSS_CACHE_DIR", filepath.Join(dir, "cache"))
			t.Setenv("GLOSS_CACHE", tc.cache)
			path := filepath.Join(dir, "gloss.yaml")
			if err := os.WriteFile(path, Format(g), 0o644); err != nil {
				t.Fatal(err)
			}
			for _, round := range []string{"building the cache", "reading it"} {
				ix, err := OpenModel(path)
				if err != nil {
					t.Fatal(err)
				}
				if got := ix.NoDerivedForms(); got != tc.want {
					t.Errorf("%s: NoDerivedForms = %v, want %v", round, got, tc.want)
				}
			}
		})
	}
}

// TestLeanWalkDamagedRecord: a cache record that no longer decodes stands for one damaged
// concept in the walk that lint's matchers read; the records after it are read as before.
func TestLeanWalkDamagedRecord(t *testing.T) {
	g, path, _ := cachedDefault(t, func(g *Glossary) {
		g.Concepts[0].ID = "first-record-of-the-cache" // written nowhere else in the cache
	})
	dir := filepath.Dir(path)
	if _, err := OpenModel(path); err != nil { // builds the cache
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "cache"))
	if len(entries) == 0 {
		t.Fatal("no cache entry was written")
	}
	cp := filepath.Join(dir, "cache", entries[0].Name())
	file, _ := os.ReadFile(cp)
	// The records come last; the first concept's record opens with the length of its ID.
	// A length past the record's end makes that record undecodable.
	first := g.Concepts[0].ID
	at := bytes.Index(file, []byte(first))
	if bytes.Count(file, []byte(first)) != 1 || at < 1 || file[at-1] != byte(len(first)) {
		t.Fatalf("the record of %q was not found in the cache", first)
	}
	file[at-1] = 0x7f
	os.WriteFile(cp, file, 0o644)

	ix, err := OpenModel(path)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, c := range ix.Lean() {
		if c == nil {
			t.Fatal("the walk yielded a nil concept")
		}
		ids = append(ids, c.ID)
	}
	if len(ids) != len(g.Concepts) {
		t.Fatalf("walked %d concepts, want %d", len(ids), len(g.Concepts))
	}
	if !strings.Contains(ids[0], "damaged cache record") {
		t.Errorf("the damaged record's concept is %q, want a damaged-record placeholder", ids[0])
	}
	for i, c := range g.Concepts[1:] {
		if ids[i+1] != c.ID {
			t.Fatalf("concept %d after the damaged record: got %q, want %q", i+1, ids[i+1], c.ID)
		}
	}
}

// cachedDefault writes the default glossary, edited by edit, to a file of a test directory
// large enough to be cached (the cache in that directory too), and returns the glossary
// written, its path and its bytes.
func cachedDefault(t *testing.T, edit func(*Glossary)) (*Glossary, string, []byte) {
	t.Helper()
	g, err := Parse(DefaultSource(), DefaultName)
	if err != nil {
		t.Fatal(err)
	}
	g.Comment = strings.Repeat("x", cacheMin) // past cacheMin, so that the cache is used
	if edit != nil {
		edit(g)
	}
	data := Format(g)
	dir := t.TempDir()
	t.Setenv("GLOSS_CACHE_DIR", filepath.Join(dir, "cache"))
	t.Setenv("GLOSS_CACHE", "")
	path := filepath.Join(dir, "gloss.yaml")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return g, path, data
}
