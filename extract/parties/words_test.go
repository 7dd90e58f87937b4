package parties

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"veille/extract/text"
	"veille/normalize"
)

// wordTables are the word sets of words.go by name, so that every row is
// checked.
var wordTables = map[string]map[string]bool{
	"conjAnd": conjAnd, "prepDe": prepDe, "contractedDe": contractedDe, "articlesAfterDe": articlesAfterDe,
	"definiteArticles": definiteArticles, "stateArticles": stateArticles, "contractedAu": contractedAu,
	"contractedSing": contractedSing, "contractedAux": contractedAux, "contractedA": contractedA,
	"listJoiners": listJoiners, "prepToward": prepToward, "prepA": prepA, "prepFor": prepFor,
	"prepAccordingTo": prepAccordingTo, "prepOn": prepOn, "prepsThen": prepsThen, "adverbEach": adverbEach,
	"singularDets": singularDets, "singularPoss": singularPoss, "relativeQue": relativeQue,
	"reflexive": reflexive, "englishJoiners": englishJoiners, "foreignJoiners": foreignJoiners,
	"trailingJoiners": trailingJoiners,
	"beenParticiple":  beenParticiple, "agreementFillers": agreementFillers, "openingAux": openingAux,
	"copulas": copulas, "moroccoNames": moroccoNames, "countryTails": countryTails,
	"ministryNouns": ministryNouns, "ministryPlurals": ministryPlurals, "councilNouns": councilNouns,
	"regionNouns": regionNouns, "subsidiaryNouns": subsidiaryNouns, "groupNouns": groupNouns,
	"signatureNouns": signatureNouns,
	"quantifiers":    quantifiers, "pluralRoles": pluralRoles, "pluralDeterminers": pluralDeterminers,
	"pluralRoleAdjectives": pluralRoleAdjectives, "authorityNouns": authorityNouns,
	"ministryStandIns": ministryStandIns, "openQuotes": openQuotes, "closeQuotes": closeQuotes,
	"localHeads": localHeads, "localAdjectives": localAdjectives, "listMarks": listMarks,
	"articles": articles, "functionEndings": functionEndings, "consentBefore": consentBefore,
	"elidedDe": elidedDe, "relativeQui": relativeQui, "genericGovernment": genericGovernment,
	"agreementStandIns": agreementStandIns, "sourcePreps": sourcePreps,
	"partyAppositions": partyAppositions, "countedDeals": countedDeals,
	"ownerPronouns": ownerPronouns, "signedFrom": signedFrom, "signatoryCopulas": signatoryCopulas,
	"copulaFillers": copulaFillers,
}

// TestWordTables checks every row of the grammar's word sets: a key must
// be the folded form of one token as the text is read, or it can never
// match.
func TestWordTables(t *testing.T) {
	for name, set := range wordTables {
		for w := range set {
			toks := text.Tokenize(w + " x")
			if toks.Len() != 2 || toks.Fold(0) != w || normalize.Fold(w) != w {
				t.Errorf("%s: %q does not read as one folded token (%d tokens)", name, w, toks.Len()-1)
			}
		}
	}
	for w := range positionCues {
		if toks := text.Tokenize(w); toks.Len() != 1 || toks.Fold(0) != w {
			t.Errorf("positionCues: %q does not read as one folded token", w)
		}
	}
}

// TestWrittenPrepA checks that each raw form of writtenPrepA reads as one
// token that the verb stops hold, so that the exemption is needed, and
// that its unaccented twin is not exempt.
func TestWrittenPrepA(t *testing.T) {
	for w := range writtenPrepA {
		toks := text.Tokenize(w + " x")
		if toks.Len() != 2 || toks.Text(0) != w || !verbStops[toks.Fold(0)] {
			t.Errorf("writtenPrepA: %q is not one token among the verb stops", w)
		}
		if plain := toks.Fold(0); writtenPrepA[plain] {
			t.Errorf("writtenPrepA: the unaccented %q is exempt too", plain)
		}
	}
}

// TestWrittenPrepAReads checks the two noun phrases that go on across a
// written "à": the object of "concerne" and the phrase an agreement heads.
func TestWrittenPrepAReads(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"Trois conventions ont été signées. La deuxième concerne l'extension à Tanger de la société Atlasol.",
			[]string{"Atlasol [company party]"}},
		{"Le mémorandum relatif à la production de batteries entre Atlasol et Datalys a été signé hier.",
			[]string{"Atlasol [company party]", "Datalys [company party]"}},
	} {
		sig, _, _, err := Find(context.Background(), text.New(tt.in, "", time.Time{}))
		if got := partyStrings(sig); err != nil || !slices.Equal(got, tt.want) {
			t.Errorf("signatories of %q = %q, %v, want %q", tt.in, got, err, tt.want)
		}
	}
}

