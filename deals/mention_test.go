package deals

import (
	"encoding/json"
	"testing"

	"veille/extract"
)

// record reads a record written as JSON.
func record(t testing.TB, js string) *extract.Record {
	t.Helper()
	r := new(extract.Record)
	if err := json.Unmarshal([]byte(js), r); err != nil {
		t.Fatalf("bad test record: %v\n%s", err, js)
	}
	return r
}

func TestMentions(t *testing.T) {
	tests := []struct {
		name string
		rec  string
		want []Source // only the fields compared below
	}{
		{"a total whose parts have commitments is left to its parts",
			`{"url":"https://a.ma/textile","site":"A","published":"2023-11-09","relevant":true,
"jobs":[{"count":2400,"kind":"pledged","year":2026},{"count":1400,"kind":"pledged","part_of":2400},{"count":1000,"kind":"pledged","part_of":2400}],
"agreements":[{"type":"convention d'investissement","signed_on":"2023-11-08"}],
"commitments":[{"partner":null,"jobs":2400,"year":2026},
{"partner":"Tissages du Saïs","jobs":1400,"amount_mad":310000000,"place":"Meknès","year":2026},
{"partner":"Denim Atlas","jobs":1000,"place":"Fès","year":2026}]}`,
			[]Source{
				{Partners: []string{"Tissages du Saïs"}, Jobs: ptr(int64(1400)), AmountMAD: ptr(int64(310000000)), City: "Meknès", Region: "Fès-Meknès", SignedOn: "2023-11-08", Agreement: "convention d'investissement"},
				{Partners: []string{"Denim Atlas"}, Jobs: ptr(int64(1000)), City: "Fès", Region: "Fès-Meknès", SignedOn: "2023-11-08", Agreement: "convention d'investissement"},
			}},
		{"one partner's direct and indirect jobs are one deal; a part of a counted figure is not added",
			`{"url":"https://b.ma/kaizen","published":"2024-04-30","relevant":true,
"jobs":[{"count":1200,"kind":"pledged","qualifier":"directs"},{"count":3000,"kind":"pledged","qualifier":"indirects"},{"count":500,"kind":"pledged","part_of":1200}],
"commitments":[{"partner":"Kaizen Wiring Systems","jobs":1200,"amount_mad":2500000000,"year":2027},
{"partner":"groupe Kaizen Wiring Systems","jobs":3000,"year":2027},{"partner":"Kaizen Wiring Systems","jobs":500}],
"places":[{"name":"Tanger","kind":"city","mentions":3},{"name":"Rabat","kind":"city","mentions":1}],
"agreements":[{"type":"protocole d'accord","place":"Rabat"}]}`,
			[]Source{{Partners: []string{"Kaizen Wiring Systems"}, Jobs: ptr(int64(4200)), AmountMAD: ptr(int64(2500000000)), Region: "Tanger-Tétouan-Al Hoceïma", Agreement: "protocole d'accord"}}},
		{"a commitment without a partner goes to the record's companies and institutions",
			`{"url":"https://c.ma/bmk","published":"2024-10-09","relevant":true,
"signatories":[{"name":"Caisse de dépôt et de gestion","kind":"institution"},{"name":"Conseil de la région","kind":"government"},{"name":"Nadia Bennani","kind":"person"}],
"commitments":[{"partner":null,"jobs":2000,"year":2030}],
"places":[{"name":"Béni Mellal","kind":"city","mentions":1}]}`,
			[]Source{{Partners: []string{"Caisse de dépôt et de gestion"}, Jobs: ptr(int64(2000)), Region: "Béni Mellal-Khénifra"}}},
		{"a relevant record without commitments is summed up",
			`{"url":"https://d.ma/mnc","published":"2024-01-31T08:05:00+01:00","relevant":true,
"signatories":[{"name":"Maroc Numeric Cluster","kind":"institution"}],
"jobs":[{"count":300,"kind":"pledged"},{"count":800,"kind":"existing"}],
"amounts":[{"value":40000000,"currency":"MAD","value_mad":40000000,"kind":"investment"},{"value":9,"currency":"MAD","value_mad":9,"kind":"revenue"}],
"agreements":[{"type":"contrat-programme","signed_on":"2024-01-30"}]}`,
			[]Source{{Partners: []string{"Maroc Numeric Cluster"}, Jobs: ptr(int64(300)), AmountMAD: ptr(int64(40000000)), SignedOn: "2024-01-30", Agreement: "contrat-programme"}}},
		{"a record not judged relevant reports no deal",
			`{"url":"https://e.ma/foot","relevant":false,"commitments":[{"partner":"Raja","jobs":11}]}`, nil},
	}
	for _, tt := range tests {
		got := Mentions(record(t, tt.rec))
		if len(got) != len(tt.want) {
			t.Errorf("%s: %d sources, want %d: %+v", tt.name, len(got), len(tt.want), got)
			continue
		}
		for i, w := range tt.want {
			g := got[i]
			if !equalStrings(g.Partners, w.Partners) || !equalPtr(g.Jobs, w.Jobs) || !equalPtr(g.AmountMAD, w.AmountMAD) ||
				g.City != w.City || g.Region != w.Region || g.SignedOn != w.SignedOn || g.Agreement != w.Agreement {
				t.Errorf("%s: source %d = %+v,\nwant %+v", tt.name, i, g, w)
			}
		}
	}
}

// TestMentionEvidence checks that the sentences of a source mark the
// figures they state.
func TestMentionEvidence(t *testing.T) {
	s := Mentions(record(t, `{"url":"u","relevant":true,"commitments":[{"partner":"Inetum","jobs":1500,
"evidence":[{"text":"1.500 emplois","sentence":"Inetum créera 1.500 emplois d'ici 2027 à Rabat."},
{"text":"1.500","sentence":"Inetum créera 1.500 emplois d'ici 2027 à Rabat."},{"text":"2027","sentence":"Inetum créera 1.500 emplois d'ici 2027 à Rabat."}]}]}`))
	if len(s) != 1 || len(s[0].Evidence) != 1 {
		t.Fatalf("got %+v, want one source with one sentence", s)
	}
	e := s[0].Evidence[0]
	want := []Span{{14, 27}, {34, 38}}
	if len(e.Marks) != len(want) || e.Marks[0] != want[0] || e.Marks[1] != want[1] {
		t.Errorf("marks %v, want %v (overlapping marks merged)", e.Marks, want)
	}
}

func ptr[T any](v T) *T { return &v }

func equalPtr[T comparable](a, b *T) bool {
	return a == nil && b == nil || a != nil && b != nil && *a == *b
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
