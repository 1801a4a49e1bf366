package serve

import (
	"bytes"
	"html"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/lint"
)

// testProposals is a proposals file as gloss align writes one: two concepts the default
// glossary does not have, one with evidence in both languages.
const testProposals = `# Proposed by gloss align: review each concept, then set its status to approved.
gloss: 1
languages: [ja, en]
concepts:
  - id: supply-chain-resilience
    status: proposed
    note: "gloss align: サプライチェーン強靱化 = supply chain resilience: score 0.93 (auto)"
    terms:
      ja:
        - サプライチェーン強靱化
      en:
        - supply chain resilience
        - {term: resilient supply chains, status: admitted}
    sources:
      - lang: ja
        doc: ja/commentary.txt
        quote: 日米はサプライチェーン強靱化で協力を深める。
        loc: line 2
      - lang: en
        doc: en/source.txt
        quote: Allies will strengthen supply chain resilience together
        loc: line 1
  - id: critical-minerals
    status: proposed
    terms:
      ja:
        - 重要鉱物
      en:
        - critical minerals
    sources:
      - lang: en
        doc: en/source.txt
        quote: secure access to critical minerals for defense
`

// fixture is a workbench over a copy of the default glossary, a proposals file and a corpus.
type fixture struct {
	dir, glossary, proposals string
	s                        *Server
}

