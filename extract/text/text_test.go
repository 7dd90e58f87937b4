package text

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// TestTokenize checks the token view: words keep their inner hyphens and
// apostrophes, elisions and punctuation are tokens of their own.
func TestTokenize(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want string // the folded tokens, joined by |
	}{
		{"l'Agence", "l'|agence"},
		{"l’Agence", "l'|agence"},
		{"qu’elle s'engage", "qu'|elle|s'|engage"},
		{"aujourd'hui", "aujourd'hui"},
		{"M'barek", "m'barek"},
		{"convention-cadre", "convention-cadre"},
		{"1.500 emplois, 1,5 milliard", "1.500|emplois|,|1,5|milliard"},
		{"« Maroc » — 2014–2020", "«|maroc|»|-|2014|-|2020"}, // dashes fold to -
		{"Fès", "fes"},
		{"d'", "d'"},
	} {
		if g := folds(Tokenize(tt.in)); g != tt.want {
			t.Errorf("Tokenize(%q) = %s, want %s", tt.in, g, tt.want)
		}
	}
}

// TestAppendTexts checks that AppendTexts reads the surface forms of the
// tokens Tokenize finds, after what dst holds.
func TestAppendTexts(t *testing.T) {
	for _, in := range []string{"", "l'Agence", "qu’elle s'engage", "1.500 emplois, 1,5 milliard", "« Maroc » — 2014–2020",
		strings.Repeat("Nova Câblage ", 40)} { // past the tokens that fit on the stack
		toks := Tokenize(in)
		want := []string{"x"}
		for i := range toks.Len() {
			want = append(want, toks.Text(i))
		}
		if g := AppendTexts([]string{"x"}, in); strings.Join(g, "|") != strings.Join(want, "|") {
			t.Errorf("AppendTexts(%q) = %q, want %q", in, g, want)
		}
	}
}

// folds joins the folded forms of toks with |.
func folds(toks Tokens) string {
	got := make([]string, toks.Len())
	for i := range got {
		got[i] = toks.Fold(i)
	}
	return strings.Join(got, "|")
}

// list returns the tokens of ts, whole.
func list(ts Tokens) []Token {
	var out []Token
	for _, t := range ts.All() {
		out = append(out, t)
	}
	return out
}

// TestShapeBits checks that every shape fits the bits a token keeps.
func TestShapeBits(t *testing.T) {
	for _, s := range []Shape{Word, Capital, Acronym, Number, DigitLed, Elision} {
		if s >= 1<<shapeBits {
			t.Errorf("shape %b does not fit in %d bits", s, shapeBits)
		}
	}
}

// TestLongFold checks tokens whose folded forms are long, beside short
// ones, in the folds of a view.
func TestLongFold(t *testing.T) {
	for _, n := range []int{1, 1<<8 - 1, 1 << 8, 1 << 16, 3 << 16} {
		toks := Tokenize("Un " + strings.Repeat("É", n) + " b")
		if toks.Len() != 3 || toks.Fold(1) != strings.Repeat("e", n) || toks.Fold(2) != "b" || toks.Fold(0) != "un" {
			t.Errorf("a word of %d É does not fold to as many e", n)
		}
	}
}

// TestShapes checks the shape of tokens.
func TestShapes(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Shape
	}{
		{"société", Word},
		{"Inetum", Word | Capital},
		{"AMDIE", Word | Capital | Acronym},
		{"1.500", Word | Number},
		{"6e", Word | Number},
		{"2T", Word | Number | DigitLed},
		{"l'", Word | Elision},
		{"Qu’", Word | Capital | Elision},
		{",", 0},
	} {
		toks := list(Tokenize(tt.in))
		if len(toks) != 1 || toks[0].Shape != tt.want {
			t.Errorf("Tokenize(%q) = %+v, want one token of shape %b", tt.in, toks, tt.want)
		}
	}
}

