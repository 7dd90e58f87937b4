package report

import (
	"bytes"
	"cmp"
	_ "embed"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"veille/deals"
	"veille/names"
	"veille/normalize"
)

var (
	//go:embed html/page.html
	pageHTML string
	//go:embed html/style.css
	styleCSS string
	//go:embed html/script.js
	scriptJS string
	//go:embed data/morocco.json
	moroccoJSON []byte
)

// pageTemplate is parsed on first use, not at start-up.
var pageTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page").Funcs(template.FuncMap{"jobs": Jobs}).Parse(pageHTML))
})

// page is what the template shows.
type page struct {
	Sub                              string // the line under the title
	Figures                          []figure
	Regions, Cities, Years, Partners []string
	partners                         names.Index // numbers the partners of the filter
	From, To                         string
	Map                              mapView
	Rows                             []row
	CSS                              template.CSS
	JS                               template.JS
	Data                             template.JS
}

// figure is a headline figure: its element id, its value, and its label
// as it agrees with the number (One, Many: the forms for the script).
type figure struct{ ID, Class, Value, Label, One, Many string }

// figures returns the headline figures of totals t.
func figures(t deals.Totals) []figure {
	fs := []figure{
		{ID: "h-deals", Value: Int(int64(t.Deals)), One: "accord", Many: "accords"},
		{ID: "h-jobs", Value: Int(t.Jobs), One: "emploi promis", Many: "emplois promis"},
		{ID: "h-amount", Class: "amount", Value: Dirhams(t.AmountMAD), One: "d’investissements promis", Many: "d’investissements promis"},
		{ID: "h-partners", Value: Int(int64(t.Partners)), One: "partenaire", Many: "partenaires"},
		{ID: "h-articles", Value: Int(int64(t.Articles)), One: "article lu", Many: "articles lus"},
		{ID: "h-outlets", Value: Int(int64(t.Outlets)), One: "média", Many: "médias"},
	}
	for i, n := range []int64{int64(t.Deals), t.Jobs, t.AmountMAD, int64(t.Partners), int64(t.Articles), int64(t.Outlets)} {
		fs[i].Label = strings.TrimPrefix(Count(n, fs[i].One, fs[i].Many), Int(n)+nbsp)
	}
	return fs
}

// mapView is the outline of Morocco and the seats of the regions on it.
type mapView struct {
	Width, Height float64
	West, North   float64
	KX, KY        float64
	Path          string
	Seats         []seat
	ViewBox       string // the outline with room around it for the circles
}

// mapMargin leaves room around the outline for the largest circle.
const mapMargin = 32

type seat struct {
	Region string
	X, Y   string
}

// row is a deal as its table row shows it.
type row struct {
	*deals.Deal
	DateText, PartnersText, AmountText, PlaceText, History string
	SourceViews                                            []sourceView
}

type sourceView struct {
	URL, Outlet, Date, Title, Figures string
	Evidence                          [][]piece // sentences cut into plain and marked pieces
}

type piece struct {
	Text string
	Mark bool
}

// pageData is the JSON the script filters and sums.
type pageData struct {
	Deals    []dealData  `json:"deals"`
	Articles [][2]string `json:"articles"` // published, outlet
}

type dealData struct {
	ID          string `json:"id"`
	Date        string `json:"date"`
	Year        *int   `json:"year"`
	Region      string `json:"region"`
	City        string `json:"city"`
	Jobs        *int64 `json:"jobs"`
	Amount      *int64 `json:"amount"`
	Partners    []int  `json:"partners"` // indexes into the partner filter's names
	PartnerText string `json:"partnerText"`
	Agreement   string `json:"agreement"`
	Place       string `json:"place"`
	Sources     int    `json:"sources"`
	Overdue     bool   `json:"overdue"`
	Text        string `json:"text"` // folded, for the search box
}

// WriteHTML writes the report as one self-contained HTML page.
func WriteHTML(w io.Writer, in *Input) error {
	p, err := newPage(in)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	if err := pageTemplate().Execute(&b, p); err != nil {
		return fmt.Errorf("report: html: %w", err)
	}
	_, err = w.Write(b.Bytes())
	return err
}

func newPage(in *Input) (*page, error) {
	t := deals.Sum(in.Period())
	p := &page{From: in.From, To: in.To,
		Figures: figures(t),
		Sub: "Veille de la presse · " + Count(int64(t.Deals), "accord", "accords") + " tirés de " +
			Count(int64(t.Articles), "article", "articles") + " · généré le " + Date(in.Generated.Format("2006-01-02")),
		CSS: template.CSS(styleCSS),
		JS:  template.JS(scriptJS),
	}
	if err := json.Unmarshal(moroccoJSON, &p.Map); err != nil {
		return nil, fmt.Errorf("report: map data: %w", err)
	}
	p.Map.seats()
	data := pageData{Deals: []dealData{}, Articles: [][2]string{}}
	for _, d := range in.Deals {
		p.Rows = append(p.Rows, newRow(d))
		data.Deals = append(data.Deals, p.dealData(d))
		p.Regions = addOption(p.Regions, d.Region)
		p.Cities = addOption(p.Cities, d.City)
		if d.Year != nil {
			p.Years = addOption(p.Years, strconv.Itoa(*d.Year))
		}
	}
	p.sortPartners(data.Deals)
	for _, a := range in.Articles {
		data.Articles = append(data.Articles, [2]string{a.Published, a.Outlet})
	}
	slices.Sort(p.Regions)
	slices.Sort(p.Cities)
	slices.Sort(p.Years)
	b, err := json.Marshal(data)
	if err != nil {
		return nil, fmt.Errorf("report: html data: %w", err)
	}
	p.Data = template.JS(b)
	return p, nil
}

