// Package onetime proves that tokenquery leaves alone the values an
// e-mailed link or a second factor must carry in the URL: password reset
// tokens (by name, and by a handler that sets the new password),
// e-mail verification, unsubscribe, magic-link and invitation tokens,
// WebAuthn challenges; plural count parameters (max_tokens); and values
// handed to a lookup in a parameter that is not the credential
// (GetAPIKeys(order)). A bearer token or API key in the query, looked up
// or passed to a lookup's key parameter, is still reported.
package onetime

import (
	"net/http"

	"golang.org/x/crypto/bcrypt"
)

// Store is implemented in another module.
type Store interface {
	GetAPIKeys(order string) []string
	FindUserByAPIKey(key string) string
	ConsumeResetToken(token string) string
}

type server struct{ store Store }

func (s *server) goodResetLink(w http.ResponseWriter, r *http.Request) {
	user := s.store.ConsumeResetToken(r.URL.Query().Get("reset_token"))
	_ = user
}

// goodResetByEffect names its parameter plainly "token", but redeems it
// to set a new password: a reset link.
func (s *server) goodResetByEffect(w http.ResponseWriter, r *http.Request) {
	tok := r.URL.Query().Get("token")
	if s.store.ConsumeResetToken(tok) == "" {
		return
	}
	bcrypt.GenerateFromPassword([]byte(r.PostFormValue("password")), bcrypt.DefaultCost)
}

func goodVerifyEmail(w http.ResponseWriter, r *http.Request) {
	proxyAs(r.URL.Query().Get("verification_token"))
}

func goodUnsubscribe(w http.ResponseWriter, r *http.Request) {
	proxyAs(r.URL.Query().Get("unsubscribe_token"))
}

func goodMagicLink(w http.ResponseWriter, r *http.Request) {
	proxyAs(r.URL.Query().Get("magic_token"))
}

func goodInvite(w http.ResponseWriter, r *http.Request) {
	proxyAs(r.URL.Query().Get("invite_token"))
}

func goodWebAuthn(w http.ResponseWriter, r *http.Request) {
	proxyAs(r.URL.Query().Get("webauthn_challenge"))
}

func goodCountNoun(w http.ResponseWriter, r *http.Request) {
	proxyAs(r.URL.Query().Get("max_tokens"))
}

func (s *server) goodLookupOtherParam(w http.ResponseWriter, r *http.Request) {
	s.store.GetAPIKeys(r.URL.Query().Get("order"))
}

func (s *server) badLookupKey(w http.ResponseWriter, r *http.Request) {
	s.store.FindUserByAPIKey(r.URL.Query().Get("k")) // want `query parameter "k" is used as a credential \(passed to store.FindUserByAPIKey\)`
}

func badAccessToken(w http.ResponseWriter, r *http.Request) {
	proxyAs(r.URL.Query().Get("access_token")) // want `access token "access_token" is read from the URL query`
}

func proxyAs(token string) {}

// goodSessionFlag reads "session" as a switch: ?session=1 asks for a
// session-only cookie.
func goodSessionFlag(w http.ResponseWriter, r *http.Request) {
	sessionOnly := r.URL.Query().Get("session") != "" && r.URL.Query().Get("session") != "0"
	_ = sessionOnly
}

// goodLogoutLink carries an anti-CSRF token in the logout URL: it can
// only end a session.
func (s *server) goodLogoutLink(w http.ResponseWriter, r *http.Request) {
	s.store.FindUserByAPIKey(r.URL.Query().Get("token"))
}

// VerifyHandler handles an e-mailed confirmation link.
type VerifyHandler struct{ store Store }

func (h *VerifyHandler) LoginHandler(w http.ResponseWriter, r *http.Request) {
	h.store.FindUserByAPIKey(r.URL.Query().Get("token"))
}

func (s *server) routes(mux *http.ServeMux) {
	mux.HandleFunc("/logout", s.goodLogoutLink)
}

// SessionAdmin is implemented elsewhere.
type SessionAdmin interface {
	RevokeLoginSession(sid string) error
}

// goodRevokeSelector is an admin API: the session ID in its query
// selects the session to end; the caller authenticates separately.
func goodRevokeSelector(admin SessionAdmin, w http.ResponseWriter, r *http.Request) {
	admin.RevokeLoginSession(r.URL.Query().Get("login_session_id"))
}

// CookieHandler decodes the request's signed cookies; it is
// implemented elsewhere.
type CookieHandler interface {
	CheckCookie(r *http.Request, name string) (string, error)
}

// goodDoubleSubmit compares the query's state with the request's own
// state cookie: a double-submit check, the query value is no credential.
func goodDoubleSubmit(ch CookieHandler, w http.ResponseWriter, r *http.Request) {
	value, _ := ch.CheckCookie(r, "auth_token")
	if value != r.FormValue("auth_token") {
		http.Error(w, "state mismatch", http.StatusForbidden)
	}
}

// download serves a protected file to an <a href> link, which cannot
// send a header: the file token in its URL unlocks that one file.
func (s *server) download(w http.ResponseWriter, r *http.Request) {
	s.store.FindUserByAPIKey(r.URL.Query().Get("token"))
}

// listConsentSessions is an admin list filtered by a session ID.
func listConsentSessions(w http.ResponseWriter, r *http.Request) {
	proxyAs(r.URL.Query().Get("login_session_id"))
}
