package archive

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// ErrLocked is returned by Lock when another process holds the lock.
var ErrLocked = errors.New("archive in use by another crawl")

// Lock is an exclusive lock on an archive for the length of a crawl: one
// archive, one crawler. It is an flock(2) on a file beside the database
// (path + ".lock"), which the system releases when the process ends,
// however it ends: a crawl killed with -9 never leaves it stuck. The file
// stays; it holds the process id of the last holder, for the message.
type Lock struct{ f *os.File }

// lockPoll is how often a waiting Lock tries again.
const lockPoll = 200 * time.Millisecond

// LockFile takes the lock of the archive at path. Without wait it fails at
// once with ErrLocked when another process holds it; with wait it tries
// again until it gets it or ctx is done.
func LockFile(ctx context.Context, path string, wait bool) (*Lock, error) {
	name := path + ".lock"
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("archive: lock: %w", err)
	}
	for {
		ok, err := tryLock(f)
		if ok {
			break
		}
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("archive: lock %s: %w", name, err)
		}
		if !wait {
			holder := holderOf(f)
			f.Close()
			return nil, fmt.Errorf("archive: %s: %w%s", path, ErrLocked, holder)
		}
		select {
		case <-ctx.Done():
			f.Close()
			return nil, fmt.Errorf("archive: waiting for the lock of %s: %w", path, context.Cause(ctx))
		case <-time.After(lockPoll):
		}
	}
	// Best effort: the pid only makes the message of the next one clearer.
	if f.Truncate(0) == nil {
		_, _ = f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return &Lock{f: f}, nil
}

// holderOf names the process recorded in the lock file, if any.
func holderOf(f *os.File) string {
	b := make([]byte, 32)
	n, _ := f.ReadAt(b, 0)
	pid := strings.TrimSpace(string(b[:n]))
	if _, err := strconv.Atoi(pid); err != nil {
		return ""
	}
	return " (process " + pid + ")"
}

// Unlock releases the lock.
func (l *Lock) Unlock() error {
	if err := l.f.Close(); err != nil { // closing the last descriptor releases the flock
		return fmt.Errorf("archive: unlock: %w", err)
	}
	return nil
}