func newFixture(t *testing.T, mod func(*Config)) *fixture {
	t.Helper()
	dir := t.TempDir()
	f := &fixture{dir: dir, glossary: filepath.Join(dir, "gloss.yaml"), proposals: filepath.Join(dir, "proposed.yaml")}
	write(t, f.glossary, string(glossary.DefaultSource()))
	write(t, f.proposals, testProposals)
	write(t, filepath.Join(dir, "corpus", "ja", "commentary.txt"), "第一行。\n日米はサプライチェーン強靱化で協力を深める。\n")
	write(t, filepath.Join(dir, "corpus", "en", "source.txt"), "Allies will strengthen supply chain resilience together\nsecure access to critical minerals for defense\nThey met to discuss ways to sustain and strengthen extended deterrence, which is at the core of the Japan-U.S. Alliance.\n")
	write(t, filepath.Join(dir, "secret.txt"), "not for the web\n")
	cfg := Config{GlossaryPath: f.glossary, ProposalsPath: f.proposals, CorpusDir: filepath.Join(dir, "corpus")}
	if mod != nil {
		mod(&cfg)
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	f.s = s
	return f
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func (f *fixture) get(t *testing.T, path string) (int, string) {
	t.Helper()
	req := httptest.NewRequest("GET", "http://127.0.0.1:8080"+path, nil)
	rec := httptest.NewRecorder()
	f.s.ServeHTTP(rec, req)
	return rec.Code, rec.Body.String()
}

// post sends a same-origin form with the right token unless the form says otherwise.
func (f *fixture) post(t *testing.T, path string, form url.Values, hdr map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	if _, ok := form["csrf"]; !ok {
		form.Set("csrf", f.s.Token())
	}
	req := httptest.NewRequest("POST", "http://127.0.0.1:8080"+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", "http://127.0.0.1:8080")
	for k, v := range hdr {
		if v == "" {
			req.Header.Del(k)
		} else {
			req.Header.Set(k, v)
		}
	}
	rec := httptest.NewRecorder()
	f.s.ServeHTTP(rec, req)
	return rec
}

func TestPages(t *testing.T) {
	f := newFixture(t, nil)
	tests := []struct {
		name, path string
		code       int
		want       []string
		not        []string
	}{
		{name: "home", path: "/", code: 200, want: []string{`<form id="search-form"`, "concepts in", `<script src="/static/app.js"`}},
		{name: "search groups by concept with badges", path: "/search?q=" + url.QueryEscape("抑止"), code: 200,
			want: []string{`href="/concept/deterrence"`, `href="/concept/extended-deterrence"`, `class="badge s-approved"`, "contains it: 拡大抑止"}},
		{name: "search folds width", path: "/search?q=" + url.QueryEscape("ＮＡＴＯ"), code: 200, want: []string{`href="/concept/nato"`}},
		{name: "search folds case and plural", path: "/search?q=" + url.QueryEscape("MODEL ALLY"), code: 200, want: []string{`href="/concept/model-allies"`}},
		{name: "search flags a forbidden term", path: "/search?q=" + url.QueryEscape("expanded deterrence"), code: 200,
			want: []string{`href="/concept/extended-deterrence"`, "expanded deterrence is forbidden here"}},
		{name: "search without match suggests", path: "/search?q=" + url.QueryEscape("extended deterence"), code: 200,
			want: []string{"is not in the glossary", "Did you mean"}},
		{name: "search fragment for the script", path: "/search?fragment=1&q=" + url.QueryEscape("抑止"), code: 200,
			want: []string{`href="/concept/deterrence"`}, not: []string{"<html", "<header"}},
		{name: "concept page", path: "/concept/extended-deterrence", code: 200,
			want: []string{"拡大抑止", "extended deterrence", `class="badge s-forbidden"`, "not used in official texts", "<h2>Definition</h2>",
				`<a href="/concept/extended-nuclear-deterrence">`, "<mark>extended deterrence</mark>", `href="/corpus/en/source.txt#L3"`, "en/source.txt:3"}},
		{name: "unknown concept", path: "/concept/no-such-concept", code: 404, want: []string{"No concept has the id"}},
		{name: "browse", path: "/browse", code: 200, want: []string{"Subject", `href="/browse?subject=nuclear"`, `href="/browse?status=approved"`, "next →"}},
		{name: "browse by subject", path: "/browse?subject=nuclear", code: 200, want: []string{`href="/concept/minimum-deterrence"`}, not: []string{`href="/concept/nato"`}},
		{name: "browse by status", path: "/browse?status=proposed", code: 200, want: []string{`href="/concept/collective-deterrence"`}, not: []string{`href="/concept/extended-deterrence"`}},
		{name: "review queue", path: "/review", code: 200,
			want: []string{"2 proposals", "supply-chain-resilience", "<mark>サプライチェーン強靱化</mark>", `href="/corpus/ja/commentary.txt#L2"`,
				`action="/review/accept"`, `action="/review/reject"`, `href="/review/edit/supply-chain-resilience"`, `name="csrf" value="` + f.s.Token() + `"`}},
		{name: "edit form", path: "/review/edit/supply-chain-resilience", code: 200,
			want: []string{`name="edited" value="1"`, "supply chain resilience\nresilient supply chains</textarea>"}},
		{name: "edit unknown", path: "/review/edit/nope", code: 404},
		{name: "a crafted message is not shown", path: "/review?done=accepted&id=critical-minerals&how=added+as&into=deterrence", code: 200, not: []string{"Accepted"}},
		{name: "a crafted rejection is not shown", path: "/review?done=rejected&id=critical-minerals", code: 200, not: []string{"Rejected"}},
		{name: "check form", path: "/check", code: 200, want: []string{`enctype="multipart/form-data"`, `name="ja"`, `name="en"`, `type="file"`}},
		{name: "corpus file", path: "/corpus/ja/commentary.txt", code: 200, want: []string{`id="L2"`, "サプライチェーン強靱化"}},
		{name: "corpus index", path: "/corpus/", code: 200, want: []string{"ja/commentary.txt", "en/source.txt"}},
		{name: "stylesheet", path: "/static/style.css", code: 200, want: []string{"font-family:system-ui"}},
		{name: "script", path: "/static/app.js", code: 200, want: []string{"replaceState"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, body := f.get(t, tt.path)
			if code != tt.code {
				t.Fatalf("GET %s: %d, want %d\n%s", tt.path, code, tt.code, body)
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("GET %s: no %q in\n%s", tt.path, w, body)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(body, n) {
					t.Errorf("GET %s: %q should not be there", tt.path, n)
				}
			}
		})
	}
}

// TestNoPathReachesTheFileSystem: only the corpus files read at start are served.
func TestNoPathReachesTheFileSystem(t *testing.T) {
	f := newFixture(t, nil)
	for _, p := range []string{
		"/corpus/../secret.txt", "/corpus/%2e%2e/secret.txt", "/corpus/..%2fsecret.txt", "/corpus/../gloss.yaml",
		"/corpus//etc/passwd", "/corpus/ja/../../secret.txt", "/static/../server.go", "/static/%2e%2e/serve_test.go",
		"/concept/..%2f..%2fsecret.txt",
	} {
		code, body := f.get(t, p)
		if code == 200 || strings.Contains(body, "not for the web") || strings.Contains(body, "package serve") {
			t.Errorf("GET %s: %d\n%s", p, code, body)
		}
	}
}

func TestHostHeader(t *testing.T) {
	f := newFixture(t, func(c *Config) { c.Hosts = []string{"192.168.1.5"} })
	tests := []struct {
		host string
		ok   bool
	}{
		{"127.0.0.1:8080", true},
		{"localhost:8080", true},
		{"LOCALHOST", true},
		{"[::1]:8080", true},
		{"192.168.1.5:8080", true}, // the host of a non-loopback --addr
		{"evil.example", false},
		{"localhost.evil.example:8080", false},
		{"127.0.0.1.nip.io:8080", false},
		{"", false},
	}
	for _, tt := range tests {
		req := httptest.NewRequest("GET", "/", nil)
		req.Host = tt.host
		rec := httptest.NewRecorder()
		f.s.ServeHTTP(rec, req)
		if got := rec.Code == 200; got != tt.ok {
			t.Errorf("Host %q: %d, want ok=%v", tt.host, rec.Code, tt.ok)
		}
		if !tt.ok && rec.Code != http.StatusMisdirectedRequest {
			t.Errorf("Host %q: %d, want 421", tt.host, rec.Code)
		}
	}
}

func TestPostNeedsOriginAndToken(t *testing.T) {
	tests := []struct {
		name string
		form url.Values
		hdr  map[string]string
		code int
		want string
	}{
		{name: "no token", form: url.Values{"csrf": {""}, "id": {"critical-minerals"}}, code: 403, want: "form token"},
		{name: "wrong token", form: url.Values{"csrf": {strings.Repeat("0", 64)}, "id": {"critical-minerals"}}, code: 403, want: "form token"},
		{name: "other origin", form: url.Values{"id": {"critical-minerals"}}, hdr: map[string]string{"Origin": "http://evil.example"}, code: 403, want: "cross-origin"},
		{name: "other port", form: url.Values{"id": {"critical-minerals"}}, hdr: map[string]string{"Origin": "http://127.0.0.1:9999"}, code: 403, want: "cross-origin"},
		{name: "null origin", form: url.Values{"id": {"critical-minerals"}}, hdr: map[string]string{"Origin": "null"}, code: 403, want: "cross-origin"},
		{name: "cross-site fetch without origin", form: url.Values{"id": {"critical-minerals"}}, hdr: map[string]string{"Origin": "", "Sec-Fetch-Site": "cross-site"}, code: 403, want: "cross-site"},
		{name: "same origin with token", form: url.Values{"id": {"critical-minerals"}}, code: 303},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, nil)
			before, _ := os.ReadFile(f.proposals)
			rec := f.post(t, "/review/reject", tt.form, tt.hdr)
			if rec.Code != tt.code || !strings.Contains(rec.Body.String(), tt.want) {
				t.Fatalf("%d %q, want %d with %q", rec.Code, rec.Body.String(), tt.code, tt.want)
			}
			after, _ := os.ReadFile(f.proposals)
			if changed := !bytes.Equal(before, after); changed != (tt.code == 303) {
				t.Errorf("proposals file changed: %v", changed)
			}
		})
	}
}

