package glossary

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// base is a valid glossary that each case below breaks in one way. The marker ‸ in a
// case's YAML marks where the problem must be reported; it is removed before parsing.
const validConcept = `  - id: extended-deterrence
    status: approved
    terms:
      ja: [拡大抑止]
      en: [extended deterrence]
    sources:
      - {doc: Joint Statement, quote: extended deterrence}
`

func TestValidateRules(t *testing.T) {
	tests := []struct {
		name     string
		concepts string // YAML of the concepts list; ‸ marks the expected position
		langs    string
		rule     string
		severity Severity
	}{
		{name: "duplicate id", concepts: validConcept + "  - id: ‸extended-deterrence\n    terms: {en: [other]}\n", rule: "id.duplicate"},
		{name: "id format", concepts: "  - id: ‸Extended_Deterrence\n    terms: {en: [x]}\n", rule: "id.format", severity: SevWarning},
		{name: "unknown homonym", concepts: "  - id: a\n    homonyms: ‸[nope]\n    terms: {en: [x]}\n", rule: "id.unknown"},
		{name: "bad language tag in terms", concepts: "  - id: a\n    terms:\n      ‸en_US!: [x]\n", rule: "lang.invalid"},
		{name: "undeclared language", concepts: "  - id: a\n    terms:\n      ‸fr: [dissuasion]\n", rule: "lang.undeclared", severity: SevWarning},
		{name: "bad declared language", langs: "[ja, 'e n']", concepts: "  - id: a\n    terms: {ja: [x]}\n", rule: "lang.invalid"},
		{name: "no languages", langs: "[]", concepts: "  - id: a\n    terms: {ja: [x]}\n", rule: "languages.missing"},
		{name: "bad concept status", concepts: "  - id: a\n    status: ‸final\n    terms: {en: [x]}\n", rule: "status.concept"},
		{name: "bad term status", concepts: "  - id: a\n    terms: {en: [{term: x, status: ‸banned}]}\n", rule: "status.term"},
		{name: "approved without preferred ja", concepts: "  - id: a\n    status: ‸approved\n    terms: {en: [x]}\n    sources: [{doc: D}]\n", rule: "concept.no-preferred"},
		{name: "approved without source", concepts: "  - id: a\n    status: ‸approved\n    terms: {ja: [エー], en: [x]}\n", rule: "concept.no-source"},
		{name: "no terms", concepts: "  - ‸id: a\n    subject: s\n", rule: "concept.no-terms"},
		{name: "same term in two concepts", concepts: validConcept + "  - id: b\n    terms: {en: [‸Extended Deterrence]}\n", rule: "term.duplicate"},
		{name: "same term twice in an entry", concepts: "  - id: a\n    terms: {en: [x, {term: ‸x, status: admitted}]}\n", rule: "term.duplicate-in-entry"},
		{name: "preferred and forbidden", concepts: "  - id: a\n    terms: {en: [x, {term: ‸X, status: forbidden}]}\n", rule: "term.preferred-forbidden"},
		{name: "empty term", concepts: "  - id: a\n    terms: {en: [x, ‸\"\"]}\n", rule: "term.empty"},
		{name: "padded term", concepts: "  - id: a\n    terms: {en: [‸\" x\"]}\n", rule: "term.space"},
		{name: "control character", concepts: "  - id: a\n    terms: {en: [‸\"x\\ty\"]}\n", rule: "term.control"},
		{name: "bidi override", concepts: "  - id: a\n    terms: {en: [‸\"deter\u202Erence\"]}\n", rule: "term.invisible", severity: SevWarning},
		{name: "bidi isolate", concepts: "  - id: a\n    terms: {ja: [‸\"\u2067拡大抑止\u2069\"]}\n", rule: "term.invisible", severity: SevWarning},
		{name: "zero-width space", concepts: "  - id: a\n    terms: {ja: [‸\"拡大\u200B抑止\"]}\n", rule: "term.invisible", severity: SevWarning},
		{name: "zero-width no-break space", concepts: "  - id: a\n    terms: {en: [‸\"extended\uFEFF deterrence\"]}\n", rule: "term.invisible", severity: SevWarning},
		{name: "zero-width joiner in Japanese", concepts: "  - id: a\n    terms: {ja: [‸\"拡大\u200D抑止\"]}\n", rule: "term.invisible", severity: SevWarning},
		{name: "not NFC", concepts: "  - id: a\n    terms: {ja: [‸\"か\\u3099\"]}\n", rule: "text.nfc"},
		{name: "full-width ASCII", concepts: "  - id: a\n    terms: {en: [‸ＮＡＴＯ]}\n", rule: "term.fullwidth-ascii"},
		{name: "half-width katakana", concepts: "  - id: a\n    terms: {ja: [‸ｺﾞｰﾙﾃﾞﾝﾄﾞｰﾑ]}\n", rule: "term.halfwidth-katakana"},
		{name: "half-width semi-voiced mark, the last of the block", concepts: "  - id: a\n    terms: {ja: [‸\"ポイントﾟ\"]}\n", rule: "term.halfwidth-katakana"},
		{name: "unknown boundary", concepts: "  - id: a\n    terms: {ja: [{term: 抑止, boundary: ‸kanji}]}\n", rule: "term.option"},
		{name: "except without the term", concepts: "  - id: a\n    terms: {ja: [{term: 国防省, except: ‸[防衛省]}]}\n", rule: "term.option"},
		{name: "empty verb", concepts: "  - id: a\n    terms: {en: [{term: deterrence, verb: ‸\"\"}]}\n", rule: "term.option"},
		{name: "short form is the term", concepts: "  - id: a\n    terms: {en: [{term: Alliance, short: ‸[alliance]}]}\n", rule: "term.option", severity: SevWarning},
		{name: "short form of a forbidden term", concepts: "  - id: a\n    terms: {en: [x, {term: y, status: forbidden, short: ‸[the y]}]}\n", rule: "term.option", severity: SevWarning},
		{name: "padded adjective", concepts: "  - id: a\n    terms: {en: [{term: North Korea, adjective: ‸\" North Korean\"}]}\n", rule: "term.space"},
		{name: "source without doc", concepts: "  - id: a\n    terms: {en: [x]}\n    sources:\n      - ‸{quote: q}\n", rule: "source.no-doc"},
		{name: "definition not NFC", concepts: "  - id: a\n    definition: {ja: ‸\"か\\u3099\"}\n    terms: {en: [x]}\n", rule: "text.nfc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			langs := tt.langs
			if langs == "" {
				langs = "[ja, en]"
			}
			src := "gloss: 1\nlanguages: " + langs + "\nconcepts:\n" + tt.concepts
			want := markerPos(src)
			src = strings.Replace(src, "‸", "", 1)
			g, err := Parse([]byte(src), "t.yaml")
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			sev := tt.severity
			if sev == "" {
				sev = SevError
			}
			var got []string
			for _, p := range Validate(g) {
				got = append(got, p.Error())
				if p.Rule == tt.rule && p.Severity == sev && (!want.IsValid() || p.Pos == want) {
					if p.Hint == "" || p.File != "t.yaml" {
						t.Errorf("problem without hint or file: %+v", p)
					}
					return
				}
			}
			t.Errorf("no %s %s at %d:%d; got:\n%s", sev, tt.rule, want.Line, want.Col, strings.Join(got, "\n"))
		})
	}
}

