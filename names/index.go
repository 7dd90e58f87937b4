package names

// Index numbers names so that names Same finds the same share a number:
// the number of the first of them added. It compares a name only with the
// names that share a key with it (see Keys).
type Index struct {
	names []string
	byKey map[string][]int
}

// Add returns the number of the first name added that is the same as
// name, adding name under a new number when there is none.
func (x *Index) Add(name string) int {
	index, lookup := Keys(name)
	best := -1
	for _, k := range lookup {
		for _, i := range x.byKey[k] {
			if (best < 0 || i < best) && Same(name, x.names[i]) {
				best = i
			}
		}
	}
	if best >= 0 {
		return best
	}
	if x.byKey == nil {
		x.byKey = map[string][]int{}
	}
	x.names = append(x.names, name)
	n := len(x.names) - 1
	for _, k := range index {
		x.byKey[k] = append(x.byKey[k], n)
	}
	return n
}

// Names returns the names that got a number, in the order of their
// numbers.
func (x *Index) Names() []string { return x.names }
