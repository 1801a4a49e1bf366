package serve

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/glossterm/gloss/glossary"
)

// paintJS waits for the page's paint entries (recorded once a frame is presented) and
// returns their start times by name.
const paintJS = `new Promise(done => {
	let tries = 0;
	(function poll() {
		const e = performance.getEntriesByType("paint");
		if (e.length >= 2 || ++tries > 100) return done(Object.fromEntries(e.map(p => [p.name, p.startTime])));
		setTimeout(poll, 20);
	})();
})`

// chromium finds a Chromium or Chrome binary; without one the browser test skips, unless
// GLOSS_REQUIRE_INTEROP is set (CI installs the Debian chromium package).
func chromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("GLOSS_REQUIRE_INTEROP") != "" {
		t.Fatal("Chromium is not installed (apt-get install chromium) and GLOSS_REQUIRE_INTEROP is set")
	}
	t.Skip("Chromium is not installed (apt-get install chromium)")
	return ""
}

// TestBrowser drives the workbench in headless Chromium through the main flows: search as
// you type, open a concept, accept a proposal and see gloss.yaml change on disk, paste a
// translation and see a finding. It writes a screenshot of each page to a temporary
// directory, or to $GLOSS_SCREENSHOTS when set (docs/ holds the committed ones), and
// reports the search page's first paint.
func TestBrowser(t *testing.T) {
	bin := chromium(t)
	if testing.Short() {
		t.Skip("-short: no browser")
	}
	f := newFixture(t, nil)
	ts := httptest.NewServer(f.s)
	defer ts.Close()
	base := ts.URL

	shots := os.Getenv("GLOSS_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		chromedp.WindowSize(1100, 760),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("lang", "en-US"),
	)
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox) // Chromium refuses to run as root with its sandbox
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	bctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	// The first action starts the browser, which lives as long as the context of that call:
	// no timeout on it. Each step then runs with its own.
	if err := chromedp.Do(bctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("starting %s: %v", bin, err)
	}
	step := func(name string) (context.Context, context.CancelFunc) {
		t.Logf("step %s", name)
		return context.WithTimeout(bctx, 45*time.Second)
	}
	do := func(name string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		ctx, cancel := step(name)
		defer cancel()
		if err := chromedp.Do(ctx, actions...); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	text := func(sel string) string {
		t.Helper()
		ctx, cancel := step("read " + sel)
		defer cancel()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return s
	}
	eval := func(js string) any {
		t.Helper()
		ctx, cancel := step("evaluate")
		defer cancel()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[any](js, chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatalf("%s: %v", js, err)
		}
		return v
	}
	shot := func(name string) {
		t.Helper()
		ctx, cancel := step("screenshot " + name)
		defer cancel()
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatalf("screenshot: %v", err)
		}
		if err := os.WriteFile(filepath.Join(shots, name), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// First paint of the search page, from the Performance API.
	do("open search results", chromedp.Navigate(base+"/search?q=%E6%8A%91%E6%AD%A2"), chromedp.WaitVisible(chromedp.CSS(`#results li`)))
	// Paint entries are recorded once the frame is presented: poll for them a little.
	paint, _ := eval(paintJS).(map[string]any)
	fcp, ok := paint["first-contentful-paint"].(float64)
	if !ok {
		t.Fatalf("no paint timing: %v", paint)
	}
	t.Logf("search page, first load: first paint %.0f ms, first contentful paint %.0f ms", paint["first-paint"], fcp)
	do("reload search results", chromedp.Navigate(base+"/search?q=%E6%8B%A1%E5%A4%A7"), chromedp.WaitVisible(chromedp.CSS(`#results li`)))
	paint, _ = eval(paintJS).(map[string]any)
	t.Logf("search page, browser warm: first paint %.0f ms, first contentful paint %.0f ms", paint["first-paint"], paint["first-contentful-paint"])

	// Search as you type: the script fetches results while typing, without a submit.
	do("search", chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS(`#q`)))
	eval(`document.activeElement.blur()`)
	do("slash", chromedp.KeyEvent("/")) // the keyboard shortcut focuses the search box
	if active := eval(`document.activeElement.id`); active != "q" {
		t.Errorf("/ focused %q, not the search box", active)
	}
	// The protocol's key events insert the "/" that a real keydown's preventDefault keeps out.
	eval(`document.getElementById("q").value = ""`)
	do("type", chromedp.SendKeys(chromedp.CSS(`#q`), "extended deter"),
		chromedp.WaitVisible(chromedp.CSS(`#results a[href="/concept/extended-deterrence"]`)))
	results := text(`#results`)
	loc := eval(`location.pathname + location.search`).(string)
	shot("search.png")
	if !strings.Contains(results, "拡大抑止") || !strings.Contains(loc, "/search?q=extended") {
		t.Errorf("search: at %s\n%s", loc, results)
	}

	// Open a concept from the results.
	do("concept", chromedp.Click(chromedp.CSS(`#results a[href="/concept/extended-deterrence"]`)),
		chromedp.WaitVisible(chromedp.CSS(`.concept-page .sources`)))
	concept := text(`main`)
	shot("concept.png")
	for _, w := range []string{"expanded deterrence", "forbidden", "Evidence", "en/source.txt:3"} {
		if !strings.Contains(concept, w) {
			t.Errorf("concept page has no %q:\n%s", w, concept)
		}
	}

	do("browse", chromedp.Navigate(base+"/browse?subject=deterrence"), chromedp.WaitVisible(chromedp.CSS(`.results li`)))
	shot("browse.png")

	// Accept a proposal: gloss.yaml changes on disk.
	do("review", chromedp.Navigate(base+"/review"), chromedp.WaitVisible(chromedp.CSS(`#p-supply-chain-resilience`)))
	shot("review.png")
	do("accept", chromedp.Click(chromedp.CSS(`#p-supply-chain-resilience button.accept`)), chromedp.WaitVisible(chromedp.CSS(`.flash.ok`)))
	if flash := text(`.flash.ok`); !strings.Contains(flash, "Accepted supply-chain-resilience") {
		t.Errorf("after accept: %q", flash)
	}
	g, err := glossary.LoadFile(f.glossary)
	if err != nil {
		t.Fatal(err)
	}
	if c := g.Concept("supply-chain-resilience"); c == nil || c.Status != glossary.Approved {
		t.Errorf("gloss.yaml on disk does not have the accepted concept: %+v", c)
	}

	// Paste a translation and see the finding marked in it.
	do("check", chromedp.Navigate(base+"/check"),
		chromedp.SetValue(chromedp.CSS(`#ja`), "日米同盟の中核である拡大抑止の維持・強化のあり方を議論した。"),
		chromedp.SetValue(chromedp.CSS(`#en`), "They discussed ways to strengthen expanded deterrence, the core of the Japan-U.S. Alliance."),
		chromedp.Click(chromedp.CSS(`form.check button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(`a.hit`)))
	hit, list := text(`a.hit`), text(`.finding-list`)
	shot("check.png")
	if !strings.HasPrefix(hit, "expanded deterrence") || !strings.Contains(list, "forbidden-term") || !strings.Contains(list, "extended deterrence") {
		t.Errorf("check: marked %q; findings %q", hit, list)
	}
	t.Logf("screenshots in %s", shots)
}
