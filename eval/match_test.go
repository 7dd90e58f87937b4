package eval

import "testing"

func TestPlaceName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Fez", "Fès"},
		{"Fes", "Fès"},
		{"fès", "Fès"},
		{"Casablanca Settat", "Casablanca-Settat"},
	}
	for _, tt := range tests {
		got, k := placeName(tt.in)
		if got != tt.want {
			t.Errorf("placeName(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if _, wk := placeName(tt.want); k != wk {
			t.Errorf("placeName(%q) key = %q, want %q", tt.in, k, wk)
		}
	}
	// A name the gazetteer does not know is kept, and compared folded.
	if got, k := placeName("Nulle Part-Ville"); got != "Nulle Part-Ville" || k != "nulle part ville" {
		t.Errorf("placeName(unknown) = %q, %q; want it kept as written with key %q", got, k, "nulle part ville")
	}
}
