package main

import (
	"fmt"
	"io"
	"sort"
	"text/tabwriter"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

// printSummary writes what a run did, in total and by site, for people.
func printSummary(w io.Writer, r runResult) {
	fmt.Fprintf(w, "crawl: %d fetched, %d new, %d changed, %d unchanged, %d skipped by robots.txt, %d failed (%d truncated), %d retried\n",
		r.Fetched, r.New, r.Changed, r.Unchanged, r.Robots, r.Failed, r.Truncated, r.Retried)
	fmt.Fprintf(w, "crawl: %d records, %d extraction failures, %d without keywords; %d URLs pending; %s",
		r.Records.Records, r.Records.Failed, r.Records.Skipped, r.Pending, r.Elapsed.Round(time.Millisecond))
	if r.Stopped != "" {
		fmt.Fprintf(w, "; stopped: %s", r.Stopped)
	}
	fmt.Fprintln(w)
	names := siteNames(r)
	if len(names) == 0 {
		return
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "site\tfetched\tnew\tchanged\tunchanged\trobots\tfailed\trecords\t")
	for _, n := range names {
		s := r.Sites[n]
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t\n", n, s.Fetched, s.New, s.Changed, s.Unchanged, s.Robots, s.Failed, r.SiteRecords[n].Records)
	}
	_ = tw.Flush()
}

func siteNames(r runResult) []string {
	names := make([]string, 0, len(r.Sites))
	for n := range r.Sites {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// logSummary logs what a run did as one entry (one JSON line with JSON
// logs), by site too; err is the run's error, if any.
func logSummary(log *zap.Logger, r runResult, err error) {
	fields := append(summaryFields(r), zap.Object("sites", sitesSummary(r)))
	switch {
	case err != nil:
		log.Error("crawl summary", append(fields, zap.Error(err))...)
	case r.Stopped != "":
		log.Warn("crawl summary", fields...)
	default:
		log.Info("crawl summary", fields...)
	}
}

// summaryFields are the totals of a run as log fields.
func summaryFields(r runResult) []zap.Field {
	return []zap.Field{
		zap.Int("fetched", r.Fetched), zap.Int("hubs", r.Hubs), zap.Int("new", r.New), zap.Int("changed", r.Changed),
		zap.Int("unchanged", r.Unchanged), zap.Int("robots", r.Robots), zap.Int("failed", r.Failed),
		zap.Int("truncated", r.Truncated), zap.Int("retried", r.Retried), zap.Int("records", r.Records.Records),
		zap.Int("extraction_failed", r.Records.Failed), zap.Int("without_keywords", r.Records.Skipped),
		zap.Int("pending", r.Pending), zap.Float64("failed_share", r.FailedShare()), zap.String("stopped", r.Stopped),
		zap.Duration("elapsed", r.Elapsed),
	}
}

// sitesSummary writes the counts of each site as a JSON object.
type sitesSummary runResult

func (s sitesSummary) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	r := runResult(s)
	for _, n := range siteNames(r) {
		k, x := r.Sites[n], r.SiteRecords[n]
		err := enc.AddObject(n, zapcore.ObjectMarshalerFunc(func(enc zapcore.ObjectEncoder) error {
			for _, c := range []struct {
				key string
				n   int
			}{{"fetched", k.Fetched}, {"new", k.New}, {"changed", k.Changed}, {"unchanged", k.Unchanged},
				{"robots", k.Robots}, {"failed", k.Failed}, {"retried", k.Retried}, {"records", x.Records}} {
				enc.AddInt(c.key, c.n)
			}
			return nil
		}))
		if err != nil {
			return err
		}
	}
	return nil
}
