// Package memstore is a minimal stub of github.com/alexedwards/scs/v2/memstore for authvet's analysistest fixtures; signatures match github.com/alexedwards/scs/v2@v2.9.0.
package memstore

import "time"

// MemStore represents the session store.
type MemStore struct {
	items map[string][]byte
}

// New returns a new MemStore instance.
func New() *MemStore { return &MemStore{} }

// NewWithCleanupInterval returns a new MemStore instance.
func NewWithCleanupInterval(cleanupInterval time.Duration) *MemStore { return &MemStore{} }

func (m *MemStore) Find(token string) ([]byte, bool, error)               { return nil, false, nil }
func (m *MemStore) Commit(token string, b []byte, expiry time.Time) error { return nil }
func (m *MemStore) Delete(token string) error                             { return nil }
func (m *MemStore) All() (map[string][]byte, error)                       { return nil, nil }
func (m *MemStore) StopCleanup()                                          {}
