package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// agreementString is a compact form of an agreement for the tables:
// "type xCount [on=date] [at=place] [event=name]".
func agreementString(a Agreement) string {
	s := fmt.Sprintf("%s x%d", a.Type, a.Count)
	for _, f := range []struct {
		label string
		v     *string
	}{{"on", a.SignedOn}, {"at", a.Place}, {"event", a.Event}} {
		if f.v != nil {
			s += " " + f.label + "=" + *f.v
		}
	}
	return s
}

func TestFindAgreements(t *testing.T) {
	tests := []struct {
		name      string
		published string
		text      string
		want      []string
	}{
		{"hier, mardi", "2025-04-16",
			"Les deux ministères ont signé hier, mardi à Marrakech, trois protocoles d'accord avec des opérateurs privés.",
			[]string{"protocole d'accord x3 on=2025-04-15 at=Marrakech"}},
		{"ce mercredi on the day of publication", "2022-04-20",
			"Une cérémonie de signature de quatre mémorandums d'entente s'est tenue, ce mercredi à Casanearshore.",
			[]string{"mémorandum d'entente x4 on=2022-04-20 at=Casanearshore"}},
		{"bare weekday is the last one", "2024-04-30",
			"Le Royaume et le groupe ont signé, lundi à Rabat, un mémorandum d'entente. Le protocole d'entente a été paraphé par les ministres.",
			[]string{"mémorandum d'entente x1 on=2024-04-29 at=Rabat", "protocole d'entente x1 on=2024-04-29 at=Rabat"}},
		{"weekday and day of month", "2024-01-31",
			"Le ministère a signé, mardi 30 janvier, un contrat-programme avec la fédération.",
			[]string{"contrat-programme x1 on=2024-01-30"}},
		{"absolute date", "2023-03-15",
			"La convention d'investissement a été signée le 9 mars 2023 à Tanger.",
			[]string{"convention d'investissement x1 on=2023-03-09 at=Tanger"}},
		{"event in quotes", "2025-04-16",
			"Deux conventions-cadres ont été signées en marge de la troisième édition du salon « Tech Africa Expo ».",
			[]string{"convention-cadre x2 event=Tech Africa Expo"}},
		{"event in capitals", "2024-05-10",
			"Un accord de partenariat a été conclu lors du Forum Maroc Investissement, à Agadir.",
			[]string{"accord de partenariat x1 at=Agadir event=Forum Maroc Investissement"}},
		{"event with lower-case words, not the city after it", "2024-04-25",
			"Une convention a été signée en marge du Salon international de l'agriculture au Maroc à Meknès.",
			[]string{"convention x1 at=Meknès event=Salon international de l'agriculture au Maroc"}},
		{"the place closing the sentence", "2025-03-14",
			"La société a signé le 12 mars 2025 un contrat d'investissement avec le ministère de l'Investissement et de la Convergence, en marge de GITEX Africa, à Marrakech.",
			[]string{"contrat d'investissement x1 on=2025-03-12 at=Marrakech event=GITEX Africa"}},
		{"generic term gives way to the specific one", "2025-04-16",
			"Signature d'accords à Rabat. Les parties ont signé deux protocoles d'accord.",
			[]string{"protocole d'accord x2 at=Rabat"}},
		{"generic convention kept beside another family", "2024-06-01",
			"Le groupe a signé une convention et un protocole d'accord avec la région.",
			[]string{"convention x1", "protocole d'accord x1"}},
		{"the sentence after the signing names the agreement", "2024-06-05",
			"Les deux parties ont signé hier à Rabat. La convention prévoit la création de 500 emplois.",
			[]string{"convention x1 on=2024-06-04 at=Rabat"}},
		{"a generic accord is kept beside a convention: neither says more", "2024-06-01",
			"Les partenaires ont signé deux accords, dont une convention avec la région.",
			[]string{"accord x2", "convention x1"}},
		{"a concession is a type", "2024-06-01",
			"L'autorité portuaire et l'opérateur ont signé une convention de concession pour le quai nord.",
			[]string{"convention de concession x1"}},
		{"a delegated management contract is a type", "2024-06-01",
			"La commune a signé avec la société un contrat de gestion déléguée de l'éclairage public.",
			[]string{"contrat de gestion déléguée x1"}},
		{"a sector contract and a power purchase agreement are types", "2024-06-01",
			"Le ministère a signé un contrat d'application avec la fédération. L'agence a conclu un contrat d'achat d'énergie avec le développeur.",
			[]string{"contrat d'achat d'électricité x1", "contrat d'application x1"}},
		{"a counted generic gives way to the specific agreements it counts", "2024-06-01",
			"La ministre a conclu trois accords. Le premier, un protocole d'entente, a été signé avec la région ; deux contrats de financement ont été signés avec la banque.",
			[]string{"contrat de financement x2", "protocole d'entente x1"}},
		{"a counted generic stays when specific terms count fewer", "2024-06-01",
			"La ministre a conclu trois accords, dont un protocole d'entente signé avec la région.",
			[]string{"accord x3", "protocole d'entente x1"}},
		{"the items of a counted group named by ordinals", "2024-06-01",
			"La région a conclu deux accords. Le premier est une convention de partenariat avec l'office. La seconde porte sur un contrat-programme avec la fédération.",
			[]string{"contrat-programme x1", "convention de partenariat x1"}},
		{"an ordinal opens no item in an article with no signing", "2024-06-01",
			"Le premier est une convention de partenariat avec l'office.",
			nil},
		{"the day of an approval is no signing date", "2024-03-06",
			"Le conseil régional a approuvé, lundi 4 mars à Agadir, une convention de partenariat avec l'office.",
			[]string{"convention de partenariat x1 at=Agadir"}},
		{"an approved agreement signed the same day has its date", "2024-03-06",
			"La convention de partenariat, approuvée par le conseil, a été signée lundi 4 mars à Agadir.",
			[]string{"convention de partenariat x1 on=2024-03-04 at=Agadir"}},
		{"a generic said to be a specific one is that one", "2024-06-01",
			"Le deuxième accord est une convention-cadre signée avec l'université.",
			[]string{"convention-cadre x1"}},
		{"an indefinite generic after a specific of its family is one more agreement", "2024-06-01",
			"Le conseil a approuvé une convention de partenariat avec l'office, puis une convention avec la chambre de commerce.",
			[]string{"convention de partenariat x1", "convention x1"}},
		{"an indefinite generic before the specific one is the same agreement", "2024-06-01",
			"Le conseil a approuvé une convention avec l'office. Cette convention de partenariat court sur trois ans.",
			[]string{"convention de partenariat x1"}},
		{"a generic protocole gives way to the protocole d'accord", "2024-06-01",
			"Les partenaires ont signé un protocole d'accord. Ce protocole prévoit une usine.",
			[]string{"protocole d'accord x1"}},
		{"a bare protocole is a type", "2024-06-01",
			"Un protocole a été signé pour accompagner le projet.",
			[]string{"protocole x1"}},
		{"a mémorandum d'accord is a memorandum of understanding", "2024-06-01",
			"Le groupe a signé un mémorandum d'accord avec l'État. Deux autres mémorandums ont été signés.",
			[]string{"mémorandum d'entente x2"}},
		{"an agreement made the object of a project", "2024-06-01",
			"L'unité de Kénitra a fait l'objet d'une convention avec les autorités.",
			[]string{"convention x1"}},
		{"an agreement named in passing before a signing sentence is not the one signed", "2024-06-01",
			"Le Maroc dispose déjà d'un accord avec l'Union européenne. Le ministre a signé hier le livre d'or.",
			nil},
		{"a generic term after a generic one names the signed agreement too", "2024-06-01",
			"Une convention a été conclue avec la région. L'accord porte sur un centre de formation.",
			[]string{"accord x1", "convention x1"}},
		{"a generic term after a specific one names the same agreement", "2024-06-01",
			"Les deux parties ont signé un mémorandum d'entente. L'accord porte sur un centre de formation.",
			[]string{"mémorandum d'entente x1"}},
		{"a collective labour agreement is no deal", "2024-06-01",
			"La convention collective du secteur a été adoptée par le conseil d'administration.",
			nil},
		{"the object of a study is no agreement", "2024-06-01",
			"Le projet de convention a fait l'objet d'une étude approfondie.",
			nil},
		{"conventions approved by a commission", "2024-06-01",
			"La commission des investissements a approuvé 14 conventions d'investissement et 3 avenants.",
			[]string{"avenant x3", "convention d'investissement x14"}},
		{"signed in the sentence after the one naming the agreement", "2024-06-01",
			"Contrats d'investissement pour huit projets textiles. Ils ont été signés par le ministre.",
			[]string{"contrat d'investissement x1"}},
		{"the items of a list of agreements in a signing story", "2024-06-01",
			"Le ministre a signé plusieurs textes.\n- Convention de partenariat entre la région et l'agence.\n- Contrat d'investissement avec le groupe Pralina.",
			[]string{"contrat d'investissement x1", "convention de partenariat x1"}},
		{"a list of agreements without a signing is not reported", "2024-06-01",
			"Le programme comprend :\n- Convention de partenariat entre la région et l'agence.\n- Contrat d'investissement avec le groupe Pralina.",
			nil},
		{"an annex only with a signing cue by it", "2024-06-01",
			"Les parties ont signé une annexe à la convention. L'annexe administrative de la commune a ouvert.",
			[]string{"annexe x1"}},
		{"new specific types", "2024-06-01",
			"Ont été signés un contrat de performance, une convention d'installation, un pacte d'associés et un accord de franchise.",
			[]string{"accord de franchise x1", "contrat de performance x1", "convention d'installation x1", "pacte d'associés x1"}},
		{"reference back to the signed agreement", "2024-06-01",
			"Les deux parties ont signé un accord-cadre. Cette convention de partenariat prévoit un centre.",
			[]string{"accord-cadre x1", "convention de partenariat x1"}},
		{"MoU in capitals", "2024-06-01", "Les deux groupes ont signé un MoU.",
			[]string{"mémorandum d'entente x1"}},
		{"agreement mentioned in passing is not signed", "2024-06-01",
			"L'accord de libre-échange avec les États-Unis profite aux exportateurs ; la convention collective est en débat.",
			nil},
		{"a trade agreement signed is not a deal", "2024-06-01",
			"Les deux pays ont signé un accord de libre-échange.", nil},
		{"to agree is not an agreement", "2024-06-01",
			"Les syndicats se sont mis d'accord avant de signer le procès-verbal.", nil},
		{"the ceremony sentence tells the event", "2024-02-16",
			"Les deux fédérations ont signé, le 14 février 2024 à Casablanca, une convention-cadre de partenariat. La cérémonie s'est déroulée lors du Forum de l'Emploi Numérique.",
			[]string{"convention-cadre x1 on=2024-02-14 at=Casablanca event=Forum de l'Emploi Numérique"}},
		{"amendments beside the agreement they amend", "2024-02-16",
			"Les parties ont signé une convention-cadre et deux avenants à la convention de 2021.",
			[]string{"avenant x2", "convention-cadre x1"}},
		{"the convention an amendment amends is not one more", "2024-06-05",
			"La région et l'opérateur ont conclu hier un avenant à la convention qui les lie.",
			[]string{"avenant x1 on=2024-06-04"}},
		{"a letter of intent and a financing convention are their own types", "2024-06-05",
			"Les deux banques ont signé une lettre d'intention, puis une convention de financement et un accord de partenariat.",
			[]string{"accord de partenariat x1", "convention de financement x1", "lettre d'intention x1"}},
		{"sponsoring is not a deal of ours", "2024-02-16",
			"Le club a signé vendredi un accord de sponsoring avec une marque de boissons.", nil},
		{"an amendment is dated by its own signing", "2024-06-05",
			"Les parties ont signé hier un avenant à la convention d'investissement signée le 12 mars 2021.",
			[]string{"avenant x1 on=2024-06-04", "convention d'investissement x1 on=2024-06-04"}},
		{"an agreement signed long before is recalled, not reported", "2024-05-13",
			"Les deux groupes ont paraphé samedi dernier à Jorf Lasfar un MoU. Ils avaient déjà signé un accord de partenariat le 5 juin 2022 à Rabat.",
			[]string{"mémorandum d'entente x1 on=2024-05-11 at=Jorf Lasfar"}},
		{"a dateline before the signing date", "2025-02-07",
			"Agadir, le 7 février 2025 – Les deux groupes ont signé le jeudi 6 février 2025 une convention d'investissement.",
			[]string{"convention d'investissement x1 on=2025-02-06"}},
		{"the date right after the verb, not an earlier one in the sentence", "2024-11-20",
			"Lancé le 2 octobre 2024, le programme a été signé le 18 novembre 2024 par les ministres, sous forme de convention.",
			[]string{"convention x1 on=2024-11-18"}},
		{"a charter signed is an agreement", "2024-06-01",
			"Les opérateurs du tourisme ont signé une charte de qualité avec l'office.",
			[]string{"charte x1"}},
		{"a charter that is a law is not", "2024-06-01",
			"Le groupe a signé une convention au titre de la charte de l'investissement, qui prévoit des primes.",
			[]string{"convention x1"}},
		{"a charter named in a signing sentence but not signed", "2024-06-01",
			"La convention signée hier s'inscrit dans le cadre de la nouvelle charte des investissements régionaux.",
			[]string{"convention x1 on=2024-05-31"}},
		{"a future signing has no date", "2024-06-01",
			"Une convention sera signée le 15 juillet 2024 à Rabat.",
			[]string{"convention x1 at=Rabat"}},
		{"a joint venture agreement, written in French or in English", "2024-06-01",
			"Les deux groupes ont signé un accord de coentreprise. Ce nouvel accord de joint-venture prévoit une usine.",
			[]string{"accord de coentreprise x1", "accord de joint-venture x1"}},
		{"a definite generic term refers back to the agreements named before", "2024-06-01",
			"Deux mémorandums d'entente ont été signés à Oujda. Les accords ont été paraphés par les ministres.",
			[]string{"mémorandum d'entente x2 at=Oujda"}},
		{"a loan agreement is an accord", "2024-06-01",
			"Le Maroc et la banque ont signé un accord de prêt de 100 millions d'euros.",
			[]string{"accord x1"}},
		{"a specific agreement under a framework one", "2024-06-01",
			"Une convention-cadre et deux conventions spécifiques ont été signées à Rabat.",
			[]string{"convention spécifique x2 at=Rabat", "convention-cadre x1 at=Rabat"}},
		{"an offtake contract", "2024-06-01",
			"La production sera vendue dans le cadre d'un contrat d'enlèvement de quinze ans, signé le même jour.",
			[]string{"contrat d'enlèvement x1"}},
		{"a training agreement is its own type", "2024-06-01",
			"Une convention de formation a été conclue avec l'institut.",
			[]string{"convention de formation x1"}},
		{"a public-private partnership contract", "2024-06-01",
			"L'office a signé le contrat de partenariat public-privé de la station.",
			[]string{"contrat de partenariat public-privé x1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := factsOf(tt.text, day(t, tt.published))
			var got []string
			for _, a := range rec.Agreements {
				got = append(got, agreementString(a))
				checkEvidence(t, rec.Text, "agreement", a.Evidence)
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("agreements of %q\ngot  %s\nwant %s", tt.text, strings.Join(got, "; "), strings.Join(tt.want, "; "))
			}
		})
	}
}
