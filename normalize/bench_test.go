package normalize

import (
	"testing"
	"time"
)

// frArticle is a realistic ~3 KB French business article (written for the
// tests, not copied from a real one), with typographic spaces and quotes.
const frArticle = `Casablanca, le 14 mars 2024 – Le groupe industriel Atlas Composants a signé hier, mercredi, une convention d’investissement de 1,2 milliard de dirhams (MMDH) avec le ministère de l’Industrie pour l’implantation d’une nouvelle usine à Kénitra. Le projet, dont la première tranche sera opérationnelle d’ici fin 2025, devrait générer plus de 1 500 emplois directs et près de 3 000 emplois indirects à l’horizon 2027.

Présent au Maroc depuis 2003, le groupe emploie actuellement quelque 2 400 salariés répartis sur trois sites. Créée en 2010, sa filiale marocaine a réalisé en 2023 un chiffre d’affaires de 4.213,85 millions de DH, en hausse de 12,5 % par rapport à l’exercice précédent. « Nous visons un taux d’intégration locale de 65 % d’ici 2030 », a déclaré son directeur général, lors de la cérémonie tenue le 13 mars au siège du ministère.

Selon la convention, l’État accordera une prime à l’investissement de 6.000 DH par emploi créé, plafonnée à 50 millions de dirhams (MDH). Les salaires d’embauche des opérateurs devraient atteindre 5.500 dirhams par mois, soit environ 510 euros. Le montant global de l’enveloppe se situe entre 500 et 700 millions de dirhams selon les options retenues, financées par la BEI à hauteur de 80 M€.

Entre 2014 et 2018, le secteur automobile a créé 69.900 emplois, d’après les chiffres arrêtés à fin juin 2023. Le plan d’accélération industrielle 2021-2025 prévoit la création de 500 000 postes. Au titre de 2022, les exportations du secteur ont atteint 111,3 milliards de dirhams, soit une progression de 33 % sur un an.

Le nouveau site s’étendra sur une vingtaine d’hectares et accueillera, à terme, une centaine d’ingénieurs. La formation de 800 techniciens sera assurée par l’OFPPT, en partenariat avec une dizaine d’établissements. Le directeur a précisé que la production démarrera en 2025 et que la deuxième phase, prévue pour 2028, portera la capacité à deux millions de pièces par an.

Pour tout renseignement : tél. 05 22 48 76 00. Le G20 et la COVID-19 ont été évoqués, tout comme le 3e plus grand marché du continent et la société 2T Services. Publié le 15/03/2024 à 10h30, mis à jour le 2024-03-15.

Lundi dernier, la ministre avait inauguré à Tanger un centre de formation de 4 000 m² qui pourra accueillir jusqu’à 1.200 stagiaires par an. Inauguré en 2021, le parc Tanger Automotive City compte déjà plus de 40 entreprises installées et vise 100 000 emplois d’ici à 2030. Les investissements cumulés y dépassent 13 Mds DH, soit près de 1,2 milliard d’euros, et le ministère table sur 3 milliards de dollars supplémentaires entre 2024 et 2026.

Du côté des investisseurs étrangers, une délégation de vingt et un chefs d’entreprise est attendue mardi 19 mars. Ils représentent un portefeuille estimé à au moins 2,5 milliards d’euros et comptent recruter entre 1 000 et 1 500 personnes au cours des deux prochaines années.
`

func BenchmarkClean(b *testing.B) {
	b.SetBytes(int64(len(frArticle)))
	b.ReportAllocs()
	for b.Loop() {
		if s, _ := Clean(frArticle); len(s) == 0 {
			b.Fatal("empty")
		}
	}
}

func BenchmarkNumbers(b *testing.B) {
	b.SetBytes(int64(len(frArticle)))
	b.ReportAllocs()
	for b.Loop() {
		if len(Numbers(frArticle)) < 20 {
			b.Fatal("too few numbers")
		}
	}
}

func BenchmarkAmounts(b *testing.B) {
	b.SetBytes(int64(len(frArticle)))
	b.ReportAllocs()
	for b.Loop() {
		if len(Amounts(frArticle)) < 10 {
			b.Fatal("too few amounts")
		}
	}
}

func BenchmarkDates(b *testing.B) {
	ref := time.Date(2024, time.March, 14, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(frArticle)))
	b.ReportAllocs()
	for b.Loop() {
		if len(Dates(frArticle, ref)) < 5 {
			b.Fatal("too few dates")
		}
	}
}

func BenchmarkYears(b *testing.B) {
	b.SetBytes(int64(len(frArticle)))
	b.ReportAllocs()
	for b.Loop() {
		if len(Years(frArticle)) < 10 {
			b.Fatal("too few years")
		}
	}
}

// BenchmarkScanText is the cost of Numbers, Amounts, Years and the dates
// of one text in a single pass, to compare with the sum of the four.
func BenchmarkScanText(b *testing.B) {
	b.SetBytes(int64(len(frArticle)))
	b.ReportAllocs()
	for b.Loop() {
		if sc := ScanText(frArticle); len(sc.Numbers) < 20 || len(sc.Years) < 10 {
			b.Fatal("too few figures")
		}
	}
}
