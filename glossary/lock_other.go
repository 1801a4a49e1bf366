//go:build !unix

package glossary

// lockFile is a no-op where flock is not available: concurrent writers are not serialized.
func lockFile(lockPath string) (unlock func(), err error) {
	return func() {}, nil
}