// TestPhrases checks each phrase of words.go on a sentence that holds it
// and on one that does not.
func TestPhrases(t *testing.T) {
	for _, tt := range []struct {
		p        text.Phrase
		yes, not string
	}{
		{phInCharge, "en charge du budget", "en marge du budget"},
		{phAinsiQue, "ainsi que la société", "ainsi la société"},
		{phDeL, "de l'Ouest", "de la Ouest"},
		{phOfTheProject, "du projet", "du programme"},
		{phKingdom, "Royaume du Maroc", "Royaume de Belgique"},
		{phMoroccanGov, "État marocain", "État français"},
		{phMoroccanGov, "gouvernement marocain", "gouvernement espagnol"},
		{phUnderThe, "sous la", "sur la"},
		{phInPartner, "en partenariat", "un partenariat"},
		{phInPresence, "en présence", "la présence"},
		{phProceedTo, "à la signature", "à la cérémonie"},
		{phCommaAnd, ", et", ", ou"},
		{phOneSide, "d'une part", "d'une fois"},
		{phOneSide, "d’autre part", "d'autre fois"},
		{phOtherSide, "de l'autre", "de l'un"},
		{phForTheSide, "pour la partie marocaine", "pour la période"},
		{phSideOf, "côté chinois", "coûté"},
		{phSideOfThe, "du côté marocain", "du coût"},
		{phObjectOf, "l'objet d'une convention", "l'objet de la convention"},
		{phSignatureOf, "la signature de", "la sortie de"},
		{phSignatureOf, "les signatures du", "les signes du"},
		{phAlongside, "aux côtés", "aux coûts"},
		{phBeforeTo, "avant de", "avant la"},
		{nameLocutions[0], "mise en valeur", "mise en cause"},
		{nameLocutions[0], "mise en œuvre", "mise en vente"},
		{nameLocutions[0], "mise en place", "mise en demeure"},
		{nameLocutions[0], "mise en service", "mise en scène"},
		{nameLocutions[0], "mise en exploitation", "mise en examen"},
		{nameLocutions[1], "mise à niveau", "mise à jour"},
		{phBeforeTo, "avant d'", "après d'"},
		{phAuthorities, "autorités marocaines", "autorités locales"},
		{notDeals[0], "de libre-échange", "de libre échange"},
		{notDeals[1], "libre-échange", "libre"},
		{notDeals[2], "d'association", "d'investissement"},
		{notDeals[3], "de pêche", "de prêt"},
		{notDeals[4], "commercial", "commun"},
		{notDeals[5], "de cessez-le-feu", "de cessez"},
		{listIntros[0], ": A", "; A"},
		{listIntros[1], "notamment A", "ensuite A"},
		{listIntros[2], "dont A", "donc A"},
		{listIntros[3], "parmi lesquelles A", "parmi eux A"},
		{listIntros[4], "à savoir A", "à voir A"},
		{listIntros[5], "tels que A", "tels des A"},
		{listIntros[6], "en l'occurrence A", "en l'absence A"},
		{linkIncises[0], "pour sa part", "pour sa mère"},
		{linkIncises[1], "de son côté", "de son coût"},
		{linkIncises[2], "quant à elle", "quant à lire"},
		{linkIncises[3], "également", "égal"},
		{unconcluded[0], "à l'étude", "à l'école"},
		{unconcluded[1], "en cours de négociation", "en cours de route"},
		{unconcluded[2], "en discussions", "en cours"},
	} {
		if _, ok := text.MatchAt(tt.p, text.Tokenize(tt.yes), 0); !ok {
			t.Errorf("%v does not match %q", tt.p, tt.yes)
		}
		if _, ok := text.MatchAt(tt.p, text.Tokenize(tt.not), 0); ok {
			t.Errorf("%v matches %q", tt.p, tt.not)
		}
	}
}

// TestInnerCap checks the capitals inside a word, past its first rune, in
// ASCII and beyond.
func TestInnerCap(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"easyJet", true}, {"inwi", false}, {"iPhone", true}, {"Inwi", false}, {"Éric", false},
		{"ÉcoLE", true}, {"cafÉ", true}, {"déjà", false}, {"É", false}, {"", false}, {"aΣ", true},
	} {
		if got := innerCap(tt.w); got != tt.want {
			t.Errorf("innerCap(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

// TestLexicon checks that the lexicon gives every word of the tables the
// tables it is in, and the empty set to words in none.
func TestLexicon(t *testing.T) {
	lex := lexicon()
	for w, b := range lexiconBits() {
		if got := lex.sets[lex.index.lookup(w)]; got != b {
			t.Errorf("tables of %q = %b, want %b", w, got, b)
		}
	}
	for _, w := range []string{"", "zzz", "signature-x", "Signature", "maroc telecom"} {
		if e := lex.index.lookup(w); e != 0 {
			t.Errorf("lookup(%q) = %d, want 0", w, e)
		}
	}
}

// TestGluedLegalForms checks every row of gluedLegalForms: the form, in
// capitals, ends the name of the company it follows.
func TestGluedLegalForms(t *testing.T) {
	for form := range gluedLegalForms {
		written := strings.ToUpper(form)
		in := "Le ministère de l'Énergie et le développeur Vestra Wind " + written + " ont signé un protocole d'accord."
		want := []string{"ministère de l'Énergie [government party]", "Vestra Wind " + written + " [company party]"}
		if got, _ := findStrings(t, in); !slices.Equal(got, want) {
			t.Errorf("signatories of %q\n got %q\nwant %q", in, got, want)
		}
	}
}
