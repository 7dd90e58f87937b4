package parties

import "strings"

// The verb a signing word hangs on, and the clause it opens: whose
// subject signs ("ont signé", "ont, pour leur part, signé", "ont procédé
// à la signature", "vont parapher").

// verbOf returns the verb whose subject signs: the auxiliary of "ont
// signé" (skipping adverbs), "signent", the auxiliary of "ont procédé à la
// signature" or of "ont apposé leur signature", the modal of "vont signer"
// or "viennent de signer"; -1 for a passive ("a été signé par") or a noun.
func (s *psent) verbOf(c int) int {
	if s.in(c, signatureNouns) && s.ending(c+1, phProceedTo) {
		c = s.proceeded(c - 2)
	}
	if p := s.apposed(c); p >= 0 {
		c = p
	}
	if finiteSigning[strings.ToLower(s.tok(c).Text())] {
		return c
	}
	if infinitiveSigning[s.f(c)] {
		switch k := c - 1; {
		case s.is(k, lxPrepDe) && recentPast[s.f(k-1)]:
			return k - 1
		case modals[s.f(k)]:
			return k
		}
		return -1
	}
	for k := c - 1; k >= 0 && c-k <= 4; k-- {
		switch f := s.f(k); {
		case beenParticiple[f]:
			return -1
		case auxiliaries[f]:
			return k
		case f == "," && k == c-1:
			if a := s.auxBeforeIncise(k); a >= 0 {
				return a // "ont, pour leur part, signé"
			}
		case f == "," || adverbs[f]:
		default:
			return -1
		}
	}
	return -1
}

// auxBeforeIncise returns the auxiliary before an incise between commas
// that ends with the comma at k ("ont, pour leur part, signé", "a, de
// son côté, paraphé"), or -1.
func (s *psent) auxBeforeIncise(k int) int {
	for c := k - 1; c > 0 && k-c <= maxIncise; c-- {
		if s.f(c) == "," {
			if auxiliaries[s.f(c-1)] {
				return c - 1
			}
			return -1
		}
		if !s.tok(c).IsWord() {
			return -1
		}
	}
	return -1
}

// maxInsertWords bounds an insertion between "procédé" and "à la
// signature" ("ont procédé, mardi 26 mars, à la signature").
const maxInsertWords = 16

// proceeded returns where "procédé" stands before the "à" at a, right
// before it or before an insertion between commas; else a+2, the noun.
func (s *psent) proceeded(a int) int {
	if strings.HasPrefix(s.f(a-1), stemProceed) {
		return a - 1
	}
	if s.f(a-1) != "," {
		return a + 2
	}
	for k := a - 2; k >= 0 && a-k <= maxInsertWords; k-- {
		if s.f(k) == "," {
			if strings.HasPrefix(s.f(k-1), stemProceed) {
				return k - 1
			}
			break
		}
	}
	return a + 2
}

// apposed returns where the verb of "apposé leur signature" ("apposer sa
// signature", "apposent leurs signatures") starts when c is its noun, else -1.
func (s *psent) apposed(c int) int {
	if s.in(c, signatureNouns) && s.is(c-1, lxPossessives) && strings.HasPrefix(s.f(c-2), stemAppose) {
		return c - 2
	}
	return -1
}

// Infinitives of signing, and the verbs that carry them with the signing
// party as their subject ("vont signer", "viennent de parapher").
var (
	infinitiveSigning = wordSet("signer", "parapher", "apposer", "sceller", "conclure")
	modals            = wordSet("va", "vont", "doit", "doivent", "devait", "devaient", "devrait", "devraient", "allait", "allaient", "pourrait", "pourraient")
	recentPast        = wordSet("vient", "viennent", "venait", "venaient")
)

// adverbs may sit between an auxiliary and its participle.
var adverbs = wordSet("egalement", "conjointement", "officiellement", "aussi", "ainsi", "deja", "hier", "recemment", "notamment", "enfin", "finalement", "bien")

// clauseStart returns where the clause of the verb at v starts: after the
// last "que", colon, semicolon or quote before it.
func (s *psent) clauseStart(v int) int {
	for k := v - 1; k >= 0; k-- {
		switch s.tok(k).Text() {
		case ":", ";", "«", "»", "\"":
			return k + 1
		}
		if s.is(k, lxRelativeQue) && !s.is(k-1, lxQueLocutions) {
			return k + 1
		}
	}
	return 0
}

// queLocutions make "que" part of a conjunction rather than open a clause
// ("ainsi que", "plus que").
var queLocutions = wordSet("ainsi", "alors", "tandis", "bien", "plus", "moins", "autant", "tant", "meme")
