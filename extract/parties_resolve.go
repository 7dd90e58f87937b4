package extract

import (
	"sort"
	"strings"

	"veille/normalize"
)

// entity is one party of the article, built from its occurrences.
type entity struct {
	kind, name, acronym string
	role, roleHead      string
	org, orgRole        string
	roleOrgs            []*occ
	gender              int
	family              string
	via                 string
	commit, parent      bool
	start, end          int // the first naming
	last                int // byte offset of the latest occurrence seen in the sweep
}

// resolver turns occurrences into entities: one per party.
type resolver struct {
	ents  []*entity
	byKey map[string]*entity
	state *entity
}

func newResolver() *resolver { return &resolver{byKey: map[string]*entity{}} }

// keys returns the keys an occurrence naming a party is known by.
func keys(o *occ) []string {
	if o.kind == KindPerson {
		return []string{"p:" + normalize.Fold(o.name)}
	}
	ks := []string{"o:" + normalize.Fold(o.name)}
	if o.acronym != "" {
		ks = append(ks, "a:"+normalize.Fold(o.acronym))
	} else if !strings.Contains(o.name, " ") {
		ks = append(ks, "a:"+normalize.Fold(o.name))
	}
	if c := core(o.name); c != "" && o.kind == KindCompany {
		ks = append(ks, "o:"+c)
	}
	return ks
}

// core is a company name without its trailing legal form or country
// ("Cnexia Maroc" → "cnexia"), "" when nothing would be left.
func core(name string) string {
	words := strings.Fields(normalize.Fold(name))
	n := len(words)
	for n > 1 && (legalForms[words[n-1]] || words[n-1] == "maroc" || words[n-1] == "morocco") {
		n--
	}
	if n == len(words) {
		return ""
	}
	return strings.Join(words[:n], " ")
}

// name resolves an occurrence that names a party, creating its entity.
func (r *resolver) name(o *occ) *entity {
	var e *entity
	for _, k := range keys(o) {
		if e = r.byKey[k]; e != nil {
			break
		}
	}
	if e == nil {
		e = &entity{kind: o.kind, name: o.name, start: o.start, end: o.end}
		r.ents = append(r.ents, e)
	} else if e.acronym != "" && e.name == e.acronym && o.acronym == e.acronym && o.name != o.acronym {
		e.name = o.name // "CDG" named in full later
	}
	for _, k := range keys(o) {
		if r.byKey[k] == nil {
			r.byKey[k] = e
		}
	}
	r.merge(e, o)
	o.ent = e
	return e
}

// merge adds what an occurrence says to its entity.
func (r *resolver) merge(e *entity, o *occ) {
	if e.acronym == "" {
		e.acronym = o.acronym
	}
	if o.role != "" && (e.role == "" || len(o.role) > len(e.role) && strings.HasPrefix(normalize.Fold(o.role), normalize.Fold(e.role))) {
		e.role, e.roleHead = o.role, o.roleHead
	}
	if len(e.roleOrgs) == 0 {
		e.roleOrgs = o.roleOrgs
	}
	if e.org == "" {
		e.org, e.orgRole = o.org, o.orgRole
	}
	if e.gender == genderUnknown {
		e.gender = o.gender
	}
	if e.family == "" {
		e.family = o.family
	}
	e.parent = e.parent || o.parentOf
}

// alias is a way the text may name an entity again: its folded words.
type alias struct {
	words []string
	e     *entity
}

