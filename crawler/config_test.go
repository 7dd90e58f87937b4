package crawler

import (
	"strings"
	"testing"
	"time"
)

const goodConfig = `user_agent: "veille/1.0 (+https://example.org/veille)"
sites:
  - name: lematin
    feeds: ["https://lematin.ma/rss"]
    sitemaps: ["https://lematin.ma/sitemap.xml"]
    start: ["https://lematin.ma/economie"]
    allowed_hosts: ["lematin.ma", "*.lematin.ma"]
    article_pattern: '^https://lematin\.ma/[a-z-]+/[^/]+/\d+$'
    delay: 3s
    keywords: [investissement, emplois]
  - name: autre
    start: ["https://www.autre.ma/"]
`

func TestParseConfig(t *testing.T) {
	cfg, err := ParseConfig(strings.NewReader(goodConfig))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(cfg.Sites), 2; got != want {
		t.Fatalf("sites: got %d, want %d", got, want)
	}
	s := cfg.Sites[0]
	if time.Duration(s.Delay) != 3*time.Second || s.Parallelism != 1 || s.MaxDepth != DefaultMaxDepth {
		t.Errorf("site defaults: got delay %v parallelism %d depth %d", time.Duration(s.Delay), s.Parallelism, s.MaxDepth)
	}
	if !s.ArticlePattern.MatchString("https://lematin.ma/economie/un-accord/123") {
		t.Errorf("article_pattern does not match an article URL")
	}
	if got := cfg.Sites[1].AllowedHosts; len(got) != 1 || got[0] != "www.autre.ma" {
		t.Errorf("derived allowed_hosts: got %v, want [www.autre.ma]", got)
	}
	if time.Duration(cfg.Sites[1].Delay) != DefaultDelay {
		t.Errorf("default delay: got %v, want %v", time.Duration(cfg.Sites[1].Delay), DefaultDelay)
	}
	if cfg.Parallelism != DefaultParallelism || cfg.MaxBodySize != DefaultMaxBodySize || time.Duration(cfg.Timeout) != DefaultTimeout {
		t.Errorf("global defaults: got %+v", cfg)
	}
}

func TestParseConfigRedis(t *testing.T) {
	const sites = "sites:\n  - name: x\n    start: [\"https://x.ma/\"]\n"
	cfg, err := ParseConfig(strings.NewReader("user_agent: a@b.c\nredis: redis://10.0.0.5:6379/2\n" + sites))
	if err != nil || cfg.Redis != "redis://10.0.0.5:6379/2" {
		t.Fatalf("redis key: got %+v (%v)", cfg, err)
	}
	for _, u := range []string{"http://u:secret@10.0.0.5:6379", "redis://u:secret@10.0.0.5:6379/base", "redis://u:secret@[::1"} {
		_, err := ParseConfig(strings.NewReader("user_agent: a@b.c\nredis: " + u + "\n" + sites))
		if err == nil || !strings.Contains(err.Error(), "redis://") || strings.Contains(err.Error(), "secret") {
			t.Errorf("redis: %s: got error %v, want one naming the form of the URL, without the password", u, err)
		}
	}
}

func TestParseConfigErrors(t *testing.T) {
	site := func(extra string) string {
		return "user_agent: \"veille/1.0 (+mailto:a@b.c)\"\nsites:\n  - name: x\n    start: [\"https://x.ma/\"]\n" + extra
	}
	tests := []struct {
		name, in string
		want     []string // substrings of the error
	}{
		{"unknown key", site("    delai: 2s\n"), []string{"line 5", "delai"}},
		{"unknown top key", "user_agent: a@b.c\nsitez: []\n", []string{"line 2", "sitez"}},
		{"bad regexp", site("    article_pattern: '([a-z'\n"), []string{"line 5", "regular expression"}},
		{"bad duration", site("    delay: 2 secondes\n"), []string{"line 5", "duration"}},
		{"negative duration", site("    revisit: -1h\n"), []string{"line 5", "duration"}},
		{"missing name", "user_agent: a@b.c\nsites:\n  - start: [\"https://x.ma/\"]\n", []string{"line 3", "name is required"}},
		{"bad name", "user_agent: a@b.c\nsites:\n  - name: Le Matin\n    start: [\"https://x.ma/\"]\n", []string{"line 3", "name"}},
		{"duplicate name", site("  - name: x\n    start: [\"https://y.ma/\"]\n"), []string{"line 5", "already used at line 3"}},
		{"no start points", "user_agent: a@b.c\nsites:\n  - name: x\n", []string{"line 3", "no feeds"}},
		{"not http", "user_agent: a@b.c\nsites:\n  - name: x\n    feeds: [\"ftp://x.ma/rss\"]\n", []string{"line 4", "http"}},
		{"host not allowed", site("    allowed_hosts: [y.ma]\n"), []string{"line 4", "allowed_hosts"}},
		{"no user agent", "sites:\n  - name: x\n    start: [\"https://x.ma/\"]\n", []string{"user_agent"}},
		{"no contact", "user_agent: veille/1.0\nsites:\n  - name: x\n    start: [\"https://x.ma/\"]\n", []string{"contact"}},
		{"no sites", "user_agent: a@b.c\n", []string{"no sites"}},
		{"empty", "", []string{"empty"}},
		{"not yaml", "user_agent: [\n", []string{"line"}},
		{"wrong type", site("    parallelism: beaucoup\n"), []string{"line 5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseConfig(strings.NewReader(tt.in))
			if err == nil {
				t.Fatalf("got no error, want one containing %q", tt.want)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("got error %q, want it to contain %q", err, w)
				}
			}
		})
	}
}

func FuzzParseConfig(f *testing.F) {
	f.Add(goodConfig)
	f.Add("user_agent: a@b.c\nsites:\n  - name: x\n    start: [\"https://x.ma/\"]\n    delay: 2s\n")
	f.Add("sites: [{name: a, feeds: ['http://[::1]:80/x']}]\nuser_agent: b@c.d")
	f.Fuzz(func(t *testing.T, in string) {
		cfg, err := ParseConfig(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, s := range cfg.Sites {
			if s.Name == "" || len(s.AllowedHosts) == 0 || s.Parallelism < 1 {
				t.Errorf("accepted an invalid site: %+v", s)
			}
		}
	})
}

// "retries: 0" turns retries off; only a missing key takes the default.
func TestParseConfigRetries(t *testing.T) {
	const sites = "sites:\n  - name: x\n    start: [\"https://x.ma/\"]\n"
	for line, want := range map[string]int{"": DefaultRetries, "retries: 0\n": 0, "retries: 5\n": 5} {
		cfg, err := ParseConfig(strings.NewReader("user_agent: a@b.c\n" + line + sites))
		if err != nil || cfg.Retries != want {
			t.Errorf("%q: got %d retries (%v), want %d", line, cfg.Retries, err, want)
		}
	}
}
