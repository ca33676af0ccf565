// Package session is a minimal stub of github.com/beego/beego/v2/server/web/session for authvet's analysistest fixtures; only the signatures fixtures use, as in github.com/beego/beego/v2@v2.3.8.
package session

import (
	"context"
	"net/http"
)

// Store is the session of a request.
type Store interface {
	Set(ctx context.Context, key, value interface{}) error
	Get(ctx context.Context, key interface{}) interface{}
	Delete(ctx context.Context, key interface{}) error
	SessionID(ctx context.Context) string
	SessionRelease(ctx context.Context, w http.ResponseWriter)
	Flush(ctx context.Context) error
}

// ManagerConfig configures a Manager.
type ManagerConfig struct {
	EnableSetCookie bool
	DisableHTTPOnly bool
	Secure          bool
	CookieName      string
	Gclifetime      int64
	CookieSameSite  http.SameSite
}

// Manager keeps sessions in a provider on the server.
type Manager struct{}

func NewManager(provideName string, cf *ManagerConfig) (*Manager, error) { return &Manager{}, nil }

func (manager *Manager) SessionStart(w http.ResponseWriter, r *http.Request) (Store, error) {
	return nil, nil
}
func (manager *Manager) SessionDestroy(w http.ResponseWriter, r *http.Request) {}
func (manager *Manager) SessionRegenerateID(w http.ResponseWriter, r *http.Request) (Store, error) {
	return nil, nil
}
