package archive

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestOpenNames(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	for _, name := range []string{"a#b.db", "a?mode=memory&_pragma=query_only(1).db", "x%41.db", "dir with space.db", "file:x.db", "é.db"} {
		path := filepath.Join(dir, name)
		a, err := Open(ctx, path)
		if err != nil {
			t.Errorf("%q: %v", name, err)
			continue
		}
		_, err = a.BeginRun(ctx, time.Now()) // writes: no query_only slipped in
		a.Close()
		if err != nil {
			t.Errorf("%q: write: %v", name, err)
		}
		if _, err := os.Stat(path); err != nil {
			t.Errorf("%q: not created under its own name: %v", name, err)
		}
		for _, open := range []func(context.Context, string) (*Archive, error){OpenRead, OpenExisting} {
			a, err := open(ctx, path)
			if err != nil {
				t.Errorf("%q: reopen: %v", name, err)
				continue
			}
			a.Close()
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if ext := filepath.Ext(e.Name()); ext != ".db" && ext != ".db-wal" && ext != ".db-shm" {
			t.Errorf("stray file %q", e.Name())
		}
	}
}

func TestReadsNeverCreate(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	for name, open := range map[string]func(context.Context, string) (*Archive, error){"OpenRead": OpenRead, "OpenExisting": OpenExisting} {
		path := filepath.Join(dir, "typo.db")
		if _, err := open(ctx, path); !errors.Is(err, ErrNotExist) {
			t.Errorf("%s of a missing archive: got %v, want ErrNotExist", name, err)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 0 {
			t.Errorf("%s of a missing archive created %d files", name, len(entries))
		}
	}
	// A file that is not an archive is refused, and left as it was.
	other := filepath.Join(dir, "notes.txt")
	os.WriteFile(other, []byte("pas une base"), 0o644)
	if _, err := OpenRead(ctx, other); err == nil {
		t.Errorf("OpenRead of a text file: no error")
	}
	if b, _ := os.ReadFile(other); string(b) != "pas une base" {
		t.Errorf("text file changed to %q", b)
	}
	// Read-only means read-only.
	path := filepath.Join(dir, "a.db")
	a, _ := Open(ctx, path)
	a.Close()
	r, err := OpenRead(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if _, err := r.BeginRun(ctx, time.Now()); err == nil {
		t.Errorf("write through OpenRead: no error")
	}
}

func TestLock(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "a.db")
	l, err := LockFile(ctx, path, false)
	if err != nil {
		t.Fatal(err)
	}
	// flock locks belong to open files: a second open file in this process
	// conflicts as another process would.
	if _, err := LockFile(ctx, path, false); !errors.Is(err, ErrLocked) {
		t.Fatalf("second lock: got %v, want ErrLocked", err)
	}
	short, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
	defer cancel()
	if _, err := LockFile(short, path, true); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("waiting past the deadline: got %v", err)
	}
	got := make(chan error, 1)
	go func() {
		l2, err := LockFile(ctx, path, true)
		if err == nil {
			err = l2.Unlock()
		}
		got <- err
	}()
	if err := l.Unlock(); err != nil {
		t.Fatal(err)
	}
	if err := <-got; err != nil {
		t.Errorf("waiting for the lock: %v", err)
	}
}

func TestBackup(t *testing.T) {
	ctx := context.Background()
	a := open(t)
	run, _ := a.BeginRun(ctx, time.Now())
	a.Enqueue(ctx, run, time.Now(), 0, []Item{{URL: "https://x.ma/a", Host: "x.ma", Site: "x", Kind: KindArticle}})
	dest := filepath.Join(t.TempDir(), "copy.db")
	if err := a.Backup(ctx, dest); err != nil {
		t.Fatal(err)
	}
	if err := a.Backup(ctx, dest); err == nil {
		t.Errorf("backup over an existing file: no error")
	}
	b, err := OpenRead(ctx, dest)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if s, ok, err := b.Status(ctx, "https://x.ma/a"); err != nil || !ok || s.State != Pending {
		t.Errorf("frontier of the copy: %+v %v %v", s, ok, err)
	}
}

func TestNextArticlesFirst(t *testing.T) {
	ctx := context.Background()
	a := open(t)
	now := time.Now()
	run, _ := a.BeginRun(ctx, now)
	item := func(u string, k Kind) Item { return Item{URL: u, Host: "x.ma", Site: "x", Kind: k} }
	a.Enqueue(ctx, run, now, 0, []Item{item("https://x.ma/economie?page=2", KindListing), item("https://x.ma/feed", KindFeed),
		item("https://x.ma/a/1", KindArticle), item("https://x.ma/a/2", KindArticle)})
	got, err := a.Next(ctx, Query{Now: now, Limit: 3, Skip: map[string]bool{"https://x.ma/a/1": true}})
	if err != nil {
		t.Fatal(err)
	}
	var urls []string
	for _, it := range got {
		urls = append(urls, it.URL)
	}
	want := []string{"https://x.ma/a/2", "https://x.ma/economie?page=2", "https://x.ma/feed"}
	if strings.Join(urls, " ") != strings.Join(want, " ") {
		t.Errorf("next: got %v, want %v", urls, want)
	}
}
