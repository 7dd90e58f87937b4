package pipeline

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"veille/archive"
	"veille/extract"
)

const article = `<html lang="fr"><head><title>Un centre d'appels à Oujda</title></head><body><article>
<h1>Un centre d'appels à Oujda</h1>
<p>La société Atlas Relation Client a signé une convention d'investissement avec le ministère de l'Industrie pour ouvrir un centre à Oujda.</p>
<p>Le projet, d'un montant de 120 millions de dirhams, vise à créer 900 emplois directs d'ici 2027.</p>
</article></body></html>`

// archived archives bodies as articles of site x and returns the archive.
func archived(t *testing.T, keywords []string, bodies ...string) *archive.Archive {
	t.Helper()
	ctx := context.Background()
	arc, err := archive.Open(ctx, filepath.Join(t.TempDir(), "a.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { arc.Close() })
	run, _ := arc.BeginRun(ctx, time.Now())
	for i, b := range bodies {
		u := "https://x.ma/a/" + string(rune('a'+i))
		f := &archive.Fetch{URL: u, FinalURL: u, Canonical: u, Site: "x", Kind: archive.KindArticle, Status: 200,
			ContentType: "text/html", FetchedAt: time.Now(), Body: []byte(b), Keywords: keywords}
		if _, err := arc.SaveArticle(ctx, run, f); err != nil {
			t.Fatal(err)
		}
	}
	return arc
}

func TestExtractorCounts(t *testing.T) {
	pdf := "%PDF-1.7\n\x00\x01\x02\xff\xfe"
	tests := []struct {
		name     string
		keywords []string
		bodies   []string
		want     Counts
	}{
		{"no keywords", nil, []string{article, article + " "}, Counts{Records: 2}},
		{"keyword found, accents and case ignored", []string{"OUJDA", "hydrogène"}, []string{article}, Counts{Records: 1}},
		{"keyword absent", []string{"hydrogène"}, []string{article}, Counts{Skipped: 1}},
		{"a PDF served as HTML", nil, []string{pdf, article}, Counts{Records: 1, Failed: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arc := archived(t, tt.keywords, tt.bodies...)
			var recs []*extract.Record
			x := New(arc, WithRecords(func(r *extract.Record) error { recs = append(recs, r); return nil }))
			if err := x.Archive(context.Background(), archive.Unextracted); err != nil {
				t.Fatal(err)
			}
			got, sites := x.Counts()
			if got != tt.want || sites["x"] != tt.want || len(recs) != tt.want.Records {
				t.Errorf("got %+v (site %+v), %d records; want %+v", got, sites["x"], len(recs), tt.want)
			}
			// Every page is extracted now, failures included: nothing to
			// catch up, nothing stale for this extractor version.
			for _, sel := range []archive.Selection{archive.Unextracted, archive.Stale} {
				n := 0
				arc.Pages(context.Background(), sel, extract.Version(), func(*archive.Page) error { n++; return nil })
				if n != 0 {
					t.Errorf("selection %d: %d pages left", sel, n)
				}
			}
		})
	}
}

func TestExtractorStaleAndSinkErrors(t *testing.T) {
	ctx := context.Background()
	arc := archived(t, nil, article, article+" ")
	// One record made by another extractor version.
	err := arc.Pages(ctx, archive.All, "", func(p *archive.Page) error {
		return arc.SaveExtraction(ctx, &archive.Extraction{VersionID: p.VersionID, ExtractorVersion: "0.1.0", At: time.Now(), Matched: true, Record: []byte(`{}`)})
	})
	if err != nil {
		t.Fatal(err)
	}
	var versions []string
	x := New(arc, WithRecords(func(r *extract.Record) error { versions = append(versions, r.ExtractorVersion); return nil }))
	if err := x.Archive(ctx, archive.Stale); err != nil {
		t.Fatal(err)
	}
	if len(versions) != 2 || versions[0] != extract.Version() {
		t.Errorf("stale records redone: %v, want 2 of version %s", versions, extract.Version())
	}
	broken := errors.New("disk full")
	x = New(arc, WithRecords(func(*extract.Record) error { return broken }))
	if err := x.Archive(ctx, archive.All); !errors.Is(err, broken) {
		t.Errorf("a failing sink: got %v, want it returned", err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	x = New(arc)
	if err := x.Archive(cancelled, archive.All); err != nil {
		t.Errorf("a cancelled run: got %v, want nil", err)
	}
	if n, _ := x.Counts(); n != (Counts{}) {
		t.Errorf("a cancelled run extracted %+v", n)
	}
}
