// Package sessions is a minimal stub of github.com/gorilla/sessions for authvet's analysistest fixtures; signatures match github.com/gorilla/sessions@v1.4.0.
package sessions

import (
	"net/http"

	"github.com/gorilla/securecookie"
)

// Options stores configuration for a session or session store.
type Options struct {
	Path   string
	Domain string
	// MaxAge=0 means no Max-Age attribute specified and the cookie will be
	// deleted after the browser session ends.
	// MaxAge<0 means delete cookie immediately.
	// MaxAge>0 means Max-Age attribute present and given in seconds.
	MaxAge      int
	Secure      bool
	HttpOnly    bool
	Partitioned bool
	SameSite    http.SameSite
}

// NewSession is called by session stores to create a new session instance.
func NewSession(store Store, name string) *Session {
	return &Session{
		Values:  make(map[interface{}]interface{}),
		store:   store,
		name:    name,
		Options: new(Options),
	}
}

// Session stores the values and optional configuration for a session.
type Session struct {
	ID      string
	Values  map[interface{}]interface{}
	Options *Options
	IsNew   bool
	store   Store
	name    string
}

func (s *Session) Flashes(vars ...string) []interface{}              { return nil }
func (s *Session) AddFlash(value interface{}, vars ...string)        {}
func (s *Session) Save(r *http.Request, w http.ResponseWriter) error { return nil }
func (s *Session) Name() string                                      { return s.name }
func (s *Session) Store() Store                                      { return s.store }

// GetRegistry returns a registry instance for the current request.
func GetRegistry(r *http.Request) *Registry { return &Registry{request: r} }

// Registry stores sessions used during a request.
type Registry struct {
	request *http.Request
}

func (s *Registry) Get(store Store, name string) (session *Session, err error) {
	return NewSession(store, name), nil
}
func (s *Registry) Save(w http.ResponseWriter) error { return nil }

// Save saves all sessions used during the current request.
func Save(r *http.Request, w http.ResponseWriter) error { return nil }

// NewCookie returns an http.Cookie with the options set.
func NewCookie(name, value string, options *Options) *http.Cookie { return &http.Cookie{} }

// MultiError stores multiple errors.
type MultiError []error

func (m MultiError) Error() string { return "" }

// Store is an interface for custom session stores.
type Store interface {
	Get(r *http.Request, name string) (*Session, error)
	New(r *http.Request, name string) (*Session, error)
	Save(r *http.Request, w http.ResponseWriter, s *Session) error
}

// NewCookieStore returns a new CookieStore.
func NewCookieStore(keyPairs ...[]byte) *CookieStore {
	return &CookieStore{
		Codecs: securecookie.CodecsFromPairs(keyPairs...),
		Options: &Options{
			Path:     "/",
			MaxAge:   86400 * 30,
			SameSite: http.SameSiteNoneMode,
			Secure:   true,
		},
	}
}

// CookieStore stores sessions using secure cookies.
type CookieStore struct {
	Codecs  []securecookie.Codec
	Options *Options // default configuration
}

var _ Store = (*CookieStore)(nil)

func (s *CookieStore) Get(r *http.Request, name string) (*Session, error) {
	return NewSession(s, name), nil
}
func (s *CookieStore) New(r *http.Request, name string) (*Session, error) {
	return NewSession(s, name), nil
}
func (s *CookieStore) Save(r *http.Request, w http.ResponseWriter,
	session *Session) error {
	return nil
}
func (s *CookieStore) MaxAge(age int) {}

// NewFilesystemStore returns a new FilesystemStore.
func NewFilesystemStore(path string, keyPairs ...[]byte) *FilesystemStore {
	return &FilesystemStore{
		Codecs:  securecookie.CodecsFromPairs(keyPairs...),
		Options: &Options{Path: "/", MaxAge: 86400 * 30},
		path:    path,
	}
}

// FilesystemStore stores sessions in the filesystem.
type FilesystemStore struct {
	Codecs  []securecookie.Codec
	Options *Options // default configuration
	path    string
}

var _ Store = (*FilesystemStore)(nil)

func (s *FilesystemStore) MaxLength(l int) {}
func (s *FilesystemStore) Get(r *http.Request, name string) (*Session, error) {
	return NewSession(s, name), nil
}
func (s *FilesystemStore) New(r *http.Request, name string) (*Session, error) {
	return NewSession(s, name), nil
}
func (s *FilesystemStore) Save(r *http.Request, w http.ResponseWriter,
	session *Session) error {
	return nil
}
func (s *FilesystemStore) MaxAge(age int) {}
