package extract

import (
	"cmp"
	"slices"
	"sort"
	"strings"
)

// mergeJobs folds repeated figures (same count and kind) into one Job and
// ties parts to their totals.
func mergeJobs(d *doc, hits *pile[jobHit]) []Job {
	g := groupHits(hits)
	mentions := make([]int, g.n) // the number of mentions of each job
	for _, at := range g.order {
		mentions[at]++
	}
	// The lists of each job are cut from one array each, at their exact
	// size: a dense page repeats thousands of figures.
	out := make([]Job, g.n)
	sents := make([][]int, g.n) // sentences of each job's mentions
	bare := make([]bool, g.n)   // whether its first mention is bare
	allSents, allAlso := make([]int, hits.len()), make([]Evidence, hits.len()-g.n)
	for n, h := range hits.all() {
		at := g.order[n]
		if sents[at] == nil {
			c := mentions[at]
			sents[at], allSents = allSents[:0:c], allSents[c:]
			f := h.job
			out[at] = Job{Count: f.Count, Kind: f.Kind, Qualifier: f.Qualifier, Direct: f.Direct, Approx: f.Approx, Year: f.Year, Evidence: d.Evidence(h.span)}
			bare[at] = h.bare
			out[at].Also, allAlso = allAlso[:0:c-1], allAlso[c-1:]
		} else {
			m := &out[at]
			m.Also = append(m.Also, d.Evidence(h.span))
			if m.Year == nil {
				m.Year = h.job.Year
			}
			if m.Qualifier == nil {
				m.Qualifier, m.Direct = h.job.Qualifier, h.job.Direct
			}
		}
		sents[at] = append(sents[at], h.sent)
	}
	// A part of a part is one of the total: "dont 600... et 400...".
	totalOf := make([]int32, g.n) // 1 + the total each job is a part of, 0 for none
	for n, h := range hits.all() {
		if h.partOfPrev && n > 0 && g.order[n-1] != g.order[n] {
			t := g.order[n-1]
			if totalOf[t] > 0 {
				t = totalOf[t] - 1
			}
			totalOf[g.order[n]] = t + 1
			setPart(out, sents, bare, int(g.order[n]), int(t))
		}
	}
	linkTotals(out, sents, bare)
	return out
}

// jobGroups files job hits by count and kind, each group a Job: sorted
// rather than in a map, which on a dense page, repeating thousands of
// figures, would weigh ten times more.
type jobGroups struct {
	order []int32 // the group of each hit, groups numbered by first mention
	n     int     // the number of groups
}

// groupHits groups hits.
func groupHits(hits *pile[jobHit]) jobGroups {
	g := jobGroups{order: make([]int32, hits.len())}
	sorted := make([]int32, hits.len()) // the hits by count and kind, each group in text order
	for k := range sorted {
		sorted[k] = int32(k)
	}
	slices.SortStableFunc(sorted, func(a, b int32) int { return compareFigures(hits.at(int(a)).job, hits.at(int(b)).job) })
	for k, h := range sorted { // groups numbered in sorted order first
		if k > 0 && compareFigures(hits.at(int(sorted[k-1])).job, hits.at(int(h)).job) != 0 {
			g.n++
		}
		g.order[h] = int32(g.n)
	}
	if len(sorted) > 0 {
		g.n++
	}
	rank := make([]int32, g.n) // then by first mention
	for k := range rank {
		rank[k] = -1
	}
	next := int32(0)
	for k, grp := range g.order {
		if rank[grp] < 0 {
			rank[grp], next = next, next+1
		}
		g.order[k] = rank[grp]
	}
	return g
}

// compareFigures orders figures by count, then kind.
func compareFigures(a, b jobFigure) int {
	return cmp.Or(cmp.Compare(a.Count, b.Count), strings.Compare(string(a.Kind), string(b.Kind)))
}

// setPart makes job p a part of job t. A bare part said in the sentence
// of its total or in the next one (a breakdown: "2 400 emplois d'ici 2026.
// Il s'agit de 1 400... et de 1 000...") shares its deadline; a part
// pledged on its own ("Alpha créera 1 400 emplois") does not.
func setPart(jobs []Job, sents [][]int, bare []bool, p, t int) {
	total := jobs[t].Count
	jobs[p].PartOf = &total
	if jobs[p].Year != nil || !bare[p] {
		return
	}
	for _, s := range sents[t] {
		if s <= sents[p][0] && sents[p][0] <= s+1 {
			jobs[p].Year = jobs[t].Year
			return
		}
	}
}

// linkTotals sets PartOf on pledges that follow a larger pledge and add up
// to it: "5 050 emplois... 1 000... 2 000... 1 750... 300".
func linkTotals(jobs []Job, sents [][]int, bare []bool) {
	idx := make([]int, 0, len(jobs))
	for i, j := range jobs {
		if j.Kind == JobPledged {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool { return jobs[idx[a]].Evidence.Start < jobs[idx[b]].Evidence.Start })
	for a, ti := range idx {
		total := jobs[ti].Count
		var sum int64
		var parts []int
		for _, pi := range idx[a+1:] {
			p := &jobs[pi]
			if p.PartOf != nil || p.Count >= total {
				continue
			}
			sum += p.Count
			parts = append(parts, pi)
			if sum >= total {
				break
			}
		}
		if sum == total && len(parts) >= 2 {
			for _, pi := range parts {
				setPart(jobs, sents, bare, pi, ti)
			}
		}
	}
}
