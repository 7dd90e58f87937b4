package parties

import "strings"

// Local governments as the press mostly writes them, in lower case: "la
// commune de Tiznit", "la région Souss-Massa", "le conseil de la région
// de l'Oriental", "la wilaya de la région de Fès-Meknès", "la province de
// Chtouka Aït Baha". Capitalised names ("Conseil régional de ...") are
// read by headedBodies.

// localHeads head the names of local governments.
var localHeads = wordSet("commune", "region", "province", "prefecture", "wilaya", "municipalite", "conseil")

// localAdjectives may follow a local head ("commune urbaine de Dakhla",
// "conseil provincial de Tiznit"): the regional adjectives and those of
// towns and the country.
var localAdjectives = withWords(regionalAdjectives, "urbaine", "rurale", "territoriale")

// territorialAdjectives give the complement a council's adjective stands
// for: "le Conseil régional" is "le Conseil de la région Fès-Meknès"
// named before.
var territorialAdjectives = map[string]string{
	"regional": "de la region", "provincial": "de la province", "communal": "de la commune",
	"prefectoral": "de la prefecture",
}

// locativePreps make a local head a place rather than a body ("dans la
// région de X", "en région"); "à" is written as is, since its folded form
// is the verb "a".
var locativePreps = wordSet("dans", "en", "à", "vers", "depuis", "sur", "travers", "partout")

// locative reports whether token i is a locative preposition, read as
// written.
func (s *psent) locative(i int) bool {
	return i >= 0 && i < s.toks.Len() && locativePreps[strings.ToLower(s.tok(i).Text())]
}

// maxPlaceWords bounds the name of the place a local government is named
// after ("Tanger-Tétouan-Al Hoceïma").
const maxPlaceWords = 8

// localBodies reads the local governments named in lower case after a
// determiner or a contracted preposition.
func (s *psent) localBodies() {
	if !s.hasWord(lxLocalHeads) {
		return
	}
	for i := 1; i < s.toks.Len(); i++ {
		if s.isClaimed(i) || s.cap(i) || !s.is(i, lxLocalHeads) || !s.is(i-1, lxDeterminers|lxComplementPreps) && !s.in(i-1, contractedAu) {
			continue
		}
		if s.locative(i-1) || s.locative(i-2) && s.is(i-1, lxDeterminers) {
			continue // "dans la région de X", "au Maroc et à la région": a place
		}
		end := s.localNameEnd(i)
		if end == i || !s.free(i, end) {
			continue
		}
		s.add(occ{kind: kindGovernment}, i, end, i, end)
		i = end - 1
	}
}

// localNameEnd returns where the name of the local government headed at
// i ends, or i: the head, its adjectives, a complement preposition, then
// either the place or another local head ("la wilaya de la région de X").
// A council is local only with an adjective or a local complement.
func (s *psent) localNameEnd(i int) int {
	j := i + 1
	local := !s.in(i, councilNouns)
	for s.in(j, localAdjectives) {
		j++
		local = true
	}
	if n, ok := s.prepEnd(j); ok {
		j = n
	}
	if s.is(j, lxLocalHeads) && !s.cap(j) {
		if e := s.localNameEnd(j); e > j {
			return e
		}
		return i
	}
	e := s.placeRunAt(j)
	if e == j || !local {
		return i
	}
	return e
}

// placeRunAt reads the capitalised words of a place name at j, joined by
// dashes ("Dakhla-Oued Eddahab", "Béni Mellal-Khénifra"), and returns its
// end (j if none).
func (s *psent) placeRunAt(j int) int {
	if !s.cap(j) || s.is(j, lxNameStop) {
		return j
	}
	e := j
	for e < s.toks.Len() && e-j < maxPlaceWords {
		switch {
		case s.cap(e):
			e++
		case s.tok(e).Text() == "-" && s.cap(e+1):
			e += 2
		default:
			return e
		}
	}
	return e
}

// maxPlaceTokens is the longest place name a complement reads
// ("Tanger-Tétouan-Al Hoceïma" is two tokens, "Dakhla-Oued Ed Dahab" three).
const maxPlaceTokens = 4

// placeComplementEnd returns the end of the place complement opening at
// token i, the territory of a regional office ("l'ORMVA du Souss-Massa",
// "le CRI de Fès-Meknès", "le CRI Souss-Massa"), or i when there is none.
func (s *psent) placeComplementEnd(i int) int {
	k, ok := s.prepEnd(i)
	if !ok || !s.is(i, lxComplementPreps) {
		k = i // the place right after: "le CRI Souss-Massa"
	}
	if k >= s.toks.Len() || !s.cap(k) {
		return i
	}
	for e := min(s.toks.Len(), k+maxPlaceTokens); e > k; e-- {
		if s.tok(e-1).IsWord() && s.free(k, e) && s.isPlace(k, e) {
			return e
		}
	}
	return i
}
