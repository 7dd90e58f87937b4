package names

// Index numbers names so that names Same finds the same share a number:
// the number of the first of them added. It compares a name only with the
// names that share a key with it (see Keys).
type Index struct {
	names []string
	forms [][]nameForm // of each name, made once
	byKey map[string][]int
}

// Add returns the number of the first name added that is the same as
// name, adding name under a new number when there is none.
func (x *Index) Add(name string) int {
	forms := nameForms(name)
	index, lookup := keys(forms)
	best := -1
	for _, k := range lookup {
		for _, i := range x.byKey[k] {
			if (best < 0 || i < best) && sameForms(forms, x.forms[i]) {
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
	x.forms = append(x.forms, forms)
	n := len(x.names) - 1
	for _, k := range index {
		x.byKey[k] = append(x.byKey[k], n)
	}
	return n
}

// Names returns the names that got a number, in the order of their
// numbers.
func (x *Index) Names() []string { return x.names }