func TestBodyLimit(t *testing.T) {
	f := newFixture(t, nil)
	big := url.Values{"id": {"critical-minerals"}, "pad": {strings.Repeat("x", maxForm+1)}}
	if rec := f.post(t, "/review/reject", big, nil); rec.Code != 403 || !strings.Contains(rec.Body.String(), "larger than") {
		t.Errorf("a body over the form limit: %d %s", rec.Code, rec.Body.String())
	}
	// /check takes an upload up to maxUpload, and no more.
	body, ctype := multipartBody(t, f.s.Token(), "big.tmx", bytes.Repeat([]byte("x"), maxUpload+1))
	req := httptest.NewRequest("POST", "http://127.0.0.1:8080/check", body)
	req.Header.Set("Content-Type", ctype)
	rec := httptest.NewRecorder()
	f.s.ServeHTTP(rec, req)
	if rec.Code != 403 || !strings.Contains(rec.Body.String(), "larger than") {
		t.Errorf("an upload over the limit: %d %s", rec.Code, rec.Body.String())
	}
}

func multipartBody(t *testing.T, token, name string, data []byte) (io.Reader, string) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	mw.WriteField("csrf", token)
	fw, err := mw.CreateFormFile("file", name)
	if err != nil {
		t.Fatal(err)
	}
	fw.Write(data)
	mw.Close()
	return &buf, mw.FormDataContentType()
}

