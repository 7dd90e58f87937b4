package crawler

import "testing"

// TestShippedConfigs checks that the configurations in the repository load.
func TestShippedConfigs(t *testing.T) {
	for _, p := range []string{"../sources.yaml", "../sources.demo.yaml"} {
		cfg, err := LoadConfig(p)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		for _, s := range cfg.Sites {
			if p == "../sources.yaml" && (cfg.AllowPrivate || s.Delay < Duration(DefaultDelay)) {
				t.Errorf("%s: site %s: real sites need allow_private false and a delay of 2s or more", p, s.Name)
			}
		}
	}
}
