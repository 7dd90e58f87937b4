package normalize

import (
	"math/rand"
	"os"
	"testing"
	"time"
	"fmt"
)

func TestZZHang(t *testing.T) {
	if os.Getenv("HANG") == "" {
		t.Skip()
	}
	seeds := fuzzSeeds()
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 200000; n++ {
		b := []byte(seeds[r.Intn(len(seeds))])
		for k := r.Intn(5); k >= 0; k-- {
			if len(b) == 0 { b = append(b, byte(r.Intn(256))); continue }
			switch r.Intn(4) {
			case 0: b[r.Intn(len(b))] = byte(r.Intn(256))
			case 1: i := r.Intn(len(b)); b = append(b[:i], b[i+1:]...)
			case 2: i := r.Intn(len(b)); b = append(b[:i], append([]byte{byte(r.Intn(128))}, b[i:]...)...)
			case 3: o := seeds[r.Intn(len(seeds))]; i := r.Intn(len(b)); b = append(b[:i], append([]byte(o), b[i:]...)...)
			}
		}
		s := string(b)
		done := make(chan bool)
		go func() {
			Clean(s); Numbers(s); Amounts(s); Years(s); Dates(s, time.Now()); ParseNumber(s); ParseMoney(s)
			done <- true
		}()
		select {
		case <-done:
		case <-time.After(3 * time.Second):
			fmt.Printf("HANG %q\n", s)
			os.Exit(1)
		}
	}
}