// aliases returns the names and acronyms of the entities, in a stable
// order.
func (r *resolver) aliases() []alias {
	ks := make([]string, 0, len(r.byKey))
	for k := range r.byKey {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	var out []alias
	for _, k := range ks {
		var words []string
		for _, t := range tokenize(k[2:], 0, len(k)-2) {
			words = append(words, t.f)
		}
		out = append(out, alias{words, r.byKey[k]})
	}
	return out
}

// findRepeats reads later bare mentions of the parties already named:
// "Inetum", "MNC", "Ghita Mezzour".
func (s *psent) findRepeats(aliases []alias) {
	for i := 0; i < len(s.toks); i++ {
		if s.claimed[i] || !(s.toks[i].cap() || s.toks[i].allCaps() || s.toks[i].digitLed()) {
			continue
		}
		var best alias
	next:
		for _, a := range aliases {
			if len(a.words) <= len(best.words) {
				continue
			}
			for k, w := range a.words {
				if i+k >= len(s.toks) || s.claimed[i+k] || s.f(i+k) != w {
					continue next
				}
			}
			best = a
		}
		if best.e == nil {
			continue
		}
		n := len(best.words)
		o := s.add(&occ{kind: best.e.kind, name: best.e.name}, i, i+n, i, i+n)
		o.ent = best.e
		i += n - 1
	}
}

// resolve ties every occurrence to its entity, in text order:
// back-references to the latest fitting party before them.
func (r *resolver) resolve(all []*occ) {
	for _, o := range all {
		if o.ref == occState && o.via != "" && r.state == nil {
			r.state = &entity{kind: KindGovernment, name: o.name, start: o.start, end: o.end}
			r.ents = append(r.ents, r.state)
		}
		if o.ref == occName && o.ent == nil && (!o.weak || o.via != "") {
			r.name(o)
		}
	}
	var lastCompany []*occ
	for _, o := range all {
		switch o.ref {
		case occName:
			if o.ent != nil && o.kind == KindCompany {
				lastCompany = append(lastCompany, o)
			}
		case occState:
			o.ent = r.state
		case occRefCompany, occRefSubsidiary, occRefGroup:
			o.ent = pickCompany(lastCompany, o.ref)
		case occRefPerson, occRefFamily:
			o.ent = r.pickPerson(o)
		case occRefMinistry:
			if ms := r.ministries(o.start); len(ms) > 0 {
				o.ent = ms[len(ms)-1]
			}
		}
		if o.ent != nil {
			o.ent.last = o.start
		}
	}
}

// pickCompany returns the company a back-reference designates: "la
// filiale" the latest subsidiary, "le groupe" the latest group, others the
// latest company not named as a parent only.
func pickCompany(recent []*occ, ref occKind) *entity {
	for k := len(recent) - 1; k >= 0; k-- {
		o := recent[k]
		switch {
		case ref == occRefSubsidiary && o.ent.org != "",
			ref == occRefGroup && (o.group || o.ent.parent),
			ref == occRefCompany && !o.parentOf:
			return o.ent
		}
	}
	if ref == occRefGroup {
		return pickCompany(recent, occRefCompany)
	}
	return nil
}

// pickPerson returns the person "M. Jazouli" or "la ministre" designates:
// same family name or role head, compatible gender; the one mentioned
// latest before the reference, else the first named after it.
func (r *resolver) pickPerson(o *occ) *entity {
	var before, after *entity
	for _, e := range r.ents {
		if e.kind != KindPerson || o.gender != genderUnknown && e.gender != genderUnknown && o.gender != e.gender {
			continue
		}
		if o.ref == occRefFamily && e.family != o.family ||
			o.ref == occRefPerson && !sameRole(e.roleHead, o.roleHead) {
			continue
		}
		switch {
		case e.start < o.start && (before == nil || e.last > before.last):
			before = e
		case e.start > o.start && after == nil:
			after = e
		}
	}
	if before != nil {
		return before
	}
	return after
}

// sameRole reports whether a back-reference's role head ("ministre")
// designates a person's ("ministre deleguee").
func sameRole(person, ref string) bool {
	if person == "" {
		return false
	}
	p, r := strings.Fields(person), strings.Fields(ref)
	return p[0] == r[0] || strings.HasPrefix(p[0], r[0]) || strings.HasPrefix(r[0], p[0])
}

// ministries returns the ministries named before byte offset b.
func (r *resolver) ministries(b int) []*entity {
	var ms []*entity
	for _, e := range r.ents {
		if e.kind == KindGovernment && e.start < b && strings.HasPrefix(normalize.Fold(e.name), "ministere") {
			ms = append(ms, e)
		}
	}
	return ms
}

// parties builds the signatories, the actors and the mentions.
func (r *resolver) parties(d *doc, all []*occ) (signatories, actors []Party, mentions []mention) {
	signatories, actors, mentions = []Party{}, []Party{}, []mention{}
	for _, o := range all {
		ents := []*entity{o.ent}
		if o.ref == occRefMinistries {
			ents = r.ministries(o.start)
		}
		for _, e := range ents {
			if e == nil {
				continue
			}
			if viaRank[o.via] > viaRank[e.via] {
				e.via = o.via
			}
			e.commit = e.commit || o.commit
			mentions = append(mentions, mention{name: e.name, kind: e.kind, start: o.start, end: o.end})
		}
	}
	sort.SliceStable(r.ents, func(i, j int) bool { return r.ents[i].start < r.ents[j].start })
	for _, e := range r.ents {
		if e.via == "" && e.commit && e.kind == KindCompany && !e.parent {
			e.via = ViaParty
		}
		p := Party{Name: e.name, Kind: e.kind, Via: e.via, Evidence: d.evidence(e.start, e.end)}
		if e.acronym != "" && e.acronym != e.name {
			p.Acronym = ptr(e.acronym)
		}
		switch {
		case e.kind == KindPerson:
			if e.role != "" {
				p.Role = ptr(e.role)
			}
			for _, o := range e.roleOrgs {
				if o.ent != nil {
					p.Organization = ptr(o.ent.name)
					break
				}
			}
		case e.org != "":
			p.Organization = ptr(e.org)
			p.Role = ptr(e.orgRole)
		}
		if e.via == "" || e.via == ViaMention {
			p.Via = ViaMention
			actors = append(actors, p)
		} else {
			signatories = append(signatories, p)
		}
	}
	return signatories, actors, mentions
}

func ptr(s string) *string { return &s }
