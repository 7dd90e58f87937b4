package content

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// decode returns b as UTF-8 text: b itself when it is valid UTF-8, which
// most pages are, so that the page is not copied. Valid UTF-8 is taken as is, before any
// declaration is read: x/net's sniffing garbles valid UTF-8 pages whose
// charset declaration lies or comes late. Otherwise the BOM, the
// Content-Type header, the <meta> declarations and then windows-1252 decide.
// A declared UTF-8 that is not valid falls back to windows-1252.
func decode(b []byte, contentType string) []byte {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return toValidUTF8(b[3:])
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), b)
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), b)
	}
	if utf8.Valid(b) {
		return b
	}
	if mostlyUTF8(b) {
		// A UTF-8 page with a few stray bytes (a truncated snippet, a
		// pasted latin-1 word) is still UTF-8, whatever it declares.
		return bytes.ToValidUTF8(b, []byte("\uFFFD"))
	}
	enc, name, certain := charset.DetermineEncoding(b, contentType)
	label := name // the canonical name of enc
	if !certain && name == "windows-1252" {
		// DetermineEncoding prescans 1024 bytes only; old CMS pages declare
		// their charset after long scripts.
		if e, l := lateMetaCharset(b); e != nil {
			enc, name, label = e, "late", l
		}
	}
	if enc == nil || enc == encoding.Nop || name == "utf-8" || enc == unicode.UTF8 {
		// Declared UTF-8 but invalid: the usual lie of a latin-1 page.
		enc, label = charmap.Windows1252, "windows-1252"
	}
	// x/net wraps x/text's encodings: the name finds the charmap back.
	if e, _ := htmlindex.Get(label); e != nil {
		if cm, ok := e.(*charmap.Charmap); ok {
			return decodeCharmap(cm, b)
		}
	}
	return decodeWith(enc, b)
}

// mostlyUTF8 tells whether b has many more valid multi-byte UTF-8
// sequences than invalid bytes. windows-1252 text almost never forms valid
// sequences: its accented letters are followed by ASCII.
func mostlyUTF8(b []byte) bool {
	valid, invalid := 0, 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			valid++
		}
		i += size
	}
	return valid >= 8 && invalid*20 <= valid
}

// decodeWith decodes b with enc, falling back to windows-1252 when the
// decoder fails.
func decodeWith(enc encoding.Encoding, b []byte) []byte {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		out, _ = charmap.Windows1252.NewDecoder().Bytes(b) // windows-1252 decodes every byte
	}
	return toValidUTF8(out)
}

// decodeCharmap decodes the single-byte text b as cm's decoder does, a
// byte at a time, without the transformer's buffers: the latin pages of
// old CMS are decoded whole. Every byte decodes, to valid UTF-8. Runs of
// ASCII are copied as they are when cm keeps ASCII, as the charsets of
// the web do.
func decodeCharmap(cm *charmap.Charmap, b []byte) []byte {
	out := make([]byte, 0, len(b)+len(b)/8)
	ascii := keepsASCII(cm)
	for i := 0; i < len(b); {
		if ascii && b[i] < utf8.RuneSelf {
			j := i + 1
			for j < len(b) && b[j] < utf8.RuneSelf {
				j++
			}
			out = append(out, b[i:j]...)
			i = j
			continue
		}
		out = utf8.AppendRune(out, cm.DecodeByte(b[i])) // a table look-up
		i++
	}
	return out
}

// keepsASCII tells whether cm decodes every ASCII byte to itself (EBCDIC
// does not).
func keepsASCII(cm *charmap.Charmap) bool {
	for c := range utf8.RuneSelf {
		if cm.DecodeByte(byte(c)) != rune(c) {
			return false
		}
	}
	return true
}

// toValidUTF8 replaces invalid sequences left by a decoder.
func toValidUTF8(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	return bytes.ToValidUTF8(b, []byte("\uFFFD"))
}

// lateMetaCharset looks for a <meta> charset declaration in the first
// 16 KiB (DetermineEncoding prescans 1 KiB only); the first label that
// names a known encoding wins. Other tags' charset attributes (scripts,
// links) say nothing of the page. It returns the encoding and its
// canonical name.
func lateMetaCharset(b []byte) (encoding.Encoding, string) {
	if len(b) > 16<<10 {
		b = b[:16<<10]
	}
	var buf [256]byte
	for i := 0; ; {
		j := bytes.IndexByte(b[i:], '<')
		if j < 0 {
			return nil, ""
		}
		i += j + 1
		if !hasPrefixFold(b[i:], "meta") {
			continue
		}
		tag := b[i+len("meta"):]
		if k := bytes.IndexByte(tag, '>'); k >= 0 {
			tag = tag[:k]
		}
		lower := lowerASCII(buf[:0], tag) // tags and labels are ASCII
		k := bytes.Index(lower, []byte("charset="))
		if k < 0 {
			continue
		}
		rest := bytes.TrimLeft(lower[k+len("charset="):], `"' `)
		end := bytes.IndexAny(rest, "\"'; /\t\r\n")
		if end < 0 {
			end = len(rest)
		}
		if e, name := charset.Lookup(string(rest[:end])); e != nil {
			return e, name
		}
	}
}

// hasPrefixFold reports whether b starts with the lower-case ASCII
// prefix, in any case.
func hasPrefixFold(b []byte, prefix string) bool {
	if len(b) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if c := b[i]; c != prefix[i] && c+'a'-'A' != prefix[i] {
			return false
		}
	}
	return true
}