// TestInvisible: the character and its index are found, and the joiners that Persian,
// Hindi and emoji spell with are not flagged.
func TestInvisible(t *testing.T) {
	for _, tc := range []struct {
		term  string
		index int
		r     rune
	}{
		{term: "extended deterrence"},
		{term: "拡大抑止"},
		{term: "می\u200Cخواهم"},   // Persian: ZWNJ is spelling
		{term: "क्\u200Dष"},       // Devanagari: ZWJ selects a form
		{term: "👨\u200D👩\u200D👧"}, // an emoji sequence
		{term: "ab\u202Ecd", index: 3, r: 0x202E},
		{term: "拡大\u200B抑止", index: 3, r: 0x200B},
		{term: "\uFEFFx", index: 1, r: 0xFEFF},
		{term: "拡大\u200C抑止", index: 3, r: 0x200C},
	} {
		i, r, ok := invisible(tc.term)
		if ok != (tc.index > 0) || i != tc.index || r != tc.r {
			t.Errorf("invisible(%+q) = %d, %U, %v; want %d, %U", tc.term, i, r, ok, tc.index, tc.r)
		}
		if ok && stripInvisible(tc.term) == tc.term {
			t.Errorf("stripInvisible(%+q) left it unchanged", tc.term)
		}
	}
}

