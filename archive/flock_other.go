//go:build !unix && !windows

package archive

import (
	"errors"
	"os"
)

// tryLock fails: crawls lock their archive with flock(2) on Unix systems
// and LockFileEx on Windows.
func tryLock(*os.File) (bool, error) {
	return false, errors.New("locking an archive needs Unix or Windows")
}
