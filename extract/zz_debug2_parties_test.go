package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

func TestDebugTexts(t *testing.T) {
	p := os.Getenv("PARTIES_TEXTS")
	if p == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(p)
	for _, text := range strings.Split(string(b), "\n===\n") {
		d := newDoc(strings.TrimSpace(text), "", time.Time{})
		sig, act, ms := findParties(d)
		fmt.Println("TEXT:", strings.TrimSpace(text)[:min(90, len(strings.TrimSpace(text)))])
		for _, p := range sig {
			fmt.Println("  S", partyString(p))
		}
		for _, p := range act {
			fmt.Println("  A", partyString(p))
		}
		for _, m := range ms {
			if d.text[m.start:m.end] != m.name {
				fmt.Printf("  M %q -> %s\n", d.text[m.start:m.end], m.name)
			}
		}
	}
}