// markerPos returns the position of ‸ in src, or the zero Pos.
func markerPos(src string) Pos {
	i := strings.Index(src, "‸")
	if i < 0 {
		return Pos{}
	}
	return posAt([]byte(src), i)
}

func TestValidateReportsEveryProblemInOrder(t *testing.T) {
	src := "gloss: 1\nlanguages: [ja, en]\nconcepts:\n" +
		"  - id: a\n    status: done\n    terms: {en: [ＮＡＴＯ]}\n" +
		"  - id: a\n    terms: {en: [\" y\", {term: z, status: banned}]}\n"
	g, err := Parse([]byte(src), "t.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ps := Validate(g)
	var rules []string
	for i, p := range ps {
		rules = append(rules, p.Rule)
		if i > 0 && p.Pos.Before(ps[i-1].Pos) {
			t.Errorf("problems not sorted: %v before %v", ps[i-1], p)
		}
	}
	want := "status.concept term.fullwidth-ascii id.duplicate term.space status.term"
	if got := strings.Join(rules, " "); got != want {
		t.Errorf("rules = %s\nwant %s", got, want)
	}
}

func TestDefaultGlossaryIsValid(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range Validate(g) {
		t.Error(p)
	}
	if n := len(g.Concepts); n < 80 {
		t.Errorf("default glossary has %d concepts, want at least 80", n)
	}
	if got := Format(g); string(got) != string(DefaultSource()) {
		t.Error("default glossary is not in canonical form: run gloss fmt -w glossary/default.yaml")
	}
	approved := 0
	for _, c := range g.Concepts {
		if c.Status == Approved {
			approved++
		}
	}
	if approved < 80 {
		t.Errorf("%d approved concepts, want at least 80", approved)
	}
}

func TestRulesAreDocumented(t *testing.T) {
	src := "gloss: 1\nlanguages: [ja, 'x y']\nconcepts:\n  - id: A_\n    status: approved\n    terms: {fr: [\"\"]}\n"
	g, _ := Parse([]byte(src), "t.yaml")
	for _, p := range Validate(g) {
		if _, ok := Rules[p.Rule]; !ok {
			t.Errorf("rule %q is not in Rules", p.Rule)
		}
	}
}

// TestRetiredTermsAreNotDuplicates: a retired concept keeps its terms for the record; a
// live concept that takes one of them over is no term.duplicate, whichever comes first.
func TestRetiredTermsAreNotDuplicates(t *testing.T) {
	retired := "  - id: old\n    status: retired\n    terms: {en: [forward deployment]}\n"
	live := "  - id: new\n    terms: {en: [forward deployment]}\n"
	for name, concepts := range map[string]string{"retired first": retired + live, "retired second": live + retired} {
		g, err := Parse([]byte("gloss: 1\nlanguages: [en]\nconcepts:\n"+concepts), "t.yaml")
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range Validate(g) {
			if p.Rule == "term.duplicate" {
				t.Errorf("%s: %v", name, p)
			}
		}
	}
}

// TestValidateFileSameAsValidate: validating one concept at a time, from the YAML or from
// the compiled cache, finds what Validate finds on the whole model, in the same order.
func TestValidateFileSameAsValidate(t *testing.T) {
	var b strings.Builder
	b.WriteString("gloss: 1\nlanguages: [ja, en]\nconcepts:\n")
	for i := range 4000 {
		fmt.Fprintf(&b, "  - id: c%d\n    status: approved\n", i%3900) // duplicate ids
		if i%7 == 0 {
			fmt.Fprintf(&b, "    homonyms: [c%d, later-%d]\n", i+1, i) // a forward and an unknown id
		}
		if i%11 == 0 {
			fmt.Fprintf(&b, "    related: [c%d]\n", i+5000)
		}
		fmt.Fprintf(&b, "    terms:\n      ja:\n        - 用語%d\n      en:\n        - term %d\n        - {term: Term %d, status: admitted}\n",
			i%500, i, i%300) // duplicate terms across concepts, and in one
		if i%13 != 0 {
			b.WriteString("    sources:\n      - lang: en\n        doc: Generated\n        quote: the generated terms of a test glossary, long enough to pass the size\n")
		}
	}
	data := []byte(b.String())
	if len(data) < cacheMin || len(data) < chunkedMin {
		t.Fatalf("the glossary is too small (%d bytes) to be read in chunks and cached", len(data))
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "big.yaml")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	g, err := Parse(data, path)
	if err != nil {
		t.Fatal(err)
	}
	want := Validate(g)
	if len(want) < 1000 {
		t.Fatalf("only %d problems", len(want))
	}
	check := func(name string) {
		t.Helper()
		got, n, err := ValidateFile(path)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if n != 4000 || !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %d concepts, %d problems; want 4000, %d", name, n, len(got), len(want))
			for i := range min(len(got), len(want)) {
				if !reflect.DeepEqual(got[i], want[i]) {
					t.Fatalf("first difference at %d:\n%v\n%v", i, got[i], want[i])
				}
			}
		}
	}
	t.Setenv("GLOSS_CACHE", "off")
	check("parsed one concept at a time")
	t.Setenv("GLOSS_CACHE", "")
	t.Setenv("GLOSS_CACHE_DIR", filepath.Join(dir, "cache"))
	if _, err := OpenIndex(path); err != nil { // writes the cache
		t.Fatal(err)
	}
	check("from the cache")
	ix, err := OpenConcepts(path) // the cache without its tables: the same concepts
	if err != nil || ix.Len() != 4000 || !reflect.DeepEqual(ix.Glossary(), g) {
		t.Errorf("OpenConcepts: %v, %d concepts, or not the glossary Parse reads", err, ix.Len())
	}
	if ix, _ := OpenIndex(path); !reflect.DeepEqual(ValidateIndex(ix), want) {
		t.Error("ValidateIndex differs from Validate")
	}
}