func TestAccept(t *testing.T) {
	f := newFixture(t, nil)
	rec := f.post(t, "/review/accept", url.Values{"id": {"supply-chain-resilience"}}, nil)
	if rec.Code != 303 {
		t.Fatalf("accept: %d %s", rec.Code, rec.Body.String())
	}
	g, err := glossary.LoadFile(f.glossary)
	if err != nil {
		t.Fatal(err)
	}
	c := g.Concept("supply-chain-resilience")
	if c == nil || c.Status != glossary.Approved || c.Preferred("en").Text != "supply chain resilience" || len(c.Sources) != 2 {
		t.Fatalf("gloss.yaml after accept: %+v", c)
	}
	p, _ := os.ReadFile(f.proposals)
	if strings.Contains(string(p), "supply-chain-resilience") || !strings.Contains(string(p), "critical-minerals") {
		t.Errorf("proposals file after accept:\n%s", p)
	}
	_, body := f.get(t, rec.Header().Get("Location"))
	if !strings.Contains(body, "Accepted supply-chain-resilience: added as supply-chain-resilience") || !strings.Contains(body, "1 proposal ") {
		t.Errorf("review page after accept:\n%s", body)
	}
	// The workbench serves the new glossary at once.
	if code, _ := f.get(t, "/concept/supply-chain-resilience"); code != 200 {
		t.Errorf("the accepted concept: %d", code)
	}
	// Accepting it again finds nothing to accept.
	if rec := f.post(t, "/review/accept", url.Values{"id": {"supply-chain-resilience"}}, nil); rec.Code != 404 {
		t.Errorf("accepting twice: %d", rec.Code)
	}
}

