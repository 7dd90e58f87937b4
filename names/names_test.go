package names

import (
	"slices"
	"testing"
)

func TestSame(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Ghita Mezzour", "GHITA MEZZOUR", true},
		{"Mohcine Jazouli", "Mohcine Jázouli", true},
		{"ministère de l’Industrie et du Commerce", "ministere de l'Industrie et du Commerce", true},
		{"Conseil de la région Tanger-Tétouan-Al Hoceïma", "Conseil de la région Tanger – Tétouan – Al Hoceïma", true},
		{"Conseil de la région Tanger-Tétouan-Al Hoceïma", "Conseil de la région Tanger Tétouan Al Hoceïma", true},
		// acronyms and parenthesised aliases
		{"Agence marocaine de développement des investissements et des exportations (AMDIE)", "AMDIE", true},
		{"AMDIE", "Agence Marocaine de Développement des Investissements et des Exportations", true},
		{"Caisse de Dépôt et de Gestion", "CDG", true},
		{"Aguas del Norte y Sur", "ANS", true},
		{"Maroc Numeric Cluster (MNC)", "Maroc Numeric Cluster", true},
		{"Maroc Numeric Cluster (MNC)", "MNC", true},
		{"Office de la formation professionnelle et de la promotion du travail (OFPPT)", "OFPPT", true},
		{"cdg", "Caisse de Dépôt et de Gestion", false}, // not written as an acronym
		{"CDG", "Caisse marocaine des retraites", false},
		// generic heads
		{"groupe Inetum", "Inetum", true},
		{"Inetum", "le groupe Inetum", true},
		{"la société Cnexia", "Cnexia", true},
		// leading part of at least two words
		{"Arrow ECS", "Arrow ECS Support Center Morocco", true},
		{"Arrow ECS Support Center Morocco", "Arrow ECS", true},
		{"Arrow", "Arrow ECS Support Center Morocco", false},
		{"Maroc", "Maroc Numeric Cluster", false},
		// family names, namesakes, junk
		{"Mezzour", "Ghita Mezzour", false},
		{"M. Jazouli", "Mohcine Jazouli", false},
		{"Ghita Mezzour", "Ryad Mezzour", false},
		{"CNEXIA. En", "Cnexia", false},
		{"En Cnexia", "Cnexia", false},
		{"", "Cnexia", false},
	}
	for _, tt := range tests {
		if tt.want && (!shareKey(tt.a, tt.b) || !shareKey(tt.b, tt.a)) {
			t.Errorf("no lookup key of %q is an index key of %q", tt.a, tt.b)
		}
		if got := Same(tt.a, tt.b); got != tt.want {
			t.Errorf("Same(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := Same(tt.b, tt.a); got != tt.want {
			t.Errorf("Same(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestAgreementKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"protocoles d’accord", "protocole d'accord"},
		{"Mémorandums d'entente", "mémorandum d'entente"},
		{"MoU", "mémorandum d'entente"},
		{"convention-cadre", "convention cadre"},
		{"Conventions-cadres", "convention-cadre"},
		{"contrats-programmes", "contrat-programme"},
		{"conventions d’investissement", "convention d'investissement"},
	}
	for _, tt := range tests {
		if ka, kb := AgreementKey(tt.a), AgreementKey(tt.b); ka != kb {
			t.Errorf("AgreementKey(%q) = %q, AgreementKey(%q) = %q, want equal", tt.a, ka, tt.b, kb)
		}
	}
	distinct := [][2]string{
		{"protocole d'accord", "protocole d'entente"},
		{"mémorandum d'entente", "protocole d'entente"},
		{"convention", "convention d'investissement"},
	}
	for _, d := range distinct {
		if AgreementKey(d[0]) == AgreementKey(d[1]) {
			t.Errorf("AgreementKey(%q) == AgreementKey(%q) = %q, want different", d[0], d[1], AgreementKey(d[0]))
		}
	}
}

func FuzzSame(f *testing.F) {
	for _, s := range [][2]string{{"groupe Inetum", "Inetum"}, {"AMDIE", "Agence marocaine (AMDIE)"}, {"Arrow ECS", "Arrow ECS Support"}, {"(", ")"}, {"a (b", "c) d"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if Same(a, b) && !shareKey(a, b) {
			t.Errorf("Same(%q, %q), but no lookup key of the first is an index key of the second", a, b)
		}
		if Same(a, b) != Same(b, a) {
			t.Errorf("Same(%q, %q) is not symmetric", a, b)
		}
		if Key(a) != "" && !Same(a, a) {
			t.Errorf("Same(%q, itself) = false", a)
		}
		_ = AgreementKey(a)
	})
}

// shareKey reports whether a lookup key of a is an index key of b.
func shareKey(a, b string) bool {
	_, lookup := Keys(a)
	index, _ := Keys(b)
	for _, k := range lookup {
		if slices.Contains(index, k) {
			return true
		}
	}
	return false
}

func TestIndex(t *testing.T) {
	var x Index
	got := []int{x.Add("Inetum"), x.Add("Caisse de Dépôt et de Gestion"), x.Add("le groupe Inetum"), x.Add("CDG"), x.Add("Cnexia"), x.Add("INETUM")}
	want := []int{0, 1, 0, 1, 2, 0}
	if !slices.Equal(got, want) {
		t.Errorf("numbers %v, want %v", got, want)
	}
	if n := x.Names(); len(n) != 3 || n[2] != "Cnexia" {
		t.Errorf("names %q, want the first of each", n)
	}
}
