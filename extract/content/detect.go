package content

import (
	"bytes"
	"mime"
)

// magic lists the signatures of binary formats that crawlers meet instead
// of pages.
var magic = []struct {
	prefix string
	kind   string
}{
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"%PDF-", "PDF document"},
	{"\x1f\x8b", "gzip data"},
	{"PK\x03\x04", "zip archive"},
	{"BZh", "bzip2 data"},
	{"\xfd7zXZ\x00", "xz data"},
	{"7z\xbc\xaf\x27\x1c", "7z archive"},
	{"\x28\xb5\x2f\xfd", "zstd data"},
	{"RIFF", "RIFF media"},
	{"OggS", "Ogg media"},
	{"ID3", "MP3 audio"},
	{"\x7fELF", "ELF executable"},
	{"\x00asm", "WebAssembly"},
	{"wOFF", "web font"},
	{"wOF2", "web font"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office document"},
}

// binaryKind tells whether b is binary data rather than text, and what it
// looks like. UTF-16 text with a BOM is text.
func binaryKind(b []byte) (string, bool) {
	if bytes.HasPrefix(b, []byte{0xFE, 0xFF}) || bytes.HasPrefix(b, []byte{0xFF, 0xFE}) {
		return "", false
	}
	for _, m := range magic {
		if bytes.HasPrefix(b, []byte(m.prefix)) {
			return m.kind, true
		}
	}
	head := b
	if len(head) > 8<<10 {
		head = head[:8<<10]
	}
	if len(head) >= 8 && bytes.HasPrefix(head[4:], []byte("ftyp")) {
		return "MP4 media", true
	}
	ctrl := 0
	for _, c := range head {
		if k := ctrlKind[c]; k != 0 {
			if k == ctrlNUL {
				return "data with NUL bytes", true
			}
			ctrl++
		}
	}
	if ctrl*10 > len(head) {
		return "mostly non-text data", true
	}
	return "", false
}

// The kinds of bytes binaryKind counts; other bytes are 0.
const (
	ctrlOther = 1 + iota
	ctrlNUL
)

// ctrlKind sorts the bytes for binaryKind: NUL, the control characters
// that text does not hold (all but tab, newlines, form feed and escape),
// and the rest.
var ctrlKind = func() (t [256]uint8) {
	for i := range t {
		switch c := byte(i); {
		case c == 0:
			t[i] = ctrlNUL
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b, c == 0x7f:
			t[i] = ctrlOther
		}
	}
	return t
}()

// htmlMarkers are the lower-case openings that make a document HTML.
var htmlMarkers = []string{"<!doctype html", "<html", "<head", "<body", "<meta ", "<title", "<div", "<p>", "<p ", "<article", "<!--", "<br", "<table", "<h1", "<h2", "<script", "<link "}

// isHTML tells HTML from plain text: the Content-Type header decides when it
// says text/plain or text/html; otherwise the first tags do.
func isHTML(s []byte, contentType string) bool {
	head := bytes.TrimLeft(s, " \t\r\n\f\ufeff")
	if len(head) > headLen {
		head = head[:headLen]
	}
	var buf [headLen]byte
	// The markers are ASCII and open the page: the first bytes tell most
	// pages, the whole head is lowered only for the searches.
	lower := lowerASCII(buf[:0], head[:min(len(head), markerLen)])
	if mt, _, err := mime.ParseMediaType(contentType); err == nil {
		switch mt {
		case "text/html", "application/xhtml+xml":
			return true
		case "text/plain":
			return bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.HasPrefix(lower, []byte("<html"))
		}
	}
	if !bytes.HasPrefix(lower, []byte("<?xml")) {
		for _, m := range htmlMarkers {
			if bytes.HasPrefix(lower, []byte(m)) {
				return true
			}
		}
	}
	lower = lowerASCII(lower, head[len(lower):])
	if bytes.HasPrefix(lower, []byte("<?xml")) {
		return bytes.Contains(lower, []byte("<html"))
	}
	return bytes.Contains(lower, []byte("<html")) || bytes.Contains(lower, []byte("<body")) || bytes.Contains(lower, []byte("</p>"))
}

// markerLen is longer than every row of htmlMarkers (a test checks it).
const markerLen = 32

// headLen is the length of the head of a page that isHTML reads.
const headLen = 4096

// lowerASCII appends s to dst with its ASCII letters in lower case.
func lowerASCII[S ~string | ~[]byte](dst []byte, s S) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}