func TestAcceptEdited(t *testing.T) {
	f := newFixture(t, nil)
	form := url.Values{"id": {"critical-minerals"}, "edited": {"1"}, "cid": {"critical-minerals-supply"}, "subject": {"economic-security"},
		"ja": {"重要鉱物\r\n重要資源"}, "en": {"critical minerals\r\n"}, "definition": {"Minerals that defense production depends on."}}
	if rec := f.post(t, "/review/accept", form, nil); rec.Code != 303 {
		t.Fatalf("accept: %d %s", rec.Code, rec.Body.String())
	}
	g, err := glossary.LoadFile(f.glossary)
	if err != nil {
		t.Fatal(err)
	}
	c := g.Concept("critical-minerals-supply")
	if c == nil || c.Subject != "economic-security" || c.Definition["en"] != "Minerals that defense production depends on." {
		t.Fatalf("edited concept: %+v", c)
	}
	if ja := c.TermsIn("ja"); len(ja) != 2 || ja[0].Status != glossary.Preferred || ja[1].Text != "重要資源" || ja[1].Status != glossary.Admitted {
		t.Errorf("ja terms: %+v %+v", ja[0], ja[1])
	}
}

func TestAcceptRefused(t *testing.T) {
	t.Run("glossary changed on disk", func(t *testing.T) {
		f := newFixture(t, nil)
		edited := string(glossary.DefaultSource()) + "# a reviewer's edit\n"
		write(t, f.glossary, edited)
		rec := f.post(t, "/review/accept", url.Values{"id": {"critical-minerals"}}, nil)
		if rec.Code != http.StatusConflict || !strings.Contains(rec.Body.String(), "changed on disk since the workbench loaded it") || !strings.Contains(rec.Body.String(), `action="/reload"`) {
			t.Fatalf("%d %s", rec.Code, rec.Body.String())
		}
		if got, _ := os.ReadFile(f.glossary); string(got) != edited {
			t.Fatal("the edited glossary was overwritten")
		}
		// After a reload the accept goes through and keeps the edit.
		if rec := f.post(t, "/reload", url.Values{}, nil); rec.Code != 303 {
			t.Fatalf("reload: %d", rec.Code)
		}
		if rec := f.post(t, "/review/accept", url.Values{"id": {"critical-minerals"}}, nil); rec.Code != 303 {
			t.Fatalf("accept after reload: %d %s", rec.Code, rec.Body.String())
		}
		if got, _ := os.ReadFile(f.glossary); !strings.Contains(string(got), "a reviewer's edit") || !strings.Contains(string(got), "critical-minerals") {
			t.Errorf("after reload and accept:\n%s", got)
		}
	})
	t.Run("invalid result", func(t *testing.T) {
		f := newFixture(t, nil)
		before, _ := os.ReadFile(f.glossary)
		form := url.Values{"id": {"critical-minerals"}, "edited": {"1"}, "ja": {"重要\t鉱物"}, "en": {"critical minerals"}}
		rec := f.post(t, "/review/accept", form, nil)
		if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), "would make the glossary invalid") || !strings.Contains(rec.Body.String(), "term.control") {
			t.Fatalf("%d %s", rec.Code, rec.Body.String())
		}
		// The form comes back with what was typed.
		if !strings.Contains(rec.Body.String(), `name="edited" value="1"`) || !strings.Contains(rec.Body.String(), "重要\t鉱物</textarea>") {
			t.Errorf("not the edit form with the typed terms:\n%s", rec.Body.String())
		}
		if after, _ := os.ReadFile(f.glossary); !bytes.Equal(before, after) {
			t.Error("gloss.yaml was written")
		}
	})
	t.Run("no terms", func(t *testing.T) {
		f := newFixture(t, nil)
		rec := f.post(t, "/review/accept", url.Values{"id": {"critical-minerals"}, "edited": {"1"}, "ja": {" "}, "en": {"x"}}, nil)
		if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), "at least one Japanese") {
			t.Fatalf("%d %s", rec.Code, rec.Body.String())
		}
	})
}

