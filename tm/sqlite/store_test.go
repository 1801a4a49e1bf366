package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/glossterm/gloss/tm/store"
	"github.com/glossterm/gloss/tm/store/storetest"
)

// TestStore runs the contract every engine meets.
func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) func() (store.Store, error) {
		path := filepath.Join(t.TempDir(), "m.tm")
		return func() (store.Store, error) { return Open(context.Background(), path, true) }
	})
}
