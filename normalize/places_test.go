package normalize

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
)

// placeTests lists texts and the mentions Places must find in them, each
// written "surface form=canonical name/kind".
var placeTests = []struct {
	in   string
	want []string
}{
	{"", nil},
	{"Le centre sera implanté à Casablanca.", []string{"Casablanca=Casablanca/city"}},
	{"dans la région Casablanca-Settat", []string{"Casablanca-Settat=Casablanca-Settat/region"}},
	{"la région Casablanca–Settat", []string{"Casablanca–Settat=Casablanca-Settat/region"}},
	{"Tanger-Tétouan-Al Hoceïma", []string{"Tanger-Tétouan-Al Hoceïma=Tanger-Tétouan-Al Hoceïma/region"}},
	{"Tanger-Tetouan-Al Hoceima", []string{"Tanger-Tetouan-Al Hoceima=Tanger-Tétouan-Al Hoceïma/region"}},
	{"l'usine de Tanger Automotive City", []string{"Tanger Automotive City=Tanger Automotive City/park"}},
	{"TANGER AUTOMOTIVE CITY", []string{"TANGER AUTOMOTIVE CITY=Tanger Automotive City/park"}},
	{"la région Fès-Meknès", []string{"Fès-Meknès=Fès-Meknès/region"}},
	{"la région Fès - Meknès", []string{"Fès - Meknès=Fès-Meknès/region"}},
	{"à Fès, Meknès et Taza", []string{"Fès=Fès/city", "Meknès=Meknès/city", "Taza=Taza/city"}},
	{"à Fez", []string{"Fez=Fès/city"}},
	{"FES", []string{"FES=Fès/city"}},
	{"à fès", []string{"fès=Fès/city"}},
	{"un fez rouge", nil},
	{"TANGER", []string{"TANGER=Tanger/city"}},
	{"Tangier", []string{"Tangier=Tanger/city"}},
	{"Béni\u00a0Mellal", []string{"Béni\u00a0Mellal=Béni Mellal/city"}},
	{"Beni-Mellal", []string{"Beni-Mellal=Béni Mellal/city"}},
	{"un vol vers Dublin", []string{"Dublin=Dublin/foreign"}},
	{"les 12 régions du Royaume", nil},
	{"une sauce sale", nil},
	{"à Salé", []string{"Salé=Salé/city"}},
	{"SALÉ", []string{"SALÉ=Salé/city"}},
	{"le Maroc oriental", []string{"Maroc=Maroc/country"}},
	{"dans l'Oriental", []string{"l'Oriental=Oriental/region"}},
	{"dans l’Oriental", []string{"l’Oriental=Oriental/region"}},
	{"la région de l'Oriental", []string{"région de l'Oriental=Oriental/region"}},
	{"un tapis oriental", nil},
	{"un rabat de col", nil},
	{"à Rabat", []string{"Rabat=Rabat/city"}},
	{"Casa", []string{"Casa=Casablanca/city"}},
	{"la casa de papel", nil},
	{"la province de Nador", []string{"province de Nador=province de Nador/province"}},
	{"la Province de Nador", []string{"Province de Nador=province de Nador/province"}},
	{"le port de Nador", []string{"Nador=Nador/city"}},
	{"la préfecture de Mohammedia", []string{"préfecture de Mohammedia=préfecture de Mohammedia/province"}},
	{"la province de Mohammedia", []string{"province de Mohammedia=préfecture de Mohammedia/province"}},
	{"la province d'Al Haouz", []string{"province d'Al Haouz=province d'Al Haouz/province"}},
	{"dans le Haouz, à Al Haouz", []string{"Haouz=province d'Al Haouz/province", "Al Haouz=province d'Al Haouz/province"}},
	{"la préfecture d’Inezgane-Aït Melloul", []string{"préfecture d’Inezgane-Aït Melloul=préfecture d'Inezgane-Aït Melloul/province"}},
	{"la province d'Ifrane et Ifrane", []string{"province d'Ifrane=province d'Ifrane/province", "Ifrane=Ifrane/city"}},
	{"Kenitra", []string{"Kenitra=Kénitra/city"}},
	{"Laayoune", []string{"Laayoune=Laâyoune/city"}},
	{"El Aaiún", []string{"El Aaiún=Laâyoune/city"}},
	{"Tetuan", []string{"Tetuan=Tétouan/city"}},
	{"Marrakesh", []string{"Marrakesh=Marrakech/city"}},
	{"Essaouira (Mogador)", []string{"Essaouira=Essaouira/city", "Mogador=Essaouira/city"}},
	{"Al Hoceima", []string{"Al Hoceima=Al Hoceïma/city"}},
	{"Alhucemas", []string{"Alhucemas=Al Hoceïma/city"}},
	{"Ksar El Kebir", []string{"Ksar El Kebir=Ksar El Kébir/city"}},
	{"M’diq", []string{"M’diq=M'diq/city"}},
	{"le parc Casanearshore", []string{"Casanearshore=Casanearshore/park"}},
	{"Technopolis Rabat-Shore", []string{"Technopolis Rabat-Shore=Technopolis/park"}},
	{"Rabat Technopolis", []string{"Rabat Technopolis=Technopolis/park"}},
	{"Midparc", []string{"Midparc=Midparc/park"}},
	{"l'Atlantic Free Zone de Kénitra", []string{"Atlantic Free Zone de Kénitra=Atlantic Free Zone/park"}},
	{"Tanger Med 2", []string{"Tanger Med=Tanger Med/park"}},
	{"Jorf Lasfar", []string{"Jorf Lasfar=Jorf Lasfar/park"}},
	{"Mohammed VI Tangier Tech City", []string{"Mohammed VI Tangier Tech City=Mohammed VI Tangier Tech City/park"}},
	{"le roi Mohammed VI", nil},
	{"Technopark de Casablanca", []string{"Technopark de Casablanca=Technopark de Casablanca/park"}},
	{"Oujda Shore, Oujda", []string{"Oujda Shore=Oujda Shore/park", "Oujda=Oujda/city"}},
	{"la zone franche de Tanger", []string{"zone franche de Tanger=Tanger Free Zone/park"}},
	{"Paris et Madrid", []string{"Paris=Paris/foreign", "Madrid=Madrid/foreign"}},
	{"les paris sportifs", nil},
	{"Abu Dhabi, Addis-Abeba", []string{"Abu Dhabi=Abu Dhabi/foreign", "Addis-Abeba=Addis-Abeba/foreign"}},
	{"Le Caire", []string{"Le Caire=Le Caire/foreign"}},
	{"garder le cap", nil},
	{"Le Cap", []string{"Le Cap=Le Cap/foreign"}},
	{"le Grand Casablanca", []string{"Grand Casablanca=Grand Casablanca/region"}},
	{"Souss-Massa-Drâa", []string{"Souss-Massa-Drâa=Souss-Massa-Drâa/region"}},
	{"Souss Massa", []string{"Souss Massa=Souss-Massa/region"}},
	{"Rabat-Salé-Kenitra", []string{"Rabat-Salé-Kenitra=Rabat-Salé-Kénitra/region"}},
	{"l'axe Rabat-Salé", []string{"Rabat=Rabat/city", "Salé=Salé/city"}},
	{"Beni Mellal-Khenifra", []string{"Beni Mellal-Khenifra=Béni Mellal-Khénifra/region"}},
	{"Draa-Tafilalet", []string{"Draa-Tafilalet=Drâa-Tafilalet/region"}},
	{"Dakhla-Oued Ed Dahab", []string{"Dakhla-Oued Ed Dahab=Dakhla-Oued Ed Dahab/region"}},
	{"Laâyoune-Sakia El Hamra", []string{"Laâyoune-Sakia El Hamra=Laâyoune-Sakia El Hamra/region"}},
	{"Casablanca\n\nSettat", []string{"Casablanca=Casablanca/city", "Settat=Settat/city"}},
	{"Casablanca, Settat", []string{"Casablanca=Casablanca/city", "Settat=Settat/city"}},
	{"les Casablancais", nil},
	{"d'Agadir", []string{"Agadir=Agadir/city"}},
	{"Ait Melloul et Aït Melloul", []string{"Ait Melloul=Aït Melloul/city", "Aït Melloul=Aït Melloul/city"}},
	{"les Émirats arabes unis", []string{"Émirats arabes unis=Émirats arabes unis/country"}},
	{"le Royaume-Uni", []string{"Royaume-Uni=Royaume-Uni/country"}},
	{"la Côte d’Ivoire", []string{"Côte d’Ivoire=Côte d'Ivoire/country"}},
	{"Sidi Maârouf", []string{"Sidi Maârouf=Sidi Maârouf/district"}},
	{"Tan-Tan", []string{"Tan-Tan=Tan-Tan/city"}},
	{"un tan-tan", nil},
	{"Sebta", []string{"Sebta=Sebta/foreign"}},
	{"El Kelâa des Sraghna", []string{"El Kelâa des Sraghna=El Kelâa des Sraghna/city"}},
	{"Fe\u0300s", []string{"Fe\u0300s=Fès/city"}},
	{"8Marrakech-Safi : 3 500 emplois", []string{"Marrakech-Safi=Marrakech-Safi/region"}},
	{"Casablanca2030", []string{"Casablanca=Casablanca/city"}},
	{"un cas bénin, un sac en suède", nil},
	{"la Suède et le Bénin", []string{"Suède=Suède/country", "Bénin=Bénin/country"}},
	{"il usa de son influence aux USA", []string{"USA=États-Unis/country"}},
	{"Tan\u00adger", []string{"Tan\u00adger=Tanger/city"}},
}

