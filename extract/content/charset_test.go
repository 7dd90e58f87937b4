package content

import (
	"bytes"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func TestDecode(t *testing.T) {
	const text = "Fès, Kénitra et Salé : « déjà » 5 000 € d'œuvre"
	win, err := charmap.Windows1252.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	latin9, err := charmap.ISO8859_15.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in, contentType, want string
	}{
		{"utf-8", text, "", text},
		{"utf-8 with bom", "\ufeff" + text, "", text},
		{"utf-8 despite latin-1 header", text, "text/html; charset=iso-8859-1", text},
		{"utf-8 despite latin-1 meta", `<meta charset="iso-8859-1">` + text, "", `<meta charset="iso-8859-1">` + text},
		{"windows-1252 undeclared", win, "", text},
		{"windows-1252 behind utf-8 header", win, "text/html; charset=utf-8", text},
		{"windows-1252 behind utf-8 meta", `<meta charset="utf-8">` + win, "", `<meta charset="utf-8">` + text},
		{"iso-8859-15 header", latin9, "text/html; charset=ISO-8859-15", text},
		{"iso-8859-15 late meta", pad(2000) + `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">` + latin9, "", pad(2000) + `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">` + text},
		{"utf-16 bom", utf16, "", text},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(decode([]byte(tt.in), tt.contentType)); got != tt.want {
				t.Errorf("decode() = %q, want %q", got, tt.want)
			}
		})
	}
}

// pad returns an HTML comment of n bytes, to push declarations beyond the
// first kilobyte.
func pad(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = 'x'
	}
	return "<!--" + string(b) + "-->"
}

func TestDecodeMostlyUTF8(t *testing.T) {
	text := "Le marché de l'été à Fès : café, thé et crème brûlée, déjà très prisés."
	text = text + " " + text + " " + text
	in := []byte(text + " Fin\xe9.") // one stray latin-1 byte
	want := text + " Fin\uFFFD."
	if got := string(decode(in, "text/html; charset=windows-1252")); got != want {
		t.Errorf("decode() = %q, want %q", got, want)
	}
}

// TestDecodeCharmap checks the byte-at-a-time decoding against x/text's
// decoder, on every byte of single-byte charsets, EBCDIC included.
func TestDecodeCharmap(t *testing.T) {
	all := make([]byte, 0, 3*256)
	for i := range 3 * 256 {
		all = append(all, byte(i*7)) // every byte, in three orders
	}
	for _, cm := range []*charmap.Charmap{charmap.Windows1252, charmap.ISO8859_1, charmap.ISO8859_15, charmap.Windows1256, charmap.CodePage037} {
		want, err := cm.NewDecoder().Bytes(all)
		if err != nil {
			t.Fatalf("%v: %v", cm, err)
		}
		if got := decodeCharmap(cm, all); !bytes.Equal(got, want) {
			t.Errorf("decodeCharmap(%v) = %q, want %q", cm, got, want)
		}
	}
}