func TestReadOnly(t *testing.T) {
	for _, tt := range []struct {
		name string
		mod  func(*Config)
		want string
	}{
		{"--read-only", func(c *Config) { c.ReadOnly = true }, "--read-only"},
		{"embedded glossary", func(c *Config) { c.GlossaryPath = "" }, "embedded default glossary cannot be written"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, tt.mod)
			gBefore, _ := os.ReadFile(f.glossary)
			pBefore, _ := os.ReadFile(f.proposals)
			for _, path := range []string{"/review/accept", "/review/reject"} {
				rec := f.post(t, path, url.Values{"id": {"critical-minerals"}}, nil)
				if rec.Code != 403 || !strings.Contains(rec.Body.String(), tt.want) {
					t.Errorf("POST %s: %d %s", path, rec.Code, rec.Body.String())
				}
			}
			gAfter, _ := os.ReadFile(f.glossary)
			pAfter, _ := os.ReadFile(f.proposals)
			if !bytes.Equal(gBefore, gAfter) || !bytes.Equal(pBefore, pAfter) {
				t.Error("a file was written")
			}
			if _, body := f.get(t, "/review"); strings.Contains(body, `action="/review/accept"`) {
				t.Error("the review page offers Accept")
			}
		})
	}
}

func TestReject(t *testing.T) {
	f := newFixture(t, nil)
	gBefore, _ := os.ReadFile(f.glossary)
	rec := f.post(t, "/review/reject", url.Values{"id": {"critical-minerals"}}, nil)
	if rec.Code != 303 {
		t.Fatalf("%d %s", rec.Code, rec.Body.String())
	}
	if p, _ := os.ReadFile(f.proposals); strings.Contains(string(p), "critical-minerals") || !strings.Contains(string(p), "supply-chain-resilience") {
		t.Errorf("proposals after reject:\n%s", p)
	}
	if gAfter, _ := os.ReadFile(f.glossary); !bytes.Equal(gBefore, gAfter) {
		t.Error("reject wrote the glossary")
	}
	if _, body := f.get(t, rec.Header().Get("Location")); !strings.Contains(body, "Rejected critical-minerals") {
		t.Errorf("no message:\n%s", body)
	}
}

func TestCheck(t *testing.T) {
	f := newFixture(t, nil)
	tests := []struct {
		name string
		form url.Values
		code int
		want []string
	}{
		{name: "pasted pair", code: 200, form: url.Values{"ja": {"日米同盟の中核である拡大抑止の維持・強化。"}, "en": {"To strengthen expanded deterrence at the core of the Japan-U.S. Alliance."}},
			want: []string{"1 finding: 1 error", `class="hit error"`, ">expanded deterrence<sup>1</sup></a>", "forbidden-term", "Fix: use “extended deterrence”", `href="/concept/extended-deterrence"`}},
		{name: "clean pair", code: 200, form: url.Values{"ja": {"拡大抑止の強化。"}, "en": {"Strengthening extended deterrence."}}, want: []string{"No findings"}},
		{name: "english alone", code: 200, form: url.Values{"en": {"We discussed expanded deterrence."}}, want: []string{"forbidden-term"}},
		{name: "paragraphs do not pair", code: 422, form: url.Values{"ja": {"拡大抑止。\n\n統合抑止。"}, "en": {"Extended deterrence."}}, want: []string{"paragraphs"}},
		{name: "nothing pasted", code: 422, form: url.Values{}, want: []string{"paste an English translation"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := f.post(t, "/check", tt.form, nil)
			body := rec.Body.String()
			if rec.Code != tt.code {
				t.Fatalf("%d, want %d\n%s", rec.Code, tt.code, body)
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("no %q in\n%s", w, body)
				}
			}
		})
	}
}