func TestPlaces(t *testing.T) {
	for _, tt := range placeTests {
		var got []string
		for _, m := range Places(tt.in) {
			got = append(got, m.Text+"="+m.Place.Name+"/"+string(m.Place.Kind))
		}
		if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
			t.Errorf("Places(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPlacesSpans(t *testing.T) {
	s := "Signé à Tanger, pour Tanger Automotive City, région Tanger-Tétouan-Al Hoceïma."
	want := []Span{{10, 16}, {23, 45}, {55, 82}}
	got := Places(s)
	if len(got) != len(want) {
		t.Fatalf("Places(%q) gave %d matches, want %d", s, len(got), len(want))
	}
	for i, m := range got {
		if m.Span != want[i] || m.Text != s[m.Start:m.End] {
			t.Errorf("Places(%q)[%d] = %+v %q, want %+v", s, i, m.Span, m.Text, want[i])
		}
	}
	if city := got[1].Place.City; city != "Tanger" {
		t.Errorf("Places(%q)[1].Place.City = %q, want Tanger", s, city)
	}
}

// TestPlacesConcurrent checks that concurrent calls, which share the
// scanner pool, find the same places (run it with -race).
func TestPlacesConcurrent(t *testing.T) {
	want := len(Places(benchText))
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 20 {
				if got := len(Places(benchText)); got != want {
					t.Errorf("concurrent Places(benchText) found %d places, want %d", got, want)
				}
			}
		})
	}
	wg.Wait()
}

