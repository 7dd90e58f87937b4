package content

import (
	"bytes"
	"compress/gzip"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseBadInput(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("<html><body><p>compressed page</p></body></html>"))
	zw.Close()

	tests := []struct {
		name string
		in   []byte
		opts []Option
		want error
	}{
		{"empty", nil, nil, ErrEmpty},
		{"whitespace", []byte(" \n\t\r\n  "), nil, ErrEmpty},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), nil, ErrBinary},
		{"pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), nil, ErrBinary},
		{"gzip", gz.Bytes(), nil, ErrBinary},
		{"zip", []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00"), nil, ErrBinary},
		{"nul bytes", []byte("texte\x00avec\x00des\x00zéros"), nil, ErrBinary},
		{"control bytes", bytes.Repeat([]byte{0x01, 0x02, 'a', 0x03, 0x04, 0x05}, 100), nil, ErrBinary},
		{"too large", make([]byte, 2048), []Option{WithMaxSize(1024)}, ErrTooLarge},
		{"no body", []byte("<html><head><title>Titre</title></head></html>"), nil, ErrNoContent},
		{"only scripts", []byte("<html><body><script>var a = 'beaucoup de texte ici';</script><nav><a href='/'>Accueil</a></nav></body></html>"), nil, ErrNoContent},
		{"only boilerplate text", []byte("Menu\nRechercher\nFacebook\nTwitter\n"), nil, ErrNoContent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse(tt.in, tt.opts...)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Parse() = %+v, %v; want error %v", p, err, tt.want)
			}
			if !strings.HasPrefix(err.Error(), "content: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
		})
	}
}

func TestParseTooLargeDefault(t *testing.T) {
	b := bytes.Repeat([]byte("<p>x</p>"), (50<<20)/8)
	_, err := Parse(b)
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("Parse(50 MB) error = %v, want ErrTooLarge", err)
	}
}

func TestParseMalformed(t *testing.T) {
	para := "<p>La société a annoncé la création de deux cents emplois dans la région, selon un communiqué publié lundi.</p>"
	tests := []struct {
		name string
		in   string
		want string // in Text
	}{
		{"deep nesting", strings.Repeat("<div>", 100000) + para + strings.Repeat("</div>", 100000), "deux cents emplois"},
		{"deep unclosed", "<html><body>" + strings.Repeat("<div><span>", 50000) + para, "deux cents emplois"},
		{"unclosed tags", "<html><body><div><p>" + strings.TrimPrefix(para, "<p>") + "<p><b><i>Suite du texte sans fin, avec une virgule, et un point.", "Suite du texte"},
		{"no html element", para + para, "communiqué publié lundi."},
		{"table soup", "<table><tr><td>" + para + "<td><table><tr><td>" + para, "deux cents emplois"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse([]byte(tt.in))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if !strings.Contains(p.Text, tt.want) {
				t.Errorf("Text = %q, want it to contain %q", p.Text, tt.want)
			}
		})
	}
}

func TestParseInvisibleCharacters(t *testing.T) {
	in := "<html><body><article><p>Le finan&shy;cement de la zone indus\u00adtrielle\u200b atteint cent millions, selon le ministère.</p></article></body></html>"
	p, err := Parse([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := "Le financement de la zone industrielle atteint cent millions, selon le ministère."
	if p.Text != want {
		t.Errorf("Text = %q, want %q", p.Text, want)
	}
}

func TestParseBodySelector(t *testing.T) {
	in := `<html><body>
<div class="long">` + strings.Repeat("<p>Un paragraphe de remplissage assez long, avec des virgules, pour attirer le score.</p>", 6) + `</div>
<div class="corps-cible"><p>Le texte que le site désigne explicitement comme corps.</p></div>
</body></html>`
	tests := []struct {
		sel, want string
	}{
		{".corps-cible", "Le texte que le site désigne explicitement comme corps."},
		{"div[", "Un paragraphe de remplissage"}, // invalid: ignored
		{".absent", "Un paragraphe de remplissage"},
	}
	for _, tt := range tests {
		p, err := Parse([]byte(in), WithBodySelector(tt.sel))
		if err != nil {
			t.Fatalf("Parse(%q): %v", tt.sel, err)
		}
		if !strings.HasPrefix(p.Text, tt.want) {
			t.Errorf("WithBodySelector(%q): Text = %q, want prefix %q", tt.sel, p.Text, tt.want)
		}
	}
}

func TestParseTextIsValidUTF8(t *testing.T) {
	// Invalid UTF-8 in an HTML page that says nothing of its charset.
	in := []byte("<html><body><p>R\xe9sultat net \xab record \xbb \xe0 Mekn\xe8s, selon la direction financi\xe8re.</p></body></html>")
	p, err := Parse(in)
	if err != nil {
		t.Fatal(err)
	}
	if !utf8.ValidString(p.Text) {
		t.Fatalf("Text is not valid UTF-8: %q", p.Text)
	}
	if want := "Résultat net « record » à Meknès, selon la direction financière."; p.Text != want {
		t.Errorf("Text = %q, want %q", p.Text, want)
	}
}

// TestMarkersFitHead checks what isHTML relies on to test the markers on
// the first bytes of a page: none is longer.
func TestMarkersFitHead(t *testing.T) {
	for _, m := range append(htmlMarkers, "<?xml") {
		if len(m) > markerLen {
			t.Errorf("HTML marker %q is longer than markerLen", m)
		}
	}
}