func TestCheckUpload(t *testing.T) {
	f := newFixture(t, nil)
	tmx := `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="ja" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/>
<body>
<tu><tuv xml:lang="ja"><seg>拡大抑止を強化する。</seg></tuv><tuv xml:lang="en"><seg>Strengthen expanded deterrence.</seg></tuv></tu>
</body></tmx>
`
	xlf := `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="x" source-language="ja-JP" target-language="en-US" datatype="plaintext">
  <body>
   <trans-unit id="1"><source>拡大抑止を強化する。</source><target state="translated">Strengthen expanded deterrence.</target></trans-unit>
  </body>
 </file>
</xliff>
`
	tests := []struct {
		name, file, data string
		code             int
		want             string
	}{
		{"tmx", "job.tmx", tmx, 200, ">expanded deterrence<sup>1</sup></a>"},
		{"xliff", "job.xlf", xlf, 200, ">expanded deterrence<sup>1</sup></a>"},
		{"not xliff or tmx", "notes.txt", "hello", 422, "upload an XLIFF"},
		{"broken tmx", "bad.tmx", "<tmx><body><tu>", 422, "bad.tmx"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, ctype := multipartBody(t, f.s.Token(), tt.file, []byte(tt.data))
			req := httptest.NewRequest("POST", "http://127.0.0.1:8080/check", body)
			req.Header.Set("Content-Type", ctype)
			rec := httptest.NewRecorder()
			f.s.ServeHTTP(rec, req)
			if rec.Code != tt.code || !strings.Contains(rec.Body.String(), tt.want) {
				t.Errorf("%d, want %d with %q\n%s", rec.Code, tt.code, tt.want, rec.Body.String())
			}
		})
	}
}

// TestPageWeight: every page, with its stylesheet and script, stays under 200 KB.
func TestPageWeight(t *testing.T) {
	const limit = 200 << 10
	f := newFixture(t, nil)
	_, css := f.get(t, "/static/style.css")
	_, js := f.get(t, "/static/app.js")
	for _, p := range []string{"/", "/search?q=" + url.QueryEscape("抑止"), "/search?q=a", "/concept/extended-deterrence", "/browse", "/review", "/check", "/corpus/en/source.txt"} {
		_, body := f.get(t, p)
		n := len(body) + len(css) + len(js)
		t.Logf("%-40s %6d bytes (html %d, css %d, js %d)", p, n, len(body), len(css), len(js))
		if n > limit {
			t.Errorf("%s weighs %d bytes, over %d", p, n, limit)
		}
	}
}

