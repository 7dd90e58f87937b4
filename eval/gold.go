package eval

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"veille/extract"
)

// GoldSuffix ends the name of every gold file.
const GoldSuffix = ".gold.json"

// articleExts are the extensions an article beside a gold file may have,
// in the order they are tried.
var articleExts = []string{".html", ".htm", ".txt"}

// Gold is what a perfect extraction finds in one article.
type Gold struct {
	Name    string `json:"-"` // the file stem: "x" for x.gold.json
	Path    string `json:"-"` // the gold file
	Article string `json:"-"` // the article beside it, "" if there is none

	Published      *string      `json:"published"` // YYYY-MM-DD, the reference date for relative dates
	Relevant       *bool        `json:"relevant"`
	Signatories    []GoldParty  `json:"signatories"`
	Jobs           []GoldJob    `json:"jobs"`
	Amounts        []GoldAmount `json:"amounts"`
	Cities         []string     `json:"cities"`
	Regions        []string     `json:"regions"`
	TargetYears    []int        `json:"target_years"`
	SignedOn       *string      `json:"signed_on"`
	AgreementTypes []string     `json:"agreement_types"`
}

// GoldParty is a party to the agreement.
type GoldParty struct {
	Name string            `json:"name"`
	Kind extract.PartyKind `json:"kind"`
	Role *string           `json:"role"`
	Via  extract.PartyVia  `json:"via"` // signed, party or presided
}

// GoldJob is a job figure.
type GoldJob struct {
	Count   int64           `json:"count"`
	Kind    extract.JobKind `json:"kind"` // pledged, existing or statistic
	Year    *int            `json:"year"`
	Company *string         `json:"company"`
	City    *string         `json:"city"`
	Direct  *bool           `json:"direct"`
	Approx  *extract.Approx `json:"approx"`
	Raw     string          `json:"raw"`
}

// GoldAmount is a sum of money.
type GoldAmount struct {
	MAD      *int64             `json:"mad"`
	Currency string             `json:"currency"`
	Value    int64              `json:"value"`
	Kind     extract.AmountKind `json:"kind"`
	Approx   *extract.Approx    `json:"approx"`
	Raw      string             `json:"raw"`
}

// PublishedTime returns the gold publication date, if it has a valid one.
func (g *Gold) PublishedTime() (time.Time, bool) {
	if g.Published == nil {
		return time.Time{}, false
	}
	t, err := time.Parse(time.DateOnly, *g.Published)
	return t, err == nil
}

// ReadGold reads one gold file and finds the article beside it.
func ReadGold(path string) (Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Gold{}, fmt.Errorf("eval: %w", err)
	}
	var g Gold
	if err := json.Unmarshal(b, &g); err != nil {
		return Gold{}, fmt.Errorf("eval: bad gold file %s: %w", path, err)
	}
	if g.Published != nil {
		if _, ok := g.PublishedTime(); !ok {
			return Gold{}, fmt.Errorf("eval: bad gold file %s: published %q is not YYYY-MM-DD", path, *g.Published)
		}
	}
	for i := range g.Amounts {
		a := &g.Amounts[i]
		if a.Currency == "" {
			a.Currency = "MAD"
		}
		if a.Value == 0 && a.MAD != nil {
			a.Value = *a.MAD
		}
	}
	g.Path = path
	g.Name = strings.TrimSuffix(filepath.Base(path), GoldSuffix)
	base := strings.TrimSuffix(path, GoldSuffix)
	for _, ext := range articleExts {
		if st, err := os.Stat(base + ext); err == nil && st.Mode().IsRegular() {
			g.Article = base + ext
			break
		}
	}
	return g, nil
}

// LoadGold walks dir for gold files and reads them all, in path order.
func LoadGold(dir string) ([]Gold, error) {
	var paths []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(d.Name(), GoldSuffix) {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("eval: walk %s: %w", dir, err)
	}
	sort.Strings(paths)
	golds := make([]Gold, 0, len(paths))
	for _, p := range paths {
		g, err := ReadGold(p)
		if err != nil {
			return nil, err
		}
		golds = append(golds, g)
	}
	return golds, nil
}