func TestLookupPlace(t *testing.T) {
	tests := []struct {
		in, want string
		kind     PlaceKind
	}{
		{"Fez", "Fès", PlaceCity},
		{"FES", "Fès", PlaceCity},
		{"fès", "Fès", PlaceCity},
		{"Tangiers", "Tanger", PlaceCity},
		{"tanger  tetouan al hoceima", "Tanger-Tétouan-Al Hoceïma", PlaceRegion},
		{"Nador", "Nador", PlaceCity},
		{"province de Nador", "province de Nador", PlaceProvince},
		{"préfecture de Nador", "province de Nador", PlaceProvince},
		{"sale", "Salé", PlaceCity}, // a lookup names a place: no capital needed
		{"Casanearshore", "Casanearshore", PlacePark},
		{"Pékin", "Pékin", PlaceForeign},
		{"Beijing", "Pékin", PlaceForeign},
	}
	for _, tt := range tests {
		p, ok := LookupPlace(tt.in)
		if !ok || p.Name != tt.want || p.Kind != tt.kind {
			t.Errorf("LookupPlace(%q) = %+v, %v, want %s (%s)", tt.in, p, ok, tt.want, tt.kind)
		}
	}
	for _, in := range []string{"", "Royaume", "12 régions", "Atlantis", "Fès, Meknès", "Fès.Meknès"} {
		if p, ok := LookupPlace(in); ok {
			t.Errorf("LookupPlace(%q) = %+v, want none", in, p)
		}
	}
}

// moroccanKinds are the kinds whose places lie in Morocco.
var moroccanKinds = map[PlaceKind]bool{PlaceRegion: true, PlaceProvince: true, PlaceCity: true, PlaceCommune: true, PlaceDistrict: true, PlacePark: true}

