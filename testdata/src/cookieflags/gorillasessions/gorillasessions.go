// Package gorillasessions proves cookieflags on gorilla/sessions stores:
// NewCookieStore defaults to Secure with SameSite=None but no HttpOnly,
// NewFilesystemStore to none of them; options set on the store's
// Options, or replaced as a whole, count, also from other functions when
// the store is a package variable.
package gorillasessions

import (
	"net/http"

	"github.com/gorilla/sessions"
)

var key = []byte("0123456789abcdef0123456789abcdef")

func badCookieStoreDefaults() *http.Server {
	store := sessions.NewCookieStore(key) // want `session cookie of sessions.CookieStore is set without HttpOnly; scripts can read it \(CWE-1004\)`
	store.Options.MaxAge = 3600
	return serve(store)
}

func badFilesystemStore() {
	store := sessions.NewFilesystemStore("", key) // want `session cookie of sessions.FilesystemStore is set without HttpOnly, Secure and SameSite`
	serve(store)
}

// badReplaced drops the default Secure by replacing the options: the
// replacement is reported, where the fix belongs.
func badReplaced() {
	store := sessions.NewCookieStore(key)
	store.Options = &sessions.Options{Path: "/", HttpOnly: true} // want `session cookie of sessions.Options is set without Secure and SameSite; it is sent over plain HTTP and it is sent with cross-site requests \(CWE-614, CWE-1275\)`
	serve(store)
}

var appStore = sessions.NewCookieStore(key) // want `session cookie of sessions.CookieStore is set without HttpOnly`

func goodHTTPOnly() {
	store := sessions.NewCookieStore(key)
	store.Options.HttpOnly = true
	serve(store)
}

func goodReplacedFull() {
	store := sessions.NewFilesystemStore("", key)
	store.Options = &sessions.Options{Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}
	serve(store)
}

func goodFieldsSet() {
	store := sessions.NewFilesystemStore("", key)
	store.Options.HttpOnly = true
	store.Options.Secure = true
	store.Options.SameSite = http.SameSiteStrictMode
	serve(store)
}

var secureCookies bool

func goodFromConfig() {
	store := sessions.NewFilesystemStore("", key)
	store.Options.HttpOnly = true
	store.Options.Secure = secureCookies
	store.Options.SameSite = http.SameSiteLaxMode
	serve(store)
}

// store is a package variable configured in init.
var store = sessions.NewCookieStore(key)

func init() {
	store.Options.HttpOnly = true
}

// fsStore is replaced as a whole in another function.
var fsStore *sessions.FilesystemStore

func setup() {
	fsStore = sessions.NewFilesystemStore("", key)
}

func configure() {
	fsStore.Options = &sessions.Options{HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}
}

func serve(s sessions.Store) *http.Server {
	return &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sess, _ := s.Get(r, "session")
		sess.Values["user"] = "u"
		sess.Save(r, w)
	})}
}

// badPerSessionOptions overrides one session's options before saving it,
// as users of echo-contrib's session middleware do: the store's secure
// options no longer apply to this cookie.
func badPerSessionOptions(w http.ResponseWriter, r *http.Request, sess *sessions.Session) {
	sess.Options = &sessions.Options{Path: "/", MaxAge: 86400, HttpOnly: true} // want `session cookie of sessions.Options is set without Secure and SameSite`
	sess.Save(r, w)
}

// goodPerSessionOptions overrides them with every flag set.
func goodPerSessionOptions(w http.ResponseWriter, r *http.Request, sess *sessions.Session) {
	sess.Options = &sessions.Options{Path: "/", MaxAge: 86400, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}
	sess.Save(r, w)
}

// goodCopiedOptions gives a session a copy of the store's options, as
// the library's own stores do: the flags are the store's, judged there.
func goodCopiedOptions(store *sessions.CookieStore, sess *sessions.Session) {
	opts := *store.Options
	sess.Options = &opts
	sess.Options = new(sessions.Options)
}

// newStore returns a store with the defaults its callers start from, as
// sessions.NewFilesystemStore does: Secure is left to the caller, who
// knows whether the deployment has TLS; HttpOnly and SameSite are not.
func newStore(path string) *sessions.FilesystemStore {
	return &sessions.FilesystemStore{Options: &sessions.Options{Path: "/", MaxAge: 86400}} // want `session cookie of sessions.Options is set without HttpOnly and SameSite; scripts can read it and it is sent with cross-site requests \(CWE-1004, CWE-1275\)`
}

func newStoreHardened(path string) *sessions.FilesystemStore {
	return &sessions.FilesystemStore{Options: &sessions.Options{Path: "/", HttpOnly: true, SameSite: http.SameSiteLaxMode}}
}
