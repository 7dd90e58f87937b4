package parties

import (
	"slices"
	"strings"

	"veille/extract/text"
)

// Names that stand for a party named more precisely elsewhere in the
// article: the head of a body named in full, the government a minister
// signs for.

// mergeShortNames folds a body named by its head alone ("le Conseil
// régional") into the one body of its kind named in full with a
// complement ("Conseil régional de Souss-Massa"), wherever either comes
// first: the press drops the complement once the body is known.
func (r *partyResolver) mergeShortNames(all []*occ) {
	if !slices.ContainsFunc(r.ents, isBody) {
		return // no short name to merge: a dense page names thousands of companies
	}
	into := map[*partyEntity]*partyEntity{}
	for _, short := range r.ents {
		if !isBody(short) {
			continue
		}
		prefix := short.foldedName() + " "
		var long *partyEntity
		for _, e := range r.ents {
			if e == short || e.kind != short.kind || !strings.HasPrefix(e.foldedName(), prefix) {
				continue
			}
			// The complement goes on after a preposition, or after "région"
			// with the region's name ("Conseil de la région Drâa-Tafilalet").
			if rest := text.Tokenize(e.foldedName()[len(prefix):]); rest.Len() == 0 || !complementPreps[rest.Text(0)] && !regionNouns[lastWord(short.foldedName())] {
				continue
			}
			if long != nil {
				long = nil // two bodies fit: the short name is ambiguous
				break
			}
			long = e
		}
		if long != nil {
			into[short] = long
		}
	}
	if len(into) == 0 {
		return
	}
	for _, o := range all {
		if e, ok := into[o.ent]; ok {
			o.ent = e
		}
	}
	r.ents = slices.DeleteFunc(r.ents, func(e *partyEntity) bool { return into[e] != nil })
}

// isBody reports an entity that is neither a person nor a company: a
// government body or an institution.
func isBody(e *partyEntity) bool { return e.kind != kindPerson && e.kind != kindCompany }

// yieldGovernment drops the bare "gouvernement" from the parties when a
// minister or a ministry signs in the same article: "Le gouvernement a
// conclu deux accords ... signé par la ministre de X" names one party
// twice, the summary first, and a minister signs for the government.
// "L'État" and "le gouvernement marocain" are the formal party of a
// convention and stay, and so does the government first named as the
// counterpart ("a signé un protocole avec le gouvernement").
func (r *partyResolver) yieldGovernment(d *text.Doc) {
	if r.state == nil || r.state.via == noVia || !genericGovernment[r.state.foldedName()] {
		return
	}
	before := text.Tokenize(d.Text[max(0, r.state.start-maxCounterpartBytes):r.state.start])
	if n := before.Len(); n >= 2 && counterpartPreps[before.Fold(n-2)] && stateArticles[before.Fold(n-1)] {
		return
	}
	for _, e := range r.ents {
		if e.via != viaSigned && e.via != viaParty {
			continue
		}
		minister := e.kind == kindPerson && strings.HasPrefix(e.info().roleHead, ministerPrefix)
		if minister || e.isMinistry() {
			r.state.via = noVia
			return
		}
	}
}

// counterpartPreps name the counterpart of an agreement before it.
var counterpartPreps = wordSet("avec", "entre")

// maxCounterpartBytes is how far before a name its preposition and
// article are read: "entre le ".
const maxCounterpartBytes = 12

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}
