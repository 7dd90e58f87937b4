package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"regexp"
	"strings"
	"testing"
	"time"

	"veille/deals"
)

func TestMapSeats(t *testing.T) {
	p, err := newPage(&Input{Generated: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Map.Seats) != 12 {
		t.Fatalf("%d seats, want the 12 regions of 2015 on the map", len(p.Map.Seats))
	}
	for _, s := range p.Map.Seats {
		var x, y float64
		if _, err := fmt.Sscan(s.X+" "+s.Y, &x, &y); err != nil || x < 0 || y < 0 || x > p.Map.Width || y > p.Map.Height {
			t.Errorf("%s at (%s, %s): outside the %gx%g outline", s.Region, s.X, s.Y, p.Map.Width, p.Map.Height)
		}
	}
}

func TestPieces(t *testing.T) {
	e := deals.Evidence{Sentence: "Inetum créera 1.500 emplois d'ici 2027, soit 1 200 000 heures, en 2 ans.", Marks: []deals.Span{{Start: 14, End: 27}, {Start: 34, End: 38}, {Start: 30, End: 99}}}
	var b strings.Builder
	for _, p := range pieces(e) {
		if p.Mark {
			b.WriteString("[" + p.Text + "]")
		} else {
			b.WriteString(p.Text)
		}
	}
	if got, want := b.String(), "Inetum créera [1.500 emplois] d'ici [2027], soit 1\u00a0200\u00a0000 heures, en 2 ans."; got != want {
		t.Errorf("got %q, want %q (a mark out of the sentence ignored)", got, want)
	}
}

func TestWriteHTML(t *testing.T) {
	jobs, mad, year := int64(1500), int64(50_000_000), 2027
	d := &deals.Deal{ID: "d1", Partners: []string{"Inetum <SA>"}, Agreement: "mémorandum d'entente", SignedOn: "2024-04-29",
		Jobs: &jobs, AmountMAD: &mad, Year: &year, Region: "Rabat-Salé-Kénitra", Overdue: true,
		Sources: []deals.Source{{URL: "https://a.ma/1", Outlet: "A", Published: "2024-04-30",
			Evidence: []deals.Evidence{{Sentence: "Inetum créera 1.500 emplois.", Marks: []deals.Span{{Start: 14, End: 27}}}}}}}
	var b bytes.Buffer
	if err := WriteHTML(&b, &Input{Generated: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), Deals: []*deals.Deal{d}}); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	for _, want := range []string{"Inetum &lt;SA&gt;", "<mark>1.500 emplois</mark>", "29\u00a0avril\u00a02024", "1\u00a0500\u00a0emplois",
		"50\u00a0millions de dirhams", "échéance passée", `<option value="Rabat-Salé-Kénitra">`, "1er\u00a0janvier\u00a02026"} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	if strings.Contains(page, "<SA>") {
		t.Error("a partner's name is not escaped")
	}
	m := regexp.MustCompile(`(?s)<script type="application/json" id="data">(.*?)</script>`).FindStringSubmatch(page)
	var data pageData
	if m == nil || json.Unmarshal([]byte(html.UnescapeString(m[1])), &data) != nil || len(data.Deals) != 1 || data.Deals[0].Text == "" {
		t.Errorf("the page's data block is not the deals as JSON: %v", m)
	}
}

func TestDigestMarkdown(t *testing.T) {
	jobs := int64(1500)
	dg := &deals.Digest{New: 1, Changed: 1, Deals: []deals.Entry{
		{Status: deals.StatusNew, Deal: &deals.Deal{Partners: []string{"Inetum"}, SignedOn: "2024-04-29", Jobs: &jobs,
			Sources: []deals.Source{{URL: "https://a.ma/1", Outlet: "A"}, {URL: "https://b.ma/1", Outlet: "B"}}}},
		{Status: deals.StatusChanged, Deal: &deals.Deal{FirstSeen: "2025-01-02", JobsHistory: []deals.Figure{{Value: 1200}, {Value: 1500}}}},
	}}
	var b strings.Builder
	if err := WriteDigestMarkdown(&b, dg); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"1\u00a0nouvel accord, 1\u00a0modifié", "- **Nouveau** · 29\u00a0avril\u00a02024 · Inetum", "([B](https://b.ma/1) et 1\u00a0autre source)",
		"- **Modifié** · 2\u00a0janvier\u00a02025 · partenaire non nommé", "emplois : 1\u00a0200 → 1\u00a0500"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("digest summary lacks %q:\n%s", want, b.String())
		}
	}
	b.Reset()
	WriteDigestMarkdown(&b, &deals.Digest{})
	if !strings.Contains(b.String(), "Rien de nouveau") {
		t.Errorf("empty digest summary:\n%s", b.String())
	}
}

func TestSourceViewWithoutOutlet(t *testing.T) {
	for _, tt := range []struct{ outlet, want string }{{"Le Matin", "Le Matin"}, {"", "source"}} {
		if got := newSourceView(deals.Source{URL: "https://a.ma/1", Outlet: tt.outlet}).Outlet; got != tt.want {
			t.Errorf("source of outlet %q is linked as %q, want %q", tt.outlet, got, tt.want)
		}
	}
}