func TestHighlight(t *testing.T) {
	tests := []struct {
		name, text string
		terms      []string
		want       string
	}{
		{"longest first", "extended deterrence and deterrence", []string{"deterrence", "extended deterrence"}, "<mark>extended deterrence</mark> and <mark>deterrence</mark>"},
		{"case folded", "Extended Deterrence", []string{"extended deterrence"}, "<mark>Extended Deterrence</mark>"},
		{"escaped", "<b>拡大抑止</b>", []string{"拡大抑止"}, "&lt;b&gt;<mark>拡大抑止</mark>&lt;/b&gt;"},
		{"none", "nothing", []string{"x"}, "nothing"},
	}
	for _, tt := range tests {
		if got := string(highlight(tt.text, tt.terms)); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestLocate(t *testing.T) {
	c := &corpus{names: []string{"a.txt", "b.txt"}, lines: map[string][]string{"a.txt": {"one", "the quoted words here"}, "b.txt": {"x", "y", "more quoted words"}}}
	tests := []struct {
		name, doc, loc, quote string
		file                  string
		line                  int
	}{
		{"doc and line", "a.txt", "line 2", "the quoted words", "a.txt", 2},
		{"wrong line, found in doc", "a.txt", "line 1", "the quoted words", "a.txt", 2},
		{"other doc name", "Some report (2024)", "", "more quoted words", "b.txt", 3},
		{"cut quote", "", "", "more quoted wor…", "b.txt", 3},
		{"absent", "", "", "not in the corpus", "", 0},
	}
	for _, tt := range tests {
		file, line, _ := c.locate(tt.doc, tt.loc, tt.quote)
		if file != tt.file || line != tt.line {
			t.Errorf("%s: %s:%d, want %s:%d", tt.name, file, line, tt.file, tt.line)
		}
	}
}

// TestConcurrentReadsAndWrites: searches and pages keep answering while proposals are
// accepted and rejected (run with -race).
func TestConcurrentReadsAndWrites(t *testing.T) {
	f := newFixture(t, nil)
	done := make(chan bool)
	for range 4 {
		go func() {
			for i := 0; ; i++ {
				select {
				case <-done:
					return
				default:
				}
				for _, p := range []string{"/search?q=" + url.QueryEscape("抑止"), "/review", "/concept/extended-deterrence", "/browse"} {
					if code, _ := f.get(t, p); code != 200 {
						t.Errorf("GET %s: %d", p, code)
					}
				}
			}
		}()
	}
	if rec := f.post(t, "/review/accept", url.Values{"id": {"supply-chain-resilience"}}, nil); rec.Code != 303 {
		t.Errorf("accept: %d %s", rec.Code, rec.Body.String())
	}
	if rec := f.post(t, "/review/reject", url.Values{"id": {"critical-minerals"}}, nil); rec.Code != 303 {
		t.Errorf("reject: %d %s", rec.Code, rec.Body.String())
	}
	close(done)
	if _, body := f.get(t, "/review"); !strings.Contains(body, "Nothing left to review") {
		t.Errorf("review after both:\n%s", body)
	}
}

// FuzzMark: marking findings in any text never panics and never changes the text.
func FuzzMark(f *testing.F) {
	f.Add("They discussed expanded deterrence.", 16, 35, 0, 4)
	f.Add("日米同盟の拡大抑止", 0, 6, 3, 12)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d int) {
		fs := []lint.Finding{{Offset: a, EndOffset: b, Rule: "forbidden-term", Message: "<x>"}, {Offset: c, EndOffset: d, Rule: "missing-term"}}
		for i := range fs {
			if fs[i].Offset < 0 || fs[i].EndOffset > len(text) || fs[i].Offset > fs[i].EndOffset {
				fs[i].Offset, fs[i].EndOffset = 0, 0
			}
		}
		want := strings.ReplaceAll(text, "\x00", "\uFFFD") // as html/template escapes NUL
		out := string(mark([]byte(text), 0, len(text), fs))
		if got := html.UnescapeString(tagRE.ReplaceAllString(out, "")); got != want {
			t.Errorf("mark changed %q into %q", text, got)
		}
		h := string(highlight(text, []string{text[:len(text)/2]}))
		if got := html.UnescapeString(tagRE.ReplaceAllString(h, "")); got != want {
			t.Errorf("highlight changed %q into %q", text, got)
		}
	})
}

var tagRE = regexp.MustCompile(`<sup>\d+</sup>|</?(mark|a)\b[^>]*>`)

// TestCheckParaphrase: with a dictionary (Config.Glosses, EDICT from `gloss serve`), the check
// page takes a translation that renders every part of a term in other words for a note, as
// `gloss lint` does; without one it is a missing term.
func TestCheckParaphrase(t *testing.T) {
	dict := map[string][]string{"協力": {"cooperation"}, "日": {"Japan"}, "米": {"United States"}, "強化": {"strengthening"}, "防衛": {"defense"}}
	glosses := func(words []string) map[string][]string {
		out := map[string][]string{}
		for _, w := range words {
			if g, ok := dict[w]; ok {
				out[w] = g
			}
		}
		return out
	}
	for _, tt := range []struct {
		name    string
		glosses func([]string) map[string][]string
		want    string
	}{
		{name: "dictionary", glosses: glosses, want: "paraphrased-term"},
		{name: "none", want: "missing-term"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, func(c *Config) { c.Glosses = tt.glosses })
			form := url.Values{"ja": {"日米は防衛協力を強化する。"}, "en": {"Japan and the United States strengthen cooperation in defense."}}
			body := f.post(t, "/check", form, nil).Body.String()
			if !strings.Contains(body, tt.want) {
				t.Errorf("no %q in\n%s", tt.want, body)
			}
		})
	}
}
