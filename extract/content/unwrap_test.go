package content

import (
	"strings"
	"testing"
	"unicode"
)

func TestUnwrap(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{
			name: "a paragraph wrapped at 60 columns is one line again",
			in: "Le groupe a signé mercredi à Rabat une convention avec la\n" +
				"région pour la création de 1.200 emplois directs dans son\n" +
				"usine de câblage de Kénitra, qui ouvrira ses portes en 2026.",
			want: "Le groupe a signé mercredi à Rabat une convention avec la région pour la création de 1.200 emplois directs dans son usine de câblage de Kénitra, qui ouvrira ses portes en 2026.",
		},
		{
			name: "a balanced break short of the width is a wrap too (fmt)",
			in: "Le projet va s'opérer en deux phases, la première de 2022\n" +
				"à 2024, et permettra de créer plus de 700 emplois stables directs dont\n" +
				"88 % d'ingénieurs, et la seconde de 2025 à 2026 avec l'objectif\n" +
				"d'atteindre plus de 300 emplois.",
			want: "Le projet va s'opérer en deux phases, la première de 2022 à 2024, et permettra de créer plus de 700 emplois stables directs dont 88 % d'ingénieurs, et la seconde de 2025 à 2026 avec l'objectif d'atteindre plus de 300 emplois.",
		},
		{
			name: "a heading, a blank line and a sentence's end keep their breaks",
			in: "Un secteur en croissance\n" +
				"Le secteur de l'offshoring emploie aujourd'hui plus de 130.000\n" +
				"personnes dans le Royaume, selon le ministère de l'Industrie.\n" +
				"Les opérateurs prévoient de recruter 20.000 jeunes diplômés\n" +
				"d'ici la fin de l'année prochaine.\n\n" +
				"Les régions du Nord attirent la plupart des nouveaux centres\n" +
				"d'appels, à Tanger et à Tétouan.",
			want: "Un secteur en croissance\n" +
				"Le secteur de l'offshoring emploie aujourd'hui plus de 130.000 personnes dans le Royaume, selon le ministère de l'Industrie.\n" +
				"Les opérateurs prévoient de recruter 20.000 jeunes diplômés d'ici la fin de l'année prochaine.\n\n" +
				"Les régions du Nord attirent la plupart des nouveaux centres d'appels, à Tanger et à Tétouan.",
		},
		{
			name: "indented lines (lynx -dump) lose their indent inside a paragraph",
			in: "   La convention porte sur une enveloppe de 450 millions de\n" +
				"   dirhams et sur la création de 900 emplois, dont 300 réservés\n" +
				"   aux jeunes de la province de Berkane.",
			want: "   La convention porte sur une enveloppe de 450 millions de dirhams et sur la création de 900 emplois, dont 300 réservés aux jeunes de la province de Berkane.",
		},
		{
			name: "a compound cut at its hyphen joins without a space",
			in: "La société a signé l'accord avec le conseil de la région Rabat-\n" +
				"Salé-Kénitra et l'agence régionale d'exécution des projets, pour\n" +
				"un parc industriel de 120 hectares.",
			want: "La société a signé l'accord avec le conseil de la région Rabat-Salé-Kénitra et l'agence régionale d'exécution des projets, pour un parc industriel de 120 hectares.",
		},
		{
			name: "a closing bracket ends no sentence; a list item keeps its line",
			in: "Les trois contrats représentent un investissement global de 640 millions.\n" +
				"Ils concernent Castora Wiring (1 300 emplois), Kermat Automotive (850)\n" +
				"et Norvik Cables (500). Les autres textes signés sont les suivants :\n" +
				"- Convention de partenariat entre le conseil de la région et l'agence\n" +
				"nationale pour le développement de l'aquaculture.",
			want: "Les trois contrats représentent un investissement global de 640 millions.\n" +
				"Ils concernent Castora Wiring (1 300 emplois), Kermat Automotive (850) et Norvik Cables (500). Les autres textes signés sont les suivants :\n" +
				"- Convention de partenariat entre le conseil de la région et l'agence nationale pour le développement de l'aquaculture.",
		},
		{
			name: "a menu before a wrapped text goes on with a capital: no wrap",
			in: "Accueil | Régions | Économie | Société | Sport | Contact\n" +
				"La région mise sur la mer et sur ses plages pour attirer les\n" +
				"investisseurs, qui ont signé jeudi à Dakhla une série de conventions\n" +
				"avec le conseil régional.",
			want: "Accueil | Régions | Économie | Société | Sport | Contact\n" +
				"La région mise sur la mer et sur ses plages pour attirer les investisseurs, qui ont signé jeudi à Dakhla une série de conventions avec le conseil régional.",
		},
		{
			name: "scraped text, a paragraph a line, is left as it is",
			in: "Accueil\nÉconomie\n" +
				"Le groupe a signé mercredi à Rabat une convention avec la région pour la création de 1.200 emplois directs dans son usine de Kénitra\n" +
				"Une deuxième tranche de l'investissement, de 300 millions de dirhams, est prévue pour 2027 selon le communiqué du groupe\n" +
				"Partager",
			want: "Accueil\nÉconomie\n" +
				"Le groupe a signé mercredi à Rabat une convention avec la région pour la création de 1.200 emplois directs dans son usine de Kénitra\n" +
				"Une deuxième tranche de l'investissement, de 300 millions de dirhams, est prévue pour 2027 selon le communiqué du groupe\n" +
				"Partager",
		},
		{
			name: "one long line followed by another is no wrap",
			in:   "Le ministre de l'Industrie et le président du groupe japonais\nont signé l'accord.\nMenu\nContact",
			want: "Le ministre de l'Industrie et le président du groupe japonais\nont signé l'accord.\nMenu\nContact",
		},
		{
			name: "menus of short lines are left as they are",
			in:   "Accueil\nÉconomie\nSociété\nSport\nCulture\nContact",
			want: "Accueil\nÉconomie\nSociété\nSport\nCulture\nContact",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := unwrapText(tt.in); got != tt.want {
				t.Errorf("unwrap:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestParseWrappedText reads a wrapped article whole: without unwrap its
// lines are headings, dropped.
func TestParseWrappedText(t *testing.T) {
	in := "Kénitra : une usine de câblage et 1.200 emplois\n\n" +
		"Le groupe a signé mercredi à Rabat une convention avec la\n" +
		"région pour la création de 1.200 emplois directs dans son\n" +
		"usine de câblage de Kénitra, qui ouvrira ses portes en 2026.\n"
	p, err := Parse([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := "Le groupe a signé mercredi à Rabat une convention avec la région pour la création de 1.200 emplois directs dans son usine de câblage de Kénitra, qui ouvrira ses portes en 2026."
	if p.Text != want || p.Title != "Kénitra : une usine de câblage et 1.200 emplois" {
		t.Errorf("Title, Text = %q, %q\nwant the title and %q", p.Title, p.Text, want)
	}
}

// FuzzUnwrap holds unwrap to joining lines: the text without its white
// space is the same, and there are never more lines than before.
func FuzzUnwrap(f *testing.F) {
	for _, s := range []string{
		"Le groupe a signé mercredi à Rabat une convention avec la\nrégion pour la création de 1.200 emplois directs dans son\nusine de câblage de Kénitra, qui ouvrira ses portes en 2026.",
		"région Rabat-\nSalé-Kénitra et l'agence régionale d'exécution des projets, pour\nun parc",
		"a\n\n\nb\r\n c  \n-",
	} {
		f.Add(s)
	}
	noSpace := func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return -1
			}
			return r
		}, s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := unwrapText(s)
		if noSpace(got) != noSpace(s) {
			t.Errorf("unwrap(%q) = %q: not the same text", s, got)
		}
		if strings.Count(got, "\n") > strings.Count(s, "\n") {
			t.Errorf("unwrap(%q) = %q: more lines", s, got)
		}
	})
}

// unwrapText unwraps the lines of s, joined again.
func unwrapText(s string) string { return strings.Join(unwrap(strings.Split(s, "\n")), "\n") }