// TestWords checks the word view: separators cut words and go, digit
// groups are cut at their separator, quotes are one key.
func TestWords(t *testing.T) {
	for _, tt := range []struct {
		in, want string
	}{
		{"d'ici 2027", "d|ici|2027"},
		{"d’ici", "d|ici"},
		{"convention-cadre", "convention|cadre"},
		{"aujourd'hui", "aujourd|hui"},
		{"1.500 emplois", "1|.|500|emplois"},
		{"« GITEX » - Maroc", `"|gitex|"|maroc`},
		{"Fès", "fes"},
	} {
		if g := folds(Words(tt.in)); g != tt.want {
			t.Errorf("Words(%q) = %s, want %s", tt.in, g, tt.want)
		}
	}
}

// TestPatterns checks the pattern language on both views.
func TestPatterns(t *testing.T) {
	for _, tt := range []struct {
		pattern string
		words   bool // compiled and matched on the word view
		in      string
		want    bool
	}{
		{"protocole(s) d'accord", true, "protocoles d’accord", true},
		{"protocole(s) d'accord", true, "protocole d accord", true},
		{"signé(e)(s)", true, "signées", true},
		{"signé(e)(s)", true, "signer", false},
		{"d'une|d'un", true, "d'un", true},
		{"convention-cadre", true, "convention cadre", true},
		{"de l'", false, "de l’Ouest", true},
		{"de l'", false, "de la", false},
		{"etat|gouvernement marocain", false, "Gouvernement marocain", true},
	} {
		var p Phrase
		var toks Tokens
		if tt.words {
			p, toks = CompileWords(tt.pattern), Words(tt.in)
		} else {
			p, toks = Compile(tt.pattern), Tokenize(tt.in)
		}
		if _, ok := p.Match(toks, 0, toks.Len()); ok != tt.want {
			t.Errorf("%q on %q = %v, want %v", tt.pattern, tt.in, ok, tt.want)
		}
	}
	ws := Words("à fin 2024")
	if j, ok := CompileWords("fin").MatchEnding(ws, 2, 0); !ok || j != 1 {
		t.Errorf("MatchEnding = %d, %v, want 1, true", j, ok)
	}
	if _, ok := CompileWords("fin").MatchEnding(ws, 2, 2); ok {
		t.Error("MatchEnding matched before begin")
	}
	if _, ok := CompileWords("fin 2024").Match(ws, 1, 2); ok {
		t.Error("Match passed end")
	}
}

// TestCompilePanics checks that alternatives of different lengths are a
// programming error.
func TestCompilePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("CompileWords(\"d'ici|avant\") did not panic")
		}
	}()
	CompileWords("d'ici|avant")
}

// TestDoc checks sentences, tokens per sentence, rune offsets and evidence.
func TestDoc(t *testing.T) {
	d := New("L’usine de Fès créera 1.500 emplois.\n\nÀ Rabat, l’accord est signé.", "", time.Time{})
	if len(d.Sents) != 2 {
		t.Fatalf("%d sentences, want 2", len(d.Sents))
	}
	n := 0
	for i := range d.Sents {
		for _, tok := range d.SentenceTokens(i).All() {
			if tok.Start < d.Sents[i].Start || tok.End > d.Sents[i].End {
				t.Errorf("token %q outside its sentence", tok.Text)
			}
			n++
		}
	}
	if n != d.Tokens().Len() {
		t.Errorf("sentences hold %d tokens, the text %d", n, d.Tokens().Len())
	}
	b := strings.Index(d.Text, "Rabat")
	ev := d.Evidence(Span{b, b + len("Rabat")})
	if ev.Text != "Rabat" || []rune(d.Text)[ev.Start] != 'R' || ev.End-ev.Start != 5 || !strings.HasPrefix(ev.Sentence, "À Rabat") {
		t.Errorf("Evidence = %+v", ev)
	}
	if got := d.Byte(ev.Start); got != b {
		t.Errorf("Byte(%d) = %d, want %d", ev.Start, got, b)
	}
}

