package text

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// goldenTexts returns the texts of the golden records: real articles.
func goldenTexts(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob("../../fixtures/golden/*/*.json")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no golden records: %v", err)
	}
	var texts []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var rec struct{ Text string }
		if err := json.Unmarshal(b, &rec); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		texts = append(texts, rec.Text)
	}
	return texts
}

// TestPieces checks that a text read by small pieces has the tokens and
// the scanners' findings of the text read at once.
func TestPieces(t *testing.T) {
	texts := append(goldenTexts(t), "Tanger\nAutomotive City", "a\n\n\n  b\n\u00a0\nc", "l'\nAgence créera 1.500\n\nemplois d'ici\n2027")
	for _, s := range texts {
		whole, pieces := newDoc(s, "", time.Time{}, lexPiece), newDoc(s, "", time.Time{}, 1)
		if !slices.Equal(list(whole.Tokens()), list(pieces.Tokens())) || !slices.Equal(whole.bounds, pieces.bounds) {
			t.Errorf("tokens differ when read by pieces: %.60q", s)
		}
		a, b := whole.Scan(), pieces.Scan()
		if !sameItems(a.Numbers, b.Numbers) || !sameItems(a.Amounts, b.Amounts) || !sameItems(a.Years, b.Years) ||
			!sameItems(a.Dates, b.Dates) || !sameItems(a.Places, b.Places) {
			t.Errorf("scans differ when read by pieces: %.60q\n%+v\n%+v", s, a, b)
		}
	}
}

// sameItems reports whether a and b hold the same items (nil and empty
// alike).
func sameItems[T any](a, b []T) bool {
	return len(a) == len(b) && (len(a) == 0 || reflect.DeepEqual(a, b))
}

// TestPieceEnd checks where a piece of text ends: at the start of a line
// that starts with a visible byte, past the piece's size.
func TestPieceEnd(t *testing.T) {
	s := "abc\n\n déf\nÀ la\nfin"
	for _, tt := range []struct{ lo, piece, want int }{
		{0, 100, len(s)},
		{0, 1, strings.Index(s, "fin")},
		{0, 0, strings.Index(s, "fin")},
		{strings.Index(s, "fin"), 1, len(s)},
	} {
		if got := pieceEnd(s, tt.lo, tt.piece); got != tt.want {
			t.Errorf("pieceEnd(%d, %d) = %d, want %d", tt.lo, tt.piece, got, tt.want)
		}
	}
}

// TestWordsByPieces checks that the word view of a text of several pieces,
// read again piece by piece, is the one derived from its tokens, and that
// it is written over the tokens' memory when that has room for it, else
// made to its size.
func TestWordsByPieces(t *testing.T) {
	texts := append(goldenTexts(t), fuzzTexts(t)...)
	texts = append(texts, "Tanger\nAutomotive City", "l'\nAgence-cadre créera 1.500\n\nemplois d'ici\n« 2027 »")
	reused := 0
	for _, s := range texts {
		whole, pieces := newDoc(s, "", time.Time{}, len(s)+1), newDoc(s, "", time.Time{}, 1)
		mem := pieces.Tokens().toks
		want, got := whole.Words(), pieces.Words()
		if !slices.Equal(list(want), list(got)) {
			t.Errorf("words differ when read by pieces: %.60q", s)
		}
		switch {
		case pieceEnd(s, 0, 1) == len(s) || cap(mem) < got.Len(): // an article's, or no room
			if cap(got.toks) != got.Len() {
				t.Errorf("the word view of %.60q has %d words, room for %d", s, got.Len(), cap(got.toks))
			}
		case got.Len() == 0:
		case &got.toks[0] != &mem[:1][0]:
			t.Errorf("the word view of %.60q is not written over its tokens, which have room for it", s)
		default:
			reused++
		}
		if !slices.Equal(list(whole.Tokens()), list(pieces.Tokens())) {
			t.Errorf("tokens read again after the words differ: %.60q", s)
		}
	}
	if reused == 0 {
		t.Error("no word view was written over its tokens")
	}
}

// fuzzTexts returns the seeds of FuzzDoc and the texts of the fuzz corpora
// of extract and its parties.
func fuzzTexts(t *testing.T) []string {
	t.Helper()
	var paths []string
	for _, pattern := range []string{"../testdata/fuzz/*/*", "../parties/testdata/fuzz/*/*"} {
		more, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, more...)
	}
	texts := slices.Clone(docSeeds)
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			if q, ok := strings.CutPrefix(line, "string("); ok {
				s, err := strconv.Unquote(strings.TrimSuffix(q, ")"))
				if err != nil {
					t.Fatalf("%s: %v", p, err)
				}
				texts = append(texts, s)
			}
		}
	}
	return texts
}
