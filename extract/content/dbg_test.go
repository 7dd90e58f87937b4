package content
import ("testing";"os";"path/filepath";"time";"fmt";"math/rand")
func TestDbgHang(t *testing.T){
 files,_:=filepath.Glob(filepath.Join(fixtureDir,"*.*"))
 var seeds [][]byte
 for _,f:=range files{ b,_:=os.ReadFile(f); seeds=append(seeds,b)}
 seeds=append(seeds, []byte("<!d0000000> <title>â</title><stYle >0</stYle </p><sCript >0"), []byte("<!DOCTYPE html><metA 0=0><metA propertY=\"\" 0 0=><metA propertY=\"ArtiCle:puBlished_time\" Content=0>"))
 r:=rand.New(rand.NewSource(1))
 for it:=0; it<20000; it++ {
   s:=seeds[r.Intn(len(seeds))]
   b:=append([]byte(nil), s...)
   for k:=0;k<1+r.Intn(8);k++{
     switch r.Intn(3){
     case 0: if len(b)>0 { b[r.Intn(len(b))]=byte(r.Intn(256)) }
     case 1: if len(b)>2 { i:=r.Intn(len(b)); j:=i+r.Intn(len(b)-i); b=append(b[:i:i], b[j:]...) }
     case 2: o:=seeds[r.Intn(len(seeds))]; if len(o)>0 { i:=r.Intn(len(o)); j:=i+r.Intn(len(o)-i); if len(b)>0 { p:=r.Intn(len(b)); b=append(b[:p:p], append(append([]byte(nil),o[i:j]...), b[p:]...)...) } }
     }
   }
   done:=make(chan bool,1)
   go func(){ Parse(b); done<-true }()
   select { case <-done: case <-time.After(3*time.Second): os.WriteFile("/tmp/hang.bin", b, 0644); fmt.Println("HANG at", it, len(b)); return }
 }
 fmt.Println("no hang")
}
