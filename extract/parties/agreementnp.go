package parties

// Agreements as the heads of noun phrases: the parties named in the
// phrase an agreement heads ("le mémorandum relatif à ... entre A et B"),
// in the object of "porte sur" or "concerne" when an agreement is their
// subject, and in a list item headed by an agreement.

// maxObjectPhrase bounds the object of "concerne" or "porte sur" read
// for the company it names.
const maxObjectPhrase = 15

// objectParties reads the parties of an agreement in the object of
// "concerne" or "porte sur" at j: an enumeration ("concerne la société
// A"), else the first body named in its complements ("porte sur
// l'extension de la production de A à Casablanca", "concerne l'extension
// des activités de l'EFOA, société marocaine"), up to a verb.
func (s *psent) objectParties(j int) []*occ {
	if os := s.enumerate(j, true); len(os) > 0 {
		return os
	}
	for k := j; k < s.toks.Len() && k-j <= maxObjectPhrase; k++ {
		t := s.tok(k)
		if t.has(lxVerbStops) && !writtenPrepA[t.Text()] || t.Text() == ";" || t.Text() == "." {
			break
		}
		if o := s.occAt(k); o != nil {
			if o.kind == kindPerson || o.inRole {
				break
			}
			return []*occ{o}
		}
		if !s.is(k-1, lxPrepDe) || !s.free(k, k+1) {
			continue
		}
		// An unknown name right after "de", closing the phrase or the
		// sentence, or before its place: "la production de Sumitomo à
		// Casablanca".
		if e := s.companyRunAt(k); e > k && s.validCompany(k, e) && (s.locative(e) || s.f(e) == "," || s.f(e) == "." || e == s.toks.Len()) {
			return []*occ{s.add(occ{kind: s.bodyKind(k, e)}, k, e, k, e)}
		}
	}
	return nil
}

// ordinals stand for an agreement already counted ("Le deuxième concerne
// ...", "le dernier lie ...").
var ordinals = wordSet("premier", "premiere", "deuxieme", "second", "seconde", "troisieme", "quatrieme", "cinquieme", "dernier", "derniere", "autre")

// topicPronouns take up an ordinal put first as the topic of the clause,
// after "au" (topicArticles) or a determiner: "Quant au troisième, il
// porte sur la société C", "Pour la dernière, elle concerne D".
var (
	topicPronouns = wordSet("il", "elle")
	topicArticles = wordSet("au")
)

// countedDeals, after an ordinal, stand for one of the agreements an
// article counts, though no agreement type ("Trois conventions ... Le
// troisième engagement porte sur la société C").
var countedDeals = wordSet("engagement")

// maxSubjectWords bounds how far before its verb an agreement subject is sought.
const maxSubjectWords = 6

// maxInciseWords bounds an incise between commas that separates a
// subject from its verb: "Le contrat, d'une durée de trente ans, lie ...".
const maxInciseWords = 10

// aboutAgreement reports whether the subject of the verb at v is one of
// the article's agreements: an agreement noun shortly before the verb in
// its clause, past an incise between commas, or an ordinal standing for
// one right before it ("Le deuxième concerne").
func (s *psent) aboutAgreement(v int) bool {
	if ordinals[s.f(v-1)] && s.is(v-2, lxDeterminers) || s.in(v-1, countedDeals) && ordinals[s.f(v-2)] && s.is(v-3, lxDeterminers) {
		return true // "Le deuxième concerne", "Le troisième engagement porte sur"
	}
	if s.in(v-1, topicPronouns) && s.f(v-2) == "," && ordinals[s.f(v-3)] && (s.is(v-4, lxDeterminers) || s.in(v-4, topicArticles)) {
		return true // "Quant au troisième, il porte sur"
	}
	end := v
	if s.f(v-1) == "," {
		for k := v - 2; k > 0 && v-k <= maxInciseWords; k-- {
			if s.f(k) == "," {
				end = k
				break
			}
		}
	}
	for k := end - 1; k >= s.clauseStart(v) && end-k <= maxSubjectWords; k-- {
		if s.is(k, lxAgreementNouns) {
			return s.dealAt(k)
		}
	}
	return false
}

