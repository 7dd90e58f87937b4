package content

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"veille/normalize"
)

// dateTimeLayouts are the date-time forms of meta tags, with an offset.
var dateTimeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05-0700",
	"2006-01-02T15:04:05.999999999-0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -0700 MST",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
}

// mayBeDateTime tells whether s may take one of dateTimeLayouts: each
// opens with a date and a time, 16 bytes at least ("2006-01-02T1:04Z"),
// or with a weekday and a comma ("Mon,"). A date alone or a French date
// is not tried against them: each failed parse costs an error.
func mayBeDateTime(s string) bool {
	return len(s) >= len("2006-01-02T1:04Z") && s[4] == '-' || len(s) > len("Mon,") && s[3] == ','
}

var isoDate = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})`)
})

// normDate normalises a date as found in metadata to an RFC 3339 date-time
// (when it has a time and an offset) or date; "" if it is not a date.
func normDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if mayBeDateTime(s) {
		for _, l := range dateTimeLayouts {
			if t, err := time.Parse(l, s); err == nil {
				return t.Format(time.RFC3339)
			}
		}
	}
	if m := isoDate().FindStringSubmatch(s); m != nil {
		return ymd(m[1], m[2], m[3])
	}
	if d := frenchDate(s); d != "" {
		return d
	}
	return ""
}

// ymd formats a valid year, month and day as an RFC 3339 date.
func ymd(y, m, d string) string {
	yi, _ := strconv.Atoi(y)
	mi, _ := strconv.Atoi(m)
	di, _ := strconv.Atoi(d)
	if yi < 1900 || yi > 2200 || mi < 1 || mi > 12 || di < 1 || di > 31 {
		return ""
	}
	t := time.Date(yi, time.Month(mi), di, 0, 0, 0, 0, time.UTC)
	if t.Day() != di {
		return ""
	}
	return t.Format(time.DateOnly)
}

// englishMonths maps English month names, lower case, to numbers; French
// ones are normalize's (normalize.Month).
var englishMonths = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
	"december": 12,
}

// month returns the number of the French or English month a folded word
// names.
func month(w string) (int, bool) {
	if m, ok := englishMonths[w]; ok {
		return m, true
	}
	return normalize.Month(w)
}

// frenchDate finds a full date like "30 avril 2024 à 10h12" or
// "30/04/2024" in s. A time without a zone is dropped: the day is certain,
// the offset is not.
func frenchDate(s string) string {
	for _, d := range normalize.Dates(s, time.Time{}) {
		if d.Resolved && d.Precision == normalize.PrecisionDay {
			return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
		}
	}
	return ""
}

var bylineDate = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\s*(?:le|on)?\s*:?\s*(?:[a-z]+\s+)?(\d{1,2}(?:er)?\s+[a-z]{3,9}\.?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4}|[a-z]+\s+\d{1,2},\s+\d{4})`)
})

// bylineWords announce a publication date in running text.
var bylineWords = []string{"publie", "mis en ligne", "posted", "published"}

// bylineDateIn finds a publication date announced in running text:
// "Publié le 30 avril 2024 à 10h12", "Published on April 30, 2024".
func bylineDateIn(s string) string {
	f := fold(s)
	for _, w := range bylineWords {
		for at := 0; ; {
			i := strings.Index(f[at:], w)
			if i < 0 {
				break
			}
			at += i + len(w)
			if d := bylineDateAt(f[at:min(len(f), at+60)]); d != "" {
				return d
			}
		}
	}
	return ""
}

// bylineDateAt parses the date that starts the folded text s.
func bylineDateAt(s string) string {
	m := bylineDate().FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	if d := frenchDate(m[1]); d != "" {
		return d
	}
	// English "april 30, 2024".
	parts := strings.Fields(strings.ReplaceAll(m[1], ",", ""))
	if len(parts) == 3 {
		if mo, ok := month(parts[0]); ok {
			return ymd(parts[2], strconv.Itoa(mo), parts[1])
		}
	}
	return ""
}

// dateWords are the words of a date or time line besides numbers: months,
// weekdays and joining words (French, English, German, Spanish), folded.
var dateWords = map[string]bool{
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true, "sonntag": true,
	"januar": true, "februar": true, "marz": true, "juni": true, "juli": true, "oktober": true, "dezember": true,
	"enero": true, "febrero": true, "marzo": true, "abril": true, "mayo": true, "junio": true, "julio": true,
	"agosto": true, "septiembre": true, "octubre": true, "noviembre": true, "diciembre": true,
	"le": true, "a": true, "at": true, "on": true, "um": true, "uhr": true, "h": true, "am": true, "pm": true,
	"de": true, "del": true, "of": true, "the": true, "er": true, "st": true, "nd": true, "rd": true, "th": true,
	"gmt": true, "utc": true, "cet": true, "cest": true, "mez": true,
}

// isMonth reports whether a folded word names a month.
func isMonth(w string) bool {
	_, ok := month(w)
	return ok
}

// dateLine tells whether the block b is only a date or a time ("January
// 13", "3:59 PM", "Samedi 27 Avril 2024", "28.01.22").
func dateLine(b string) bool {
	if len(b) > 50 {
		return false
	}
	digits := false
	var buf [2 * 50]byte
	f := appendFold(buf[:0], b)
	for i, j := 0, 0; i < len(f); i = j + 1 {
		j = i
		for j < len(f) && !dateSeparator[f[j]] {
			j++
		}
		w := f[i:j]
		switch {
		case len(w) == 0:
		case len(bytes.Trim(w, "0123456789")) == 0:
			digits = true
		case isMonth(string(w)) || dateWords[string(w)] || dateWords[string(bytes.TrimLeft(w, "0123456789"))]:
		default:
			return false
		}
	}
	return digits
}

// dateSeparator holds the bytes dateLine splits a folded block at, all
// ASCII: no byte of another rune is.
var dateSeparator = [256]bool{' ': true, ',': true, '.': true, '/': true, ':': true, '-': true, '|': true, '(': true, ')': true}
