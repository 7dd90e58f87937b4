package report

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"veille/deals"
)

// Input is what a report shows: deals, newest first, and the articles read
// to find them, over a period.
type Input struct {
	Generated time.Time
	Deals     []*deals.Deal
	Articles  []deals.Article
	// From and To bound the period (ISO dates, both included; "" for no
	// bound): a deal by its date, an article by its publication. The HTML
	// page keeps every deal and opens on the period, which its reader can
	// widen.
	From, To string
}

// inPeriod reports whether the ISO date is within the input's period; an
// unknown date is outside any bounded one.
func (in *Input) inPeriod(date string) bool {
	return (in.From == "" || date != "" && date >= in.From) && (in.To == "" || date != "" && date <= in.To)
}

// Period returns the deals and articles of the period.
func (in *Input) Period() ([]*deals.Deal, []deals.Article) {
	var ds []*deals.Deal
	for _, d := range in.Deals {
		if in.inPeriod(d.Date()) {
			ds = append(ds, d)
		}
	}
	var as []deals.Article
	for _, a := range in.Articles {
		if in.inPeriod(a.Published) {
			as = append(as, a)
		}
	}
	return ds, as
}

// Formats lists the report formats.
var Formats = []string{"text", "markdown", "csv", "html"}

// regionJobs returns the pledged jobs of each region, the regions sorted
// by jobs then name; deals without a region count under "".
func regionJobs(ds []*deals.Deal) (names []string, jobs map[string]int64, count map[string]int) {
	jobs, count = map[string]int64{}, map[string]int{}
	for _, d := range ds {
		if d.Jobs != nil {
			jobs[d.Region] += *d.Jobs
		}
		count[d.Region]++
	}
	for n := range count {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int { return cmp.Or(cmp.Compare(jobs[b], jobs[a]), cmp.Compare(a, b)) })
	return names, jobs, count
}

// partners joins a deal's partners.
func partners(d *deals.Deal) string { return strings.Join(d.Partners, ", ") }

// jobsCell writes a deal's jobs and their target year: "1 500 emplois
// d'ici 2027", marked when the year passed unmentioned.
func jobsCell(d *deals.Deal) string {
	s := ""
	if d.Jobs != nil {
		s = Jobs(*d.Jobs)
	}
	if d.Year != nil {
		s = strings.TrimSpace(s + " d’ici " + strconv.Itoa(*d.Year))
	}
	if d.Overdue {
		s += " (échéance passée)"
	}
	return s
}

// amountCell writes a deal's amount, "" when unknown.
func amountCell(d *deals.Deal) string {
	if d.AmountMAD == nil {
		return ""
	}
	return Dirhams(*d.AmountMAD)
}

// placeCell writes where a deal is: its place, with its region when that
// is another name.
func placeCell(d *deals.Deal) string {
	switch {
	case d.Place == "":
		return d.Region
	case d.Region == "" || d.Region == d.Place:
		return d.Place
	}
	return d.Place + " (" + d.Region + ")"
}