// afterAgreement reports whether the word at i follows an agreement noun
// ("un partenariat entre", "une convention signée avec", "un protocole
// d'accord avec") or closes the noun phrase an agreement heads ("Le
// mémorandum relatif à la coopération pour le vaccin entre A et B").
func (s *psent) afterAgreement(i int) bool {
	for k := i - 1; k >= 0 && i-k <= 4; k-- {
		f := s.f(k)
		if agreementNouns[f] {
			return s.dealAt(k)
		}
		if !(signingWords[f] || agreementFillers[f] || roleAdjectives[f]) {
			break
		}
	}
	return s.agreementPhraseBefore(i)
}

// dealAt reports whether the agreement noun at k names a deal: not a
// consent ("en accord avec", "a donné son accord"), not "d'accord" unless
// it completes another agreement ("protocole d'accord"), not a trade or
// political agreement.
func (s *psent) dealAt(k int) bool {
	if s.in(k-1, consentBefore) || s.in(k-1, elidedDe) && !s.is(k-2, lxAgreementNouns) {
		return false
	}
	return !s.notDeal(k + 1)
}

// notDeal reports whether the complement at k makes the agreement before
// it no business deal ("accord de libre-échange avec", "accord de pêche").
func (s *psent) notDeal(k int) bool {
	for _, p := range notDeals {
		if s.at(k, p) {
			return true
		}
	}
	return false
}

// maxAgreementPhrase bounds the noun phrase an agreement heads.
const maxAgreementPhrase = 16

// agreementPhraseBefore reports whether the word at i ends a noun phrase
// headed by an agreement noun after a determiner or at the start of a
// list item: no punctuation and no verb between them.
func (s *psent) agreementPhraseBefore(i int) bool {
	for k := i - 1; k >= 0 && i-k <= maxAgreementPhrase; k-- {
		t := s.tok(k)
		if !t.IsWord() || t.has(lxVerbStops) && !writtenPrepA[t.Text()] {
			return false
		}
		if t.has(lxAgreementNouns) && (s.is(k-1, lxDeterminers) || s.itemStart(k)) {
			return s.dealAt(k)
		}
	}
	return false
}

// itemStart reports whether token k opens its sentence or a list item
// ("- Convention ...", "2- Le mémorandum ...", "3) Contrat ..."), past a
// determiner.
func (s *psent) itemStart(k int) bool {
	if s.is(k-1, lxDeterminers) {
		k--
	}
	if k > 0 && s.in(k-1, listMarks) {
		k--
		if k > 0 && isDigitWord(s.tok(k-1).Text()) {
			k--
		}
	}
	return k == 0
}

// listAgreement reports whether the sentence is a list item that names
// an agreement ("- Contrat d'investissement avec le groupe A pour ..."):
// the bodies it names are its parties.
func (s *psent) listAgreement() bool {
	for k := 1; k < s.toks.Len() && k <= 3; k++ {
		if s.is(k, lxAgreementNouns) && s.itemStart(k) && (s.in(0, listMarks) || isDigitWord(s.tok(0).Text()) && s.in(1, listMarks)) {
			return true
		}
	}
	return false
}

// ownerPronouns, after an ordinal that counts the agreements, name the
// owner of the one it stands for ("Le second, celui de X, concerne ...").
var ownerPronouns = wordSet("celui", "celle")

// ownerApposed reads a sentence that opens on an ordinal standing for one
// of the agreements counted, with its owner in an apposition: "Le second,
// celui de Dakhla Green Materials, concerne la fabrication de ...". The
// owner, a company, is its party.
func (s *psent) ownerApposed(presence map[*occ]bool) {
	if !s.is(0, lxDeterminers) || !ordinals[s.f(1)] || s.f(2) != "," || !s.in(3, ownerPronouns) {
		return
	}
	n, ok := s.prepEnd(4)
	if !ok {
		return
	}
	if o := s.occAt(n); o != nil && o.ref == occName && o.kind == kindCompany && s.f(int(o.hi)) == "," {
		s.mark([]*occ{o}, viaParty, presence)
	}
}