// TestValidateIDsExactUnderCollisions: the validator keeps ids by their hash and confirms
// a hash against the id, so that ids whose hashes collide are still told apart: with every
// id hashed alike, the problems are those found with the real hash, duplicates and unknown
// references alike.
func TestValidateIDsExactUnderCollisions(t *testing.T) {
	src := "gloss: 1\nlanguages: [ja, en]\nconcepts:\n" +
		"  - id: a\n    terms: {en: [x]}\n" +
		"  - id: b\n    homonyms: [c, nope]\n    terms: {en: [y]}\n" +
		"  - id: c\n    related: [a, gone]\n    terms: {en: [z]}\n" +
		"  - id: b\n    terms: {en: [w]}\n" +
		"  - id: a\n    terms: {en: [v]}\n" +
		"  - id: d\n    homonyms: [b]\n    terms: {en: [x]}\n"
	g, err := Parse([]byte(src), "t.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := Validate(g)
	var rules []string
	for _, p := range want {
		rules = append(rules, p.Rule)
	}
	if got := strings.Join(rules, " "); got != "id.unknown id.unknown id.duplicate id.duplicate term.duplicate" {
		t.Fatalf("with the real hash: %s", got)
	}
	saved := idHash
	defer func() { idHash = saved }()
	idHash = func(string) uint64 { return 1 }
	if got := Validate(g); !reflect.DeepEqual(got, want) {
		t.Errorf("with every id's hash alike:\n%v\nwant\n%v", got, want)
	}
}
