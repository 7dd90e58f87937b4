package extract

import (
	"veille/extract/parties"
	"veille/extract/text"
	"veille/normalize"
)

// Record is what veille reports for one article: its metadata, its clean
// text and the facts found in it, each with the evidence that supports it.
// Every list is present (empty, never null) when marshalled.
type Record struct {
	URL              string       `json:"url"`
	CanonicalURL     string       `json:"canonical_url"`
	Site             string       `json:"site"`
	FetchedAt        *string      `json:"fetched_at"` // RFC 3339, null if unknown
	Title            string       `json:"title"`
	Published        *string      `json:"published"` // RFC 3339 date or date-time, null if unknown
	Author           string       `json:"author"`
	Language         string       `json:"language"`
	Text             string       `json:"text"` // clean body, paragraphs separated by blank lines
	Relevant         bool         `json:"relevant"`
	ExtractorVersion string       `json:"extractor_version"`
	Agreements       []Agreement  `json:"agreements"`
	Signatories      []Party      `json:"signatories"`
	Actors           []Party      `json:"actors"`
	Jobs             []Job        `json:"jobs"`
	Amounts          []Amount     `json:"amounts"`
	Places           []Place      `json:"places"`
	TargetYears      []TargetYear `json:"target_years"`
	Commitments      []Commitment `json:"commitments"`
}

// Evidence locates a fact in Record.Text: the surface form, its rune offsets
// [Start, End) into the text, and the sentence that contains it.
type Evidence = text.Evidence

// Agreement is one kind of agreement the article reports as signed.
type Agreement struct {
	Type     string   `json:"type"`      // singular, lower case: "protocole d'accord", "convention"...
	Count    int      `json:"count"`     // "trois protocoles d'accord" → 3
	SignedOn *string  `json:"signed_on"` // ISO date when the text fixes it
	Place    *string  `json:"place"`
	Event    *string  `json:"event"`
	Evidence Evidence `json:"evidence"`
}

// PartyKind is the kind of a party: person, company, government or
// institution.
type PartyKind = parties.Kind

// Party kinds.
const (
	KindPerson      = parties.KindPerson
	KindCompany     = parties.KindCompany
	KindGovernment  = parties.KindGovernment
	KindInstitution = parties.KindInstitution
)

// PartyVia is the way a party is tied to an agreement.
type PartyVia = parties.Via

// Ways a party is tied to an agreement (Party.Via).
const (
	ViaSigned   = parties.ViaSigned   // the text says they signed or initialled
	ViaParty    = parties.ViaParty    // named as a party: "entre X et Y", "avec X"
	ViaPresided = parties.ViaPresided // presided the ceremony without signing
	ViaMention  = parties.ViaMention  // named without being a party (actors only)
)

// Party is a person, company, government body or institution named in the
// article: a signatory of the agreement, or another actor.
type Party = parties.Party

// JobKind says what a job figure counts.
type JobKind string

// Job kinds.
const (
	JobPledged   JobKind = "pledged"   // jobs to be created
	JobExisting  JobKind = "existing"  // a head-count today
	JobStatistic JobKind = "statistic" // a figure of a sector, a region, a past period
)

// Approx says how exact a figure is (Job.Approx, Amount.Approx): the
// names of normalize.Approx, as the record writes them.
type Approx string

// Approximation markers (Job.Approx, Amount.Approx).
const (
	ApproxMoreThan Approx = "more_than"
	ApproxAbout    Approx = "about"
	ApproxUpTo     Approx = "up_to"
	ApproxAtLeast  Approx = "at_least"
)

// Job is a job figure: a pledge, an existing head-count or a statistic.
// A figure repeated in the article is one Job; Also keeps the other mentions.
type Job struct {
	Count     int64      `json:"count"`
	Kind      JobKind    `json:"kind"`
	Qualifier *string    `json:"qualifier"` // "directs", "indirects", "qualifiés"...
	Direct    *bool      `json:"direct"`
	Approx    *Approx    `json:"approx"`
	Year      *int       `json:"year"`
	Company   *string    `json:"company"` // "A, B" for a joint pledge of two companies
	Place     *string    `json:"place"`
	PartOf    *int64     `json:"part_of"` // the total this figure is a part of
	Evidence  Evidence   `json:"evidence"`
	Also      []Evidence `json:"also"`
}

// AmountKind says what a sum of money is.
type AmountKind string

// Amount kinds.
const (
	AmountInvestment AmountKind = "investment"
	AmountRevenue    AmountKind = "revenue"
	AmountBudget     AmountKind = "budget"
	AmountOther      AmountKind = "other"
)

// Amount is a sum of money in the article.
type Amount struct {
	Value    int64      `json:"value"`    // in units of Currency
	Max      *int64     `json:"max"`      // upper bound of a range ("entre 500 et 700 millions")
	Currency string     `json:"currency"` // ISO 4217
	ValueMAD *int64     `json:"value_mad"`
	Approx   *Approx    `json:"approx"`
	Kind     AmountKind `json:"kind"`
	Year     *int       `json:"year"`
	Company  *string    `json:"company"`
	Evidence Evidence   `json:"evidence"`
	Also     []Evidence `json:"also"`
}

// PlaceKind is the kind of a place: city, region, province, district,
// park, country or foreign.
type PlaceKind = normalize.PlaceKind

// Place is a Moroccan place named in the body, by its canonical name.
type Place struct {
	Name     string    `json:"name"`
	Kind     PlaceKind `json:"kind"`
	Region   *string   `json:"region"` // for a city or park: its region
	City     *string   `json:"city"`   // for a park or district whose name writes it: its city
	Lat      *float64  `json:"lat"`
	Lon      *float64  `json:"lon"`
	Mentions int       `json:"mentions"`
	Evidence Evidence  `json:"evidence"`
}

// TargetYear is a deadline or horizon that a commitment aims at.
type TargetYear struct {
	Year     int      `json:"year"`
	Evidence Evidence `json:"evidence"`
}

// Commitment links a partner to what it pledged: jobs, money, place, year,
// under which agreement.
type Commitment struct {
	Partner   *string    `json:"partner"`
	Jobs      *int64     `json:"jobs"`
	AmountMAD *int64     `json:"amount_mad"`
	Place     *string    `json:"place"`
	Year      *int       `json:"year"`
	Agreement *string    `json:"agreement"`
	Evidence  []Evidence `json:"evidence"`
}
