package extract

import (
	"iter"
	"strings"
	"unicode"

	"veille/normalize"
)

// findPlaces lists the gazetteer places named in the body, once per
// canonical name in order of first mention, with the number of mentions.
// A city named inside a longer place (a region "Casablanca-Settat") is
// not a mention of the city: normalize matches the longest name, and
// overlapping matches are dropped. The cities the name of a park or
// district writes are mentions ("Tanger Med" names Tanger); the city a
// park merely lies in is not ("Midparc" lies in Nouaceur but does not
// name it), so such a park carries no City.
func findPlaces(d *doc, parties ...[]Party) []Place {
	families := familyPairs(parties...)
	ms := d.places()
	out := make([]Place, 0, min(len(ms), placesAtFirst)) // a place is named again and again: few of them
	index := map[string]int{}
	last := 0 // end of the previous match: overlapping matches are dropped
	ws := d.words()
	for m := range withInnerCities(d, ms) {
		p := m.Place
		if p == nil || (m.Start < last && !m.inner) || inPersonName(d, ws, m.PlaceMatch) || families.has(ws, m.PlaceMatch) {
			continue
		}
		last = max(last, m.End)
		if i, ok := index[p.Name]; ok {
			out[i].Mentions++
			if m.namesCity {
				out[i].City = optString(new(p.City))
			}
			continue
		}
		index[p.Name] = len(out)
		city := p.City
		if inPark(p) && !m.namesCity {
			city = ""
		}
		v := &placeValues{p.Region, city, p.Lat, p.Lon} // what the fields of the place point to, in one allocation
		out = append(out, Place{
			Name:     p.Name,
			Kind:     p.Kind,
			Region:   optString(&v.region),
			City:     optString(&v.city),
			Lat:      optCoord(p.Lat, p.Lon, &v.lat),
			Lon:      optCoord(p.Lat, p.Lon, &v.lon),
			Mentions: 1,
			Evidence: d.evidence(m.Start, m.End),
		})
	}
	return out
}

// placesAtFirst is the room findPlaces makes for the places of a text at
// first: an article names some dozens.
const placesAtFirst = 32

// placeValues are the values the optional fields of a Place point to.
type placeValues struct {
	region, city string
	lat, lon     float64
}

// inPersonName reports a town whose name opens with a patronymic particle
// written after a capitalised word inside its sentence: "Mohamed Ben
// Ahmed" is a man, "à Ben Ahmed" the town.
func inPersonName(d *doc, ws words, m normalize.PlaceMatch) bool {
	i := wordAt(ws, m.Start)
	if i >= ws.Len() || !nameParticles[ws.Fold(i)] || i == 0 || !ws.At(i-1).Cap() || ws.At(i-1).Punct() {
		return false
	}
	from, _ := d.sentenceWords(ws, ws.Span(i).Start)
	return i-1 > from
}

// families holds the pairs of words that follow each other in the name
// of a person the parties found, folded ("karim benslimane"): a town's
// name after the word before it in such a pair is a family name.
type families map[string]bool

// familyPairs returns the pairs of words of the names of the people among
// the lists of parties.
func familyPairs(lists ...[]Party) families {
	var fs families
	for _, ps := range lists { // each list in place: no concatenated copy per document
		for _, p := range ps {
			if p.Kind != KindPerson {
				continue
			}
			ws := strings.Fields(normalize.Fold(p.Name))
			for k := 1; k < len(ws); k++ {
				if fs == nil {
					fs = families{}
				}
				fs[ws[k-1]+" "+ws[k]] = true
			}
		}
	}
	return fs
}

// has reports a place whose first word follows, in the text, the word
// before it in the name of a person: "Karim Benslimane" is a man, not the
// town of Benslimane.
func (fs families) has(ws words, m normalize.PlaceMatch) bool {
	if len(fs) == 0 {
		return false
	}
	i := wordAt(ws, m.Start)
	if i == 0 || i >= ws.Len() || !ws.At(i-1).Cap() {
		return false
	}
	return fs[ws.Fold(i-1)+" "+ws.Fold(i)]
}