// TestGazetteerData walks every place of the embedded data.
func TestGazetteerData(t *testing.T) {
	g, err := loadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	counts := map[PlaceKind]int{}
	for _, p := range g.places {
		counts[p.Kind]++
		if moroccanKinds[p.Kind] && (p.Lat < 20.5 || p.Lat > 36.1 || p.Lon < -17.2 || p.Lon > -0.9) {
			t.Errorf("%s (%s) at %v,%v: outside Morocco", p.Name, p.Kind, p.Lat, p.Lon)
		}
		switch {
		case p.Kind == PlaceRegion:
			if p.Region != "" {
				if r, ok := LookupPlace(p.Region); !ok || r.Kind != PlaceRegion || r.Region != "" {
					t.Errorf("former region %s: successor %q is not a 2015 region", p.Name, p.Region)
				}
			}
		case moroccanKinds[p.Kind]:
			if r, ok := LookupPlace(p.Region); !ok || r.Kind != PlaceRegion || r.Region != "" {
				t.Errorf("%s (%s): region %q is not a 2015 region", p.Name, p.Kind, p.Region)
			}
		case p.Region != "" || p.City != "":
			t.Errorf("%s (%s): region %q, city %q, want none", p.Name, p.Kind, p.Region, p.City)
		}
		if p.Kind == PlacePark || p.Kind == PlaceDistrict || p.Kind == PlaceProvince && p.City != "" {
			if c, ok := LookupPlace(p.City); !ok || c.Kind != PlaceCity || c.Region != p.Region {
				t.Errorf("%s (%s): city %q is not a city of %s", p.Name, p.Kind, p.City, p.Region)
			}
			// named after its town, or after two, the first its seat
			// ("préfecture de M'diq-Fnideq")
			if p.Kind == PlaceProvince && !strings.HasSuffix(p.Name, " "+p.City) && !strings.HasSuffix(p.Name, "'"+p.City) && !strings.Contains(p.Name, " "+p.City+"-") {
				t.Errorf("%s (%s): city %q is not the town it is named after", p.Name, p.Kind, p.City)
			}
		} else if p.City != "" {
			t.Errorf("%s (%s): city %q, want none", p.Name, p.Kind, p.City)
		}
		for _, name := range append([]string{p.Name}, p.Variants...) {
			if q, ok := LookupPlace(name); !ok || q != p {
				t.Errorf("LookupPlace(%q) = %+v, want %s (%s)", name, q, p.Name, p.Kind)
			}
		}
		// Every canonical name, written alone, is found as itself.
		if ms := Places(p.Name); len(ms) != 1 || ms[0].Place != p || ms[0].Text != p.Name {
			t.Errorf("Places(%q) = %+v, want the %s itself", p.Name, ms, p.Kind)
		}
	}
	if counts[PlaceRegion] < 12 || counts[PlaceCity] < 100 || counts[PlaceProvince] != 75 {
		t.Errorf("gazetteer has %v places by kind, want at least 12 regions, 100 cities and 75 provinces", counts)
	}
	current := 0
	for _, p := range g.places {
		if p.Kind == PlaceRegion && p.Region == "" {
			current++
		}
	}
	if current != 12 {
		t.Errorf("gazetteer has %d 2015 regions, want 12", current)
	}
	t.Logf("places by kind: %v", counts)
}

func TestParseGazetteerErrors(t *testing.T) {
	const city = "city\tFès\tFès-Meknès\t\t34.03\t-5.00\tFez\n"
	tests := []struct {
		name, data, want string
	}{
		{"fields", "city\tFès\n", "got 2 fields"},
		{"kind", "town\tFès\t\t\t\t\t\n", `unknown kind "town"`},
		{"name", "city\t\t\t\t\t\t\n", "empty name"},
		{"coordinate", "city\tFès\t\t\t34,03\t-5\t\n", "bad coordinate"},
		{"no word", "city\t--\t\t\t\t\t\n", "has 0 words"},
		{"punctuation", "region\tFès, Meknès\t\t\t\t\t\n", "words that text never joins"},
		{"duplicate", city + "city\tFez\tFès-Meknès\t\t34.03\t-5.00\t\n", `"fez" names both "Fès" and "Fez"`},
		{"line twice", city + city, `"fes" names both "Fès" and "Fès"`},
	}
	for _, tt := range tests {
		_, err := parseGazetteer(tt.data)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: parseGazetteer(%q) error = %v, want %q", tt.name, tt.data, err, tt.want)
		}
	}
	const ok = "# comment\n\ncity\tFès\tFès-Meknès\t\t34.03\t-5.00\tFes|FÈS\n"
	if _, err := parseGazetteer(ok); err != nil {
		t.Errorf("parseGazetteer(%q) = %v, want no error", ok, err)
	}
}

