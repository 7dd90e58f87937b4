package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

func TestExtractURL(t *testing.T) {
	latin1, err := charmap.Windows1252.NewEncoder().String(goodArticle)
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1252")
		w.Write([]byte(strings.Replace(latin1, `charset="utf-8"`, `charset="windows-1252"`, 1)))
	})
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/article", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/metadata", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
	})
	mux.HandleFunc("/video", func(w http.ResponseWriter, r *http.Request) { w.Header().Set("Content-Type", "video/mp4") })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	cfg := writeSources(t, srv.URL, "") // allow_private: the test server is on loopback

	code, stdout, stderr := veille(t, "extract", "--config", cfg, srv.URL+"/old")
	var rec struct {
		URL, Title, Text string
		Jobs             []json.RawMessage
	}
	if err := json.Unmarshal([]byte(stdout), &rec); code != 0 || err != nil {
		t.Fatalf("extract URL: exit %d (%v)\n%s\n%s", code, err, stdout, stderr)
	}
	if rec.URL != srv.URL+"/article" || !strings.Contains(rec.Text, "à Rabat, une convention d’investissement") && !strings.Contains(rec.Text, "à Rabat, une convention d'investissement") || len(rec.Jobs) == 0 {
		t.Errorf("record of the URL: %+v", rec)
	}
	tests := []struct {
		args []string
		want string
	}{
		{[]string{srv.URL + "/article"}, "address not allowed"}, // no --config: loopback refused
		{[]string{"--config", cfg, srv.URL + "/metadata"}, "address not allowed: 169.254.169.254"},
		{[]string{"--config", cfg, srv.URL + "/video"}, "unsupported content type"},
		{[]string{"--config", cfg, srv.URL + "/missing"}, "HTTP 404"},
	}
	for _, tt := range tests {
		code, stdout, stderr := veille(t, append([]string{"extract"}, tt.args...)...)
		if code != exitFailure || stdout != "" || !strings.Contains(stderr, tt.want) {
			t.Errorf("extract %v: exit %d, stdout %q, stderr %q; want exit 1 and %q", tt.args, code, stdout, stderr, tt.want)
		}
	}
}
