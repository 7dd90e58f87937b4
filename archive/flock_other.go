//go:build !unix

package archive

import (
	"errors"
	"os"
)

// tryLock fails: crawls lock their archive with flock(2), on Unix systems.
func tryLock(*os.File) (bool, error) {
	return false, errors.New("locking an archive needs a Unix system")
}
