package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"veille/deals"
	"veille/names"
	"veille/report"
)

// chromium returns the path of a Chromium-like browser, skipping the test
// when there is none.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no Chromium on this machine: install Debian's chromium package (.ci/run does) to run the browser test")
	return ""
}

// browser starts a headless Chromium of its own (fresh profile, no
// network services) and returns its context. It records every request the
// page makes and every console error, exception and error log entry.
type browser struct {
	ctx      context.Context
	mu       sync.Mutex
	requests []string
	errors   []string
}

func newBrowser(t *testing.T, width, height int) *browser {
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium(t)), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.Flag("hide-scrollbars", true), chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(width, height),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	ctx, cancelTime := context.WithTimeout(ctx, 2*time.Minute)
	t.Cleanup(func() { cancelTime(); cancel(); cancelAlloc() })
	b := &browser{ctx: ctx}
	if err := chromedp.Do(ctx); err != nil { // start the browser and open the tab
		t.Skipf("Chromium did not start: %v", err)
	}
	err := chromedp.Listen(ctx, func(ev any) {
		b.mu.Lock()
		defer b.mu.Unlock()
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			b.requests = append(b.requests, ev.Request.URL)
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeWarning || ev.Type == runtime.ConsoleAPICalledTypeAssert {
				b.errors = append(b.errors, fmt.Sprintf("console.%s: %s", ev.Type, args(ev.Args)))
			}
		case *runtime.EventExceptionThrown:
			b.errors = append(b.errors, fmt.Sprintf("exception: %s %s", ev.ExceptionDetails.Text, args([]*runtime.RemoteObject{ev.ExceptionDetails.Exception})))
		case *cdplog.EventEntryAdded:
			if ev.Entry.Level == cdplog.EntryLevelError || ev.Entry.Level == cdplog.EntryLevelWarning {
				b.errors = append(b.errors, fmt.Sprintf("log %s: %s %s", ev.Entry.Source, ev.Entry.Text, ev.Entry.URL))
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, err := range []error{
		call(ctx, network.Enable, network.EnableParams{}),
		call(ctx, cdplog.Enable, cdp.Empty{}),
		call(ctx, runtime.Enable, cdp.Empty{}),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	return b
}

// call runs a DevTools command whose answer is of no interest.
func call[P, R any](ctx context.Context, cmd cdp.Command[P, R], params P) error {
	_, err := chromedp.Call(ctx, cmd, params)
	return err
}

func args(as []*runtime.RemoteObject) string {
	var parts []string
	for _, a := range as {
		if a == nil {
			continue
		}
		parts = append(parts, strings.Trim(string(a.Value), `"`)+a.Description)
	}
	return strings.Join(parts, " ")
}

// js returns the value of a JavaScript expression in the page.
func js[T any](t *testing.T, b *browser, expr string) T {
	t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// fixtureReport extracts the fixture pages, writes their HTML report (with
// the report flags given) and returns its path with the records and the
// deals of the ledger command.
func fixtureReport(t *testing.T, flags ...string) (string, []*deals.Deal) {
	t.Helper()
	recs, ds := fixtureLedger(t, "pages")
	out := filepath.Join(t.TempDir(), "report.html")
	if code, _, errs := runCLI(t, recs, append([]string{"report", "--format", "html", "-o", out}, flags...)...); code != exitOK {
		t.Fatalf("report: exit %d\n%s", code, errs)
	}
	return out, ds
}

// TestReportInBrowser opens the report of the fixtures in headless
// Chromium: headline figures and rows as the ledger says, a region filter
// that changes them, sources that open with their evidence highlighted,
// nothing loaded from outside the file and no console error. It saves
// screenshots: the whole page at desktop width, and the first row opened
// on a phone (in $VEILLE_SCREENSHOTS when set, else in a temporary
// directory).
func TestReportInBrowser(t *testing.T) {
	chromium(t)
	page, ds := fixtureReport(t)
	b := newBrowser(t, 1280, 900)
	if err := chromedp.Do(b.ctx, chromedp.Navigate("file://"+page), chromedp.WaitVisible(chromedp.CSS("#deals tbody tr.deal"))); err != nil {
		t.Fatal(err)
	}
	checkHeadline(t, b, ds, "")
	ids := js[[]string](t, b, `Array.from(document.querySelectorAll('#deals tr.deal')).map(tr => tr.dataset.id)`)
	if len(ids) != len(ds) || len(ds) == 0 || ids[0] != ds[0].ID {
		t.Fatalf("rows %v, want the %d deals of the ledger, newest (%s) first", ids, len(ds), ds[0].ID)
	}

	region := ""
	for _, d := range ds {
		if region = d.Region; region != "" {
			break
		}
	}
	if region == "" {
		t.Fatal("no fixture deal has a region to filter by")
	}
	setFilter(t, b, "#f-region", region)
	checkHeadline(t, b, ds, region)
	shown := js[[]string](t, b, `Array.from(document.querySelectorAll('#deals tr.deal:not([hidden])')).map(tr => tr.dataset.id)`)
	if len(shown) == 0 || len(shown) >= len(ids) {
		t.Errorf("filtering by %s shows %d of %d rows, want fewer, not none", region, len(shown), len(ids))
	}
	setFilter(t, b, "#f-region", "")

	// The partner filter keeps the deals of one partner, however written.
	partner := ds[len(ds)-1].Partners[0]
	want := 0
	for _, d := range ds {
		if slices.ContainsFunc(d.Partners, func(p string) bool { return names.Same(p, partner) }) {
			want++
		}
	}
	value := js[string](t, b, fmt.Sprintf(`Array.from(document.querySelectorAll('#f-partner option')).find(o => o.textContent === %q).value`, partner))
	setFilter(t, b, "#f-partner", value)
	if got := js[string](t, b, `document.getElementById('shown').textContent`); got != fmt.Sprint(want) {
		t.Errorf("partner %s: %s deals shown, want %d", partner, got, want)
	}
	setFilter(t, b, "#f-partner", "")

	overdue := 0
	for _, d := range ds {
		if d.Overdue {
			overdue++
		}
	}
	shownOverdue := js[float64](t, b, `(() => { const c = document.getElementById('f-overdue'); c.click();
		const n = document.querySelectorAll('#deals tr.deal:not([hidden])').length; c.click(); return n; })()`)
	if int(shownOverdue) != overdue {
		t.Errorf("the overdue filter shows %v rows, want the %d overdue deals", shownOverdue, overdue)
	}

	if err := chromedp.Do(b.ctx, chromedp.Click(chromedp.CSS("#deals tr.deal button.open"))); err != nil {
		t.Fatal(err)
	}
	marked := js[[]string](t, b, `Array.from(document.querySelectorAll('#src-`+ds[0].ID+`:not([hidden]) blockquote mark')).map(m => m.textContent)`)
	if len(marked) == 0 {
		t.Errorf("the sources of %s show no highlighted evidence", ds[0].ID)
	}
	shoot(t, b, "report.png", chromedp.FullScreenshot(100))
	if err := chromedp.Do(b.ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile)); err != nil {
		t.Fatal(err)
	}
	js[bool](t, b, `document.getElementById('src-`+ds[0].ID+`').previousElementSibling.scrollIntoView(), true`)
	shoot(t, b, "report-phone.png", chromedp.CaptureScreenshot())

	// A page opened on a period counts the deals dated within it.
	from := ds[len(ds)/2].Date()
	period, _ := fixtureReport(t, "--from", from)
	if err := chromedp.Do(b.ctx, chromedp.Navigate("file://"+period), chromedp.WaitVisible(chromedp.CSS("#deals"))); err != nil {
		t.Fatal(err)
	}
	inPeriod := 0
	for _, d := range ds {
		if d.Date() >= from {
			inPeriod++
		}
	}
	if got := js[string](t, b, `document.getElementById('h-deals').textContent`); got != fmt.Sprint(inPeriod) {
		t.Errorf("page from %s: %s deals in the headline, want %d", from, got, inPeriod)
	}

	// A report of nothing says so, without an error.
	empty := filepath.Join(t.TempDir(), "empty.html")
	if code, _, errs := runCLI(t, "", "report", "--format", "html", "-o", empty); code != exitOK {
		t.Fatalf("empty report: exit %d\n%s", code, errs)
	}
	if err := chromedp.Do(b.ctx, chromedp.Navigate("file://"+empty), chromedp.WaitVisible(chromedp.CSS("#empty"))); err != nil {
		t.Errorf("empty report: %v", err)
	}

	b.mu.Lock()
	defer b.mu.Unlock()
	for _, u := range b.requests {
		if !strings.HasPrefix(u, "file://") && !strings.HasPrefix(u, "data:") {
			t.Errorf("the page loaded %s", u)
		}
	}
	for _, e := range b.errors {
		t.Errorf("console: %s", e)
	}
}

// checkHeadline compares the headline figures with the deals of the ledger
// in region (all when "").
func checkHeadline(t *testing.T, b *browser, all []*deals.Deal, region string) {
	t.Helper()
	var ds []*deals.Deal
	for _, d := range all {
		if region == "" || d.Region == region {
			ds = append(ds, d)
		}
	}
	tot := deals.Sum(ds, nil)
	want := map[string]string{"h-deals": report.Int(int64(tot.Deals)), "h-jobs": report.Int(tot.Jobs), "h-amount": report.Dirhams(tot.AmountMAD)}
	for id, w := range want {
		if got := js[string](t, b, `document.getElementById('`+id+`').textContent`); got != w {
			t.Errorf("region %q: #%s = %q, want %q", region, id, got, w)
		}
	}
	label := "accords"
	if len(ds) < 2 {
		label = "accord"
	}
	if got := js[string](t, b, `document.getElementById('h-deals').nextElementSibling.textContent`); got != label {
		t.Errorf("region %q: the deals are labelled %q, want %q", region, got, label)
	}
	if got := js[string](t, b, `document.getElementById('shown').textContent`); got != fmt.Sprint(len(ds)) {
		t.Errorf("region %q: %s deals shown, want %d", region, got, len(ds))
	}
}

// setFilter chooses value in the select sel as a person would.
func setFilter(t *testing.T, b *browser, sel, value string) {
	t.Helper()
	expr := fmt.Sprintf(`(() => { const s = document.querySelector(%q); s.value = %q; s.dispatchEvent(new Event('change')); return s.value; })()`, sel, value)
	if got := js[string](t, b, expr); got != value {
		t.Fatalf("%s has no option %q", sel, value)
	}
}

// shoot saves the screenshot that capture takes.
func shoot(t *testing.T, b *browser, name string, capture chromedp.Action[[]byte]) {
	t.Helper()
	png, err := chromedp.Run(b.ctx, capture)
	if err != nil {
		t.Fatal(err)
	}
	dir := os.Getenv("VEILLE_SCREENSHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", p)
}
