package eval

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"

	"veille/extract"
)

// ErrNoRecord is the error of a case whose gold no record matched.
var ErrNoRecord = errors.New("eval: no record for this gold file")

// Case is one article to score: its gold and the record the extractor
// produced, nil when Err says why there is none.
type Case struct {
	Gold   Gold
	Record *extract.Record
	Err    error
}

// Extract runs the extractor over the article beside g, with its path as
// the URL and the gold publication date as the reference date; opts come
// after those and may override them.
func Extract(ctx context.Context, g Gold, opts ...extract.Option) (*extract.Record, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if g.Article == "" {
		return nil, fmt.Errorf("eval: %s: no article beside the gold file", g.Path)
	}
	f, err := os.Open(g.Article)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	o := []extract.Option{extract.WithURL(g.Article)}
	if t, ok := g.PublishedTime(); ok {
		o = append(o, extract.WithPublished(t))
	}
	rec, err := extract.Parse(ctx, f, append(o, opts...)...)
	if err != nil {
		return nil, fmt.Errorf("eval: %s: %w", g.Article, err)
	}
	return rec, nil
}

// Run extracts every gold file's article. A failed article is a Case with
// its Err; Run itself fails only when ctx is done.
func Run(ctx context.Context, golds []Gold, opts ...extract.Option) ([]Case, error) {
	cases := make([]Case, 0, len(golds))
	for _, g := range golds {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rec, err := Extract(ctx, g, opts...)
		cases = append(cases, Case{Gold: g, Record: rec, Err: err})
	}
	return cases, nil
}

// Stem returns the base name of a URL or file path without its extension:
// "https://x.ma/eco/slug.html" → "slug", "pages/a/slug.html" → "slug".
func Stem(u string) string {
	p := u
	if pu, err := url.Parse(u); err == nil && pu.Scheme != "" && len(pu.Scheme) > 1 {
		p = pu.Path
	} else {
		p = filepath.ToSlash(u)
	}
	base := path.Base(strings.TrimRight(p, "/"))
	if base == "." || base == "/" {
		return ""
	}
	if i := strings.LastIndexByte(base, '.'); i > 0 {
		base = base[:i]
	}
	return base
}

// Pair matches records to gold files by the record's URL: first a URL that
// is the path of a gold file's article, then a URL whose stem is the stem
// of exactly one gold file. Every gold file gets a Case (Err ErrNoRecord
// when no record matched it); a record that matches no gold file, or a
// gold file already taken, is returned among the orphans.
func Pair(golds []Gold, recs []*extract.Record) (cases []Case, orphans []*extract.Record) {
	byArticle := map[string]int{}
	byStem := map[string][]int{}
	for i, g := range golds {
		if g.Article != "" {
			byArticle[filepath.Clean(g.Article)] = i
			if abs, err := filepath.Abs(g.Article); err == nil {
				byArticle[abs] = i
			}
		}
		byStem[g.Name] = append(byStem[g.Name], i)
	}
	got := make([]*extract.Record, len(golds))
	for _, r := range recs {
		i, ok := byArticle[filepath.Clean(strings.TrimPrefix(r.URL, "file://"))]
		if !ok {
			if is := byStem[Stem(r.URL)]; len(is) == 1 {
				i, ok = is[0], true
			}
		}
		if !ok || got[i] != nil {
			orphans = append(orphans, r)
			continue
		}
		got[i] = r
	}
	for i, g := range golds {
		c := Case{Gold: g, Record: got[i]}
		if got[i] == nil {
			c.Err = ErrNoRecord
		}
		cases = append(cases, c)
	}
	return cases, orphans
}
