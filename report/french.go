package report

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// nbsp separates thousands and joins a number to its unit, as French
// typography wants.
const nbsp = "\u00a0"

// Int writes n with its thousands separated: "1 500".
func Int(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(nbsp)
		}
		b.WriteRune(c)
	}
	return b.String()
}

// Jobs writes a job count: "1 500 emplois", "1 emploi".
func Jobs(n int64) string { return Count(n, "emploi", "emplois") }

// Count writes n and the noun that fits it, singular for 0 and 1 as in
// French: "0 accord", "2 accords".
func Count(n int64, one, several string) string {
	if n > -2 && n < 2 {
		return Int(n) + nbsp + one
	}
	return Int(n) + nbsp + several
}

// scales are the words of large sums, largest first.
var scales = []struct {
	size         float64
	one, several string
}{
	{1e9, "milliard", "milliards"},
	{1e6, "million", "millions"},
}

// Dirhams writes a sum in dirhams as the press does: "2,5 milliards de
// dirhams", "1,6 milliard de dirhams", "50 millions de dirhams",
// "350 000 dirhams". Millions and billions keep two decimals at most.
func Dirhams(mad int64) string {
	v := float64(mad)
	for _, s := range scales {
		if v >= s.size || -v >= s.size {
			x := math.Round(v/s.size*100) / 100
			word := s.several
			if x > -2 && x < 2 {
				word = s.one
			}
			num := strconv.FormatFloat(x, 'f', 2, 64)
			num = strings.TrimRight(strings.TrimRight(num, "0"), ".")
			whole, frac, _ := strings.Cut(num, ".")
			w, _ := strconv.ParseInt(whole, 10, 64)
			num = Int(w)
			if strings.HasPrefix(whole, "-") && w == 0 {
				num = "-0"
			}
			if frac != "" {
				num += "," + frac
			}
			return num + nbsp + word + " de dirhams"
		}
	}
	return Int(mad) + nbsp + "dirhams"
}

var months = [...]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
	"septembre", "octobre", "novembre", "décembre"}

// Date writes an ISO date (YYYY-MM-DD, or YYYY-MM) in words: "30 janvier
// 2024", "1er mars 2025", "janvier 2024"; anything else is returned as is.
func Date(iso string) string {
	if t, err := time.Parse(time.DateOnly, iso); err == nil {
		day := strconv.Itoa(t.Day())
		if t.Day() == 1 {
			day = "1er"
		}
		return day + nbsp + months[t.Month()-1] + nbsp + strconv.Itoa(t.Year())
	}
	if t, err := time.Parse("2006-01", iso); err == nil {
		return Month(t)
	}
	return iso
}

// Month writes a month and its year: "janvier 2024".
func Month(t time.Time) string {
	return months[t.Month()-1] + nbsp + strconv.Itoa(t.Year())
}
