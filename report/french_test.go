package report

import (
	"strings"
	"testing"
)

func TestFrench(t *testing.T) {
	sp := func(s string) string { return strings.ReplaceAll(s, "_", nbsp) }
	tests := []struct{ got, want string }{
		{Int(0), "0"},
		{Int(999), "999"},
		{Int(1500), sp("1_500")},
		{Int(-1500), sp("-1_500")},
		{Int(10000000000), sp("10_000_000_000")},
		{Jobs(1), sp("1_emploi")},
		{Count(0, "accord", "accords"), sp("0_accord")},
		{Count(2, "accord", "accords"), sp("2_accords")},
		{Jobs(1500), sp("1_500_emplois")},
		{Dirhams(2500000000), sp("2,5_milliards de dirhams")},
		{Dirhams(1600000000), sp("1,6_milliard de dirhams")},
		{Dirhams(1000000000), sp("1_milliard de dirhams")},
		{Dirhams(15260000000), sp("15,26_milliards de dirhams")},
		{Dirhams(1234000000000), sp("1_234_milliards de dirhams")},
		{Dirhams(50000000), sp("50_millions de dirhams")},
		{Dirhams(1500000), sp("1,5_million de dirhams")},
		{Dirhams(350000), sp("350_000_dirhams")},
		{Date("2024-01-30"), sp("30_janvier_2024")},
		{Date("2025-03-01"), sp("1er_mars_2025")},
		{Date("2024-08"), sp("août_2024")},
		{Date("hier"), "hier"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%d: got %q, want %q", i, tt.got, tt.want)
		}
	}
}
