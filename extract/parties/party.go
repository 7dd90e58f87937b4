package parties

import "veille/extract/text"

// Kind is the kind of a party.
type Kind string

// Party kinds.
const (
	KindPerson      Kind = "person"
	KindCompany     Kind = "company"
	KindGovernment  Kind = "government"
	KindInstitution Kind = "institution"
)

// Via is the way a party is tied to an agreement.
type Via string

// Ways a party is tied to an agreement (Party.Via).
const (
	ViaSigned   Via = "signed"   // the text says they signed or initialled
	ViaParty    Via = "party"    // named as a party: "entre X et Y", "avec X"
	ViaPresided Via = "presided" // presided the ceremony without signing
	ViaMention  Via = "mention"  // named without being a party (actors only)
)

// Party is a person, company, government body or institution named in the
// article: a signatory of the agreement, or another actor.
type Party struct {
	Name         string        `json:"name"`
	Kind         Kind          `json:"kind"`
	Role         *string       `json:"role"`         // for people: the title as written
	Organization *string       `json:"organization"` // the body a person speaks for, or a company's parent
	Acronym      *string       `json:"acronym"`
	Via          Via           `json:"via"`
	Evidence     text.Evidence `json:"evidence"`
}

// Mention is a place in the text where a party is named or referred back
// to ("M. Jazouli", "la filiale"), so that figures nearby can be tied to
// it. A dense page has thousands: it holds no more than is read.
type Mention struct {
	Name string // the party's name as in Party.Name
	text.Span
}

// partyKind is a Kind in a byte, as occurrences and entities hold it (a
// dense page has thousands of each); Kind converts it at the edge.
type partyKind uint8

// Party kinds, as held (noKind: not known yet).
const (
	noKind partyKind = iota
	kindPerson
	kindCompany
	kindGovernment
	kindInstitution
)

// kinds are the kinds by code.
var kinds = [...]Kind{noKind: "", kindPerson: KindPerson, kindCompany: KindCompany, kindGovernment: KindGovernment, kindInstitution: KindInstitution}

// Kind returns the kind k stands for.
func (k partyKind) Kind() Kind { return kinds[k] }

// partyVia is a Via in a byte, as occurrences and entities hold it.
type partyVia uint8

// Ways a party is tied to an agreement, as held (noVia: not tied).
const (
	noVia partyVia = iota
	viaMention
	viaPresided
	viaParty
	viaSigned
)

// vias are the ways by code.
var vias = [...]Via{noVia: "", viaMention: ViaMention, viaPresided: ViaPresided, viaParty: ViaParty, viaSigned: ViaSigned}

// Via returns the way v stands for.
func (v partyVia) Via() Via { return vias[v] }