// lexedEdges are texts whose words of places are not all one lexer token
// each, which findTokens leaves to findWords, or nearly so.
var lexedEdges = []string{
	"Casa\u00adblanca", "Casa\u00ad Blanca", "\u0663 Rabat", "Maʼroc Tanger", "Fès\u0301 Meknès",
	"\u0301Fès", "8Marrakech", "Tanger\n\nAutomotive City", "Sidi  -  Bennour", "l'Oriental", "d’Agadir",
}

// FuzzPlaces checks that Places finds the same places rune by rune and
// token by token (findTokens), in order, each a gazetteer spelling.
func FuzzPlaces(f *testing.F) {
	for _, tt := range placeTests {
		f.Add(tt.in)
	}
	for _, s := range lexedEdges {
		f.Add(s)
	}
	g, err := loadGazetteer()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		boundary := map[int]bool{len(s): true} // where Go's decoding starts a rune, invalid bytes included
		for i := range s {
			boundary[i] = true
		}
		if byLexing := placesIn(s, 0, Lex(s)); !reflect.DeepEqual(byLexing, Places(s)) {
			t.Fatalf("Places(%q) read from its lexing = %+v, want %+v", s, byLexing, Places(s))
		}
		end := 0
		for _, m := range Places(s) {
			if m.Start < end || m.End <= m.Start || m.End > len(s) {
				t.Fatalf("Places(%q): span %+v after %d: not sorted, overlapping or outside", s, m.Span, end)
			}
			end = m.End
			if !boundary[m.Start] || !boundary[m.End] {
				t.Errorf("Places(%q): span %+v not on rune boundaries", s, m.Span)
			}
			if m.Text != s[m.Start:m.End] {
				t.Errorf("Places(%q): Text %q, want %q", s, m.Text, s[m.Start:m.End])
			}
			var sc placeScanner
			sc.split(m.Text)
			sc.key(0, len(sc.words))
			if pn := g.names[string(sc.keyBuf)]; pn == nil || pn.place != m.Place {
				t.Errorf("Places(%q): %q folds to %+v, want %s", s, m.Text, pn, m.Place.Name)
			}
		}
		// A name set apart by commas is found whatever surrounds it.
		in := s + ", Tanger, " + s
		want := Span{len(s) + 2, len(s) + 8}
		found := false
		for _, m := range Places(in) {
			found = found || m.Span == want && m.Place.Name == "Tanger"
		}
		if !found {
			t.Errorf("Places(%q) has no Tanger at %+v", in, want)
		}
	})
}

// benchText is about 3 KB of press-like French with a dozen places.
var benchText = strings.Repeat("La ministre a présidé, mardi à Rabat, la signature de trois conventions "+
	"d'investissement pour un montant global de 1,2 milliard de dirhams. Le premier projet, "+
	"porté par un équipementier installé à Tanger Automotive City, prévoit la création de "+
	"1 500 emplois directs d'ici 2027 dans la région Tanger-Tétouan-Al Hoceïma. Le deuxième "+
	"concerne un centre de services à Casanearshore, à Casablanca, et le troisième une unité "+
	"agroalimentaire dans la province de Berkane, dans l'Oriental. ", 6)

func BenchmarkPlaces(b *testing.B) {
	if _, err := loadGazetteer(); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = len(Places(benchText))
	}
	if n != 6*7 {
		b.Fatalf("Places(benchText) found %d places, want %d", n, 6*7)
	}
}

func BenchmarkFold(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		Fold(benchText)
	}
}

func ExampleLookupPlace() {
	p, ok := LookupPlace("Fez")
	fmt.Println(p.Name, p.Kind, p.Region, ok)
	// Output: Fès city Fès-Meknès true
}

func ExamplePlaces() {
	for _, m := range Places("Signé à Fez pour l'usine de Tanger Automotive City (région Casablanca-Settat).") {
		fmt.Printf("%s: %s (%s) city %q\n", m.Text, m.Place.Name, m.Place.Kind, m.Place.City)
	}
	// Output:
	// Fez: Fès (city) city ""
	// Tanger Automotive City: Tanger Automotive City (park) city "Tanger"
	// Casablanca-Settat: Casablanca-Settat (region) city ""
}
