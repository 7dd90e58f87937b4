package extract

import (
	"veille/normalize"
)

// findPlaces lists the gazetteer places named in the body, once per
// canonical name in order of first mention, with the number of mentions.
// A city named inside a longer place (a region "Casablanca-Settat") is
// not a mention of the city: normalize matches the longest name, and
// overlapping matches are dropped.
func findPlaces(d *doc) []Place {
	out := []Place{}
	index := map[string]int{}
	last := 0 // end of the previous match: overlapping matches are dropped
	for _, m := range withInnerCities(d, d.places()) {
		p := m.Place
		if p == nil || (m.Start < last && !m.inner) {
			continue
		}
		last = max(last, m.End)
		if i, ok := index[p.Name]; ok {
			out[i].Mentions++
			continue
		}
		index[p.Name] = len(out)
		out = append(out, Place{
			Name:     p.Name,
			Kind:     p.Kind,
			Region:   optString(p.Region),
			City:     optString(p.City),
			Lat:      optCoord(p.Lat, p.Lon, p.Lat),
			Lon:      optCoord(p.Lat, p.Lon, p.Lon),
			Mentions: 1,
			Evidence: d.evidence(m.Start, m.End),
		})
	}
	return out
}

// placeMatch is a place found in the text; inner marks a city named
// inside a park's name ("Technopolis de Rabat").
type placeMatch struct {
	normalize.PlaceMatch
	inner bool
}

// withInnerCities adds, after each park, the cities its name holds: the
// gold counts "Rabat" in "Technopolis de Rabat" and in "Rabat
// Technopolis" even though the park lies in Salé, and "Tanger" in "Tanger
// Automotive City". A city written in the name is a mention of it,
// whatever the park's own city.
func withInnerCities(d *doc, ms []normalize.PlaceMatch) []placeMatch {
	out := make([]placeMatch, 0, len(ms))
	for _, m := range ms {
		out = append(out, placeMatch{PlaceMatch: m})
		if m.Place != nil && m.Place.Kind == normalize.PlacePark {
			out = append(out, innerCities(d, m)...)
		}
	}
	return out
}

// innerCities returns the cities named by the words of park match m, the
// longest first: each run of its words short of the whole name is looked
// up in the gazetteer.
func innerCities(d *doc, m normalize.PlaceMatch) []placeMatch {
	ws := d.words()
	lo, hi := wordsIn(ws, m.Start, m.End)
	bounds := ws[lo:hi] // the words of the name
	var out []placeMatch
	for a := 0; a < len(bounds); a++ {
		for b := len(bounds) - 1; b >= a; b-- {
			if a == 0 && b == len(bounds)-1 {
				continue // the park itself
			}
			s, e := bounds[a].Start, bounds[b].End
			p, ok := normalize.LookupPlace(d.Text[s:e])
			if !ok || p.Kind != normalize.PlaceCity {
				continue
			}
			in := normalize.PlaceMatch{Span: normalize.Span{Start: s, End: e}, Text: d.Text[s:e], Place: p}
			out = append(out, placeMatch{PlaceMatch: in, inner: true})
			a = b
			break
		}
	}
	return out
}

// placeCity returns the city a gazetteer place stands for: the city itself,
// or the city of a park or district ("" otherwise).
func placeCity(p *normalize.Place) string {
	switch p.Kind {
	case normalize.PlaceCity:
		return p.Name
	case normalize.PlacePark, normalize.PlaceDistrict:
		return p.City
	}
	return ""
}

func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// optCoord returns v, or nil when the place has no coordinates (0, 0).
func optCoord(lat, lon, v float64) *float64 {
	if lat == 0 && lon == 0 {
		return nil
	}
	return &v
}
