package content
import ("testing";"time";"fmt")
func TestDbgSeeds(t *testing.T){
 for _, s := range []string{
		"", " date 2024-04 Texte.", "<p>a&shy;b\u200b</p>", "<div><div><div>", "\xff\xfe<\x00p\x00>\x00",
		"<html><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"x\"}</script>",
		"Menu\nLire aussi x\nYou may also like\n", "<table><td><td><td>texte", "\x89PNG\r\n\x1a\n",
	} {
   done:=make(chan bool,1)
   go func(){ Parse([]byte(s)); done<-true }()
   select { case <-done: case <-time.After(3*time.Second): fmt.Printf("HANG %q\n", s); return }
 }
 fmt.Println("ok")
}