// sortPartners puts the partner filter in alphabetical order, renumbering
// the partners of the deals' data.
func (p *page) sortPartners(ds []dealData) {
	all := p.partners.Names()
	order := make([]int, len(all)) // order[i]: the number of the i-th name
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(names.Key(all[a]), names.Key(all[b])) })
	renumber := make([]int, len(all))
	p.Partners = make([]string, len(all))
	for i, n := range order {
		renumber[n], p.Partners[i] = i, all[n]
	}
	for _, d := range ds {
		for i, n := range d.Partners {
			d.Partners[i] = renumber[n]
		}
	}
}

func addOption(opts []string, v string) []string {
	if v == "" || slices.Contains(opts, v) {
		return opts
	}
	return append(opts, v)
}

// seats puts each region on the map at its seat.
func (m *mapView) seats() {
	for _, pl := range normalize.Regions() {
		x, y := (pl.Lon-m.West)*m.KX, (m.North-pl.Lat)*m.KY
		m.Seats = append(m.Seats, seat{Region: pl.Name, X: strconv.FormatFloat(x, 'f', 1, 64), Y: strconv.FormatFloat(y, 'f', 1, 64)})
	}
	m.ViewBox = fmt.Sprintf("%d %d %g %g", -mapMargin, -mapMargin, m.Width+2*mapMargin, m.Height+2*mapMargin)
}

// dealData returns the script's view of a deal, adding its partners to
// the partner filter (one entry per partner, however it is written).
func (p *page) dealData(d *deals.Deal) dealData {
	dd := dealData{ID: d.ID, Date: d.Date(), Year: d.Year, Region: d.Region, City: d.City, Jobs: d.Jobs,
		Amount: d.AmountMAD, Partners: []int{}, PartnerText: partners(d), Agreement: d.Agreement, Place: placeCell(d), Sources: len(d.Sources), Overdue: d.Overdue}
	for _, name := range d.Partners {
		dd.Partners = append(dd.Partners, p.partners.Add(name))
	}
	dd.Text = strings.ToLower(normalize.Fold(strings.Join([]string{dd.PartnerText, d.Agreement, d.Place, d.City, d.Region}, " ")))
	return dd
}

func newRow(d *deals.Deal) row {
	r := row{Deal: d, DateText: Date(d.Date()), PartnersText: partners(d), AmountText: amountCell(d), PlaceText: placeCell(d)}
	if r.PartnersText == "" {
		r.PartnersText = "(partenaire non nommé)"
	}
	var hist []string
	for _, f := range d.JobsHistory {
		hist = append(hist, Int(f.Value)+" ("+Date(f.Date)+")")
	}
	r.History = strings.Join(hist, " → ")
	for _, s := range slices.Backward(d.Sources) {
		r.SourceViews = append(r.SourceViews, newSourceView(s))
	}
	return r
}

// newSourceView shows a source; one whose outlet is unknown is linked as
// "source", as in the digest.
func newSourceView(s deals.Source) sourceView {
	v := sourceView{URL: s.URL, Outlet: cmp.Or(s.Outlet, "source"), Date: Date(s.Published), Title: s.Title}
	var says []string
	if s.Jobs != nil {
		says = append(says, jobParts(s)+Jobs(*s.Jobs))
	}
	if s.AmountMAD != nil {
		says = append(says, Dirhams(*s.AmountMAD))
	}
	if s.Year != nil {
		says = append(says, "d’ici "+strconv.Itoa(*s.Year))
	}
	if len(says) > 0 {
		v.Figures = "Selon cette source : " + strings.Join(says, ", ")
	}
	for _, e := range s.Evidence {
		v.Evidence = append(v.Evidence, pieces(e))
	}
	return v
}

// jobParts writes the figures summed into a source's jobs, "1 800 + 350
// permanents = ", or "" when there is one.
func jobParts(s deals.Source) string {
	if len(s.JobsParts) < 2 {
		return ""
	}
	var ps []string
	for _, p := range s.JobsParts {
		ps = append(ps, strings.TrimSpace(Int(p.Count)+" "+p.Qualifier))
	}
	return strings.Join(ps, " + ") + " = "
}

// digitGroups finds a space between the thousands of a number.
var digitGroups = regexp.MustCompile(`(\d) (\d{3})\b`)

// pieces cuts a sentence at its marks; the thousands of a number are
// joined by a no-break space, so that "1 800" is not cut at a line's end.
func pieces(e deals.Evidence) []piece {
	rs := []rune(e.Sentence)
	var out []piece
	at := 0
	for _, m := range e.Marks {
		if m.Start < at || m.End > len(rs) || m.Start >= m.End {
			continue
		}
		if m.Start > at {
			out = append(out, piece{Text: string(rs[at:m.Start])})
		}
		out = append(out, piece{Text: string(rs[m.Start:m.End]), Mark: true})
		at = m.End
	}
	if at < len(rs) {
		out = append(out, piece{Text: string(rs[at:])})
	}
	for i := range out {
		for range 2 { // matches do not overlap: "1 800 000" takes two passes
			out[i].Text = digitGroups.ReplaceAllString(out[i].Text, "$1"+nbsp+"$2")
		}
	}
	return out
}
