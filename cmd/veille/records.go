package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"go.uber.org/zap"

	"veille/extract"
)

// openRecords reads the records of the named input ("-" is standard input).
func openRecords(a *app, name string) ([]*extract.Record, int, error) {
	r, err := a.openInput(name)
	if err != nil {
		return nil, 0, err
	}
	defer r.Close()
	return readRecords(a, r, name)
}

// readRecords reads records from JSON Lines, or from one JSON array when
// the input starts with "[". A line that is not a record is logged and
// counted in bad; the others are still read.
func readRecords(a *app, r io.Reader, name string) (recs []*extract.Record, bad int, err error) {
	br := bufio.NewReader(r)
	for {
		b, err := br.Peek(1)
		if err != nil || !isJSONSpace(b[0]) {
			break
		}
		br.ReadByte()
	}
	if b, err := br.Peek(1); err == nil && b[0] == '[' {
		if err := json.NewDecoder(br).Decode(&recs); err != nil {
			return nil, 0, fmt.Errorf("%s: not a JSON array of records: %w", name, err)
		}
		return recs, 0, nil
	}
	sc := bufio.NewScanner(br)
	sc.Buffer(make([]byte, 0, 64<<10), 64<<20)
	for line := 1; sc.Scan(); line++ {
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 {
			continue
		}
		rec := new(extract.Record)
		if err := json.Unmarshal(text, rec); err != nil {
			bad++
			a.log.Error("bad record line", zap.String("input", name), zap.Int("line", line), zap.Error(err))
			continue
		}
		recs = append(recs, rec)
	}
	if err := sc.Err(); err != nil {
		return recs, bad, fmt.Errorf("%s: %w", name, err)
	}
	return recs, bad, nil
}

func isJSONSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// deref returns the string p points to, "" for nil.
func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
