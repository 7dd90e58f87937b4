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
// to find them.
type Input struct {
	Generated time.Time
	Deals     []*deals.Deal
	Articles  []deals.Article
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