// TestEvidenceAcrossSentences checks that the evidence of a span the
// sentence splitter cut through holds it whole in its sentence.
func TestEvidenceAcrossSentences(t *testing.T) {
	d := New("L’usine ouvrira.\n\nElle emploiera 900 personnes.", "", time.Time{})
	if len(d.Sents) != 2 {
		t.Fatalf("%d sentences, want 2", len(d.Sents))
	}
	b, e := strings.Index(d.Text, "ouvrira"), strings.Index(d.Text, "Elle")+len("Elle")
	ev := d.Evidence(Span{b, e})
	if !strings.Contains(ev.Sentence, ev.Text) || ev.Sentence != d.Text {
		t.Errorf("Evidence of a span over two sentences = %+v", ev)
	}
}

// TestRuneOffsets checks Runes and Byte on every rune of a text long
// enough to span several checkpoints, with runes of 1 to 4 bytes.
func TestRuneOffsets(t *testing.T) {
	s := strings.Repeat("Fès – l’usine « 𝄞 » a créé 1 500 emplois. ", 20)
	d := New(s, "", time.Time{})
	r := 0
	for b := range s {
		if got := d.Runes(b); got != r {
			t.Fatalf("Runes(%d) = %d, want %d", b, got, r)
		}
		if got := d.Byte(r); got != b {
			t.Fatalf("Byte(%d) = %d, want %d", r, got, b)
		}
		r++
	}
	if d.Runes(len(s)) != r || d.Byte(r) != len(s) {
		t.Fatalf("end: Runes = %d, Byte = %d, want %d, %d", d.Runes(len(s)), d.Byte(r), r, len(s))
	}
}

// TestEndsInside checks endsInside against strings.ContainsAny, which it
// replaces, on sentences, headings and bytes that are not UTF-8.
func TestEndsInside(t *testing.T) {
	for _, s := range []string{
		"", "Un titre sans point", "Fin. Début", "Quoi ? Oui", "Hélas ! Non", "Et puis… rien",
		"2.400 emplois", "\xe2\x80", "\xe2\xe2\x80\xa6", "« Citation »", "…",
	} {
		if got, want := endsInside(s), strings.ContainsAny(s, ".!?…"); got != want {
			t.Errorf("endsInside(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestElisions checks that isElision reads every elision, whatever the
// case of its letters, and no word it is not.
func TestElisions(t *testing.T) {
	for w := range elisions {
		if len(w) > maxElision {
			t.Errorf("the elision %q is longer than maxElision", w)
		}
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if !isElision(v) {
				t.Errorf("isElision(%q) = false, want true", v)
			}
		}
	}
	for _, w := range []string{"", "la", "de", "lorsque", "jusqu'", "quoiqu'il", "é", "L\u00e9"} {
		if isElision(w) {
			t.Errorf("isElision(%q) = true, want false", w)
		}
	}
}

// TestRuneStarts checks runeStarts, which counts eight bytes at a time,
// against a count byte by byte, on ASCII, runes of two to four bytes,
// bytes that are not UTF-8 and the tails past the last eight.
func TestRuneStarts(t *testing.T) {
	for _, s := range []string{
		"", "a", "abcdefgh", "abcdefghi", "Fès – l’usine « 𝄞 »", "éééééééé", "\x80\xbf\xc0\xff\x7f\x40\x80\x80\xc3",
		strings.Repeat("l’été 𝄞 ", 9), "\xe2\x80\xa6\xe2\x80\xa6\xe2\x80\xa6\xe2\x80",
	} {
		want := 0
		for i := 0; i < len(s); i++ {
			if utf8.RuneStart(s[i]) {
				want++
			}
		}
		if got := runeStarts(s); got != want {
			t.Errorf("runeStarts(%q) = %d, want %d", s, got, want)
		}
	}
}