// placeMatch is a place found in the text; inner marks a city named
// inside the name of a park or district ("Technopolis de Rabat"), and
// namesCity a park or district whose name, as written, holds its own city.
type placeMatch struct {
	normalize.PlaceMatch
	inner, namesCity bool
}

// withInnerCities adds, after each park or district, the cities its name
// holds: the gold counts "Rabat" in "Technopolis de Rabat" and in "Rabat
// Technopolis" even though the park lies in Salé, "Tanger" in "Tanger
// Automotive City" and "Fès" in "FèsShore". A city written in the name is
// a mention of it, whatever the park's own city. The matches are yielded,
// not listed: a dense page names thousands.
func withInnerCities(d *doc, ms []normalize.PlaceMatch) iter.Seq[placeMatch] {
	return func(yield func(placeMatch) bool) {
		for _, m := range ms {
			if m.Place == nil || !inPark(m.Place) {
				if !yield(placeMatch{PlaceMatch: m}) {
					return
				}
				continue
			}
			inner := innerCities(d, m)
			pm := placeMatch{PlaceMatch: m}
			for _, c := range inner {
				pm.namesCity = pm.namesCity || c.Place.Name == m.Place.City
			}
			if !yield(pm) {
				return
			}
			for _, c := range inner {
				if !yield(c) {
					return
				}
			}
		}
	}
}

// inPark reports a park or district: a place that lies in a city.
func inPark(p *normalize.Place) bool {
	return p.Kind == normalize.PlacePark || p.Kind == normalize.PlaceDistrict
}

// innerCities returns the cities named by the parts of park match m, the
// longest first: each run of its parts short of the whole name is looked
// up in the gazetteer. The parts are its words, and a word written in
// camel case is cut at its capitals ("FèsShore", "TangerMed"), but not a
// word in one piece ("Casanearshore" does not write Casablanca).
func innerCities(d *doc, m normalize.PlaceMatch) []placeMatch {
	ws := d.words()
	lo, hi := wordsIn(ws, m.Start, m.End)
	var parts []normalize.Span
	for _, w := range ws.Slice(lo, hi).All() {
		parts = append(parts, camelParts(d.Text, w.Start, w.End)...)
	}
	var out []placeMatch
	for a := 0; a < len(parts); a++ {
		for b := len(parts) - 1; b >= a; b-- {
			if a == 0 && b == len(parts)-1 {
				continue // the park itself
			}
			s, e := parts[a].Start, parts[b].End
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

// camelParts cuts the word text[s:e] before each capital that follows a
// small letter: "FèsShore" gives "Fès" and "Shore", "Casanearshore" and
// "MEDZ" stay whole.
func camelParts(text string, s, e int) []normalize.Span {
	var out []normalize.Span
	start, prevLower := s, false
	for i, r := range text[s:e] {
		if unicode.IsUpper(r) && prevLower {
			out = append(out, normalize.Span{Start: start, End: s + i})
			start = s + i
		}
		prevLower = unicode.IsLower(r)
	}
	return append(out, normalize.Span{Start: start, End: e})
}

// placeCity returns the locality a gazetteer place stands for, where its
// jobs are: the city or rural commune itself, or the city of a park or
// district ("" otherwise).
func placeCity(p *normalize.Place) string {
	switch p.Kind {
	case normalize.PlaceCity, normalize.PlaceCommune:
		return p.Name
	case normalize.PlacePark, normalize.PlaceDistrict:
		return p.City
	}
	return ""
}

// optString returns s, or nil when it points to "".
func optString(s *string) *string {
	if *s == "" {
		return nil
	}
	return s
}

// optCoord returns v, or nil when the place has no coordinates (0, 0).
func optCoord(lat, lon float64, v *float64) *float64 {
	if lat == 0 && lon == 0 {
		return nil
	}
	return v
}
