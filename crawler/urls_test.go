package crawler

import (
	"net/netip"
	"net/url"
	"testing"
)

func TestCanonical(t *testing.T) {
	tests := []struct{ in, want string }{
		{"HTTPS://LeMatin.ma:443/economie/accord/12#commentaires", "https://lematin.ma/economie/accord/12"},
		{"http://x.ma", "http://x.ma/"},
		{"http://x.ma:80/a?utm_source=fb&b=2&a=1&fbclid=z", "http://x.ma/a?a=1&b=2"},
		{"http://x.ma:8080/a?", "http://x.ma:8080/a"},
		{"http://[::1]:8080/a", "http://[::1]:8080/a"},
		{"https://x.ma/é", "https://x.ma/%C3%A9"},
	}
	for _, tt := range tests {
		u, err := Canonical(tt.in)
		if err != nil {
			t.Errorf("Canonical(%q): %v", tt.in, err)
			continue
		}
		if got := u.String(); got != tt.want {
			t.Errorf("Canonical(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, bad := range []string{"mailto:redaction@x.ma", "javascript:void(0)", "ftp://x.ma/a", "/relative", "http://user:pw@x.ma/", "http://%zz"} {
		if u, err := Canonical(bad); err == nil {
			t.Errorf("Canonical(%q) = %q, want an error", bad, u)
		}
	}
}

func FuzzCanonical(f *testing.F) {
	for _, s := range []string{"HTTPS://LeMatin.ma:443/a#b", "http://x.ma/a?utm_source=1&b=2", "http://[::1]:80/", "mailto:a@b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		u, err := Canonical(in)
		if err != nil {
			return
		}
		again, err := Canonical(u.String())
		if err != nil {
			t.Fatalf("Canonical(%q) = %q, which does not parse again: %v", in, u, err)
		}
		if again.String() != u.String() {
			t.Errorf("not idempotent: %q → %q → %q", in, u, again)
		}
	})
}

func TestAddressAllowed(t *testing.T) {
	tests := []struct {
		ip             string
		public, withPr bool // allowed without and with allow_private
	}{
		{"93.184.216.34", true, true},
		{"2a00:1450:4007::1", true, true},
		{"127.0.0.1", false, true},
		{"::1", false, true},
		{"10.1.2.3", false, true},
		{"192.168.1.1", false, true},
		{"172.16.0.1", false, true},
		{"100.64.0.1", false, true},
		{"fd00::1", false, true},
		{"169.254.169.254", false, false},
		{"fe80::1", false, false},
		{"0.0.0.0", false, false},
		{"224.0.0.1", false, false},
	}
	for _, tt := range tests {
		ip := netip.MustParseAddr(tt.ip)
		if got := addressAllowed(ip, false); got != tt.public {
			t.Errorf("addressAllowed(%s, false) = %v, want %v", tt.ip, got, tt.public)
		}
		if got := addressAllowed(ip, true); got != tt.withPr {
			t.Errorf("addressAllowed(%s, true) = %v, want %v", tt.ip, got, tt.withPr)
		}
	}
	guard := dialGuard(false)
	if err := guard("tcp4", "127.0.0.1:80", nil); err == nil {
		t.Errorf("dial guard let 127.0.0.1 through")
	}
	if err := guard("tcp4", "[::ffff:127.0.0.1]:80", nil); err == nil {
		t.Errorf("dial guard let an IPv4-mapped loopback through")
	}
}

func TestSiteAllowed(t *testing.T) {
	s := Site{AllowedHosts: []string{"lematin.ma", "*.le360.ma"}}
	tests := []struct {
		u    string
		want bool
	}{
		{"https://lematin.ma/a", true},
		{"https://www.lematin.ma/a", false},
		{"https://fr.le360.ma/a", true},
		{"https://le360.ma/a", true},
		{"https://evil-le360.ma/a", false},
		{"ftp://lematin.ma/a", false},
	}
	for _, tt := range tests {
		u, _ := url.Parse(tt.u)
		if got := s.Allowed(u); got != tt.want {
			t.Errorf("Allowed(%s) = %v, want %v", tt.u, got, tt.want)
		}
	}
}
