package eval

import (
	"veille/names"
	"veille/normalize"
)

// placeName returns the canonical name of a place ("Fez" → "Fès") and its
// comparison key; names the gazetteer does not know are kept as written.
func placeName(name string) (canonical, k string) {
	if p, ok := normalize.LookupPlace(name); ok {
		name = p.Name
	}
	return name, names.Key(name)
}
