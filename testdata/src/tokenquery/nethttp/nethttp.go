// Package nethttp proves tokenquery on net/http: credentials read from
// URL.Query, Request.Form or FormValue are reported, by name or because
// they are used as credentials (compared with a stored key, looked up in
// a session store), here or in helpers; OAuth callback parameters,
// cursors, redirects, Has checks and credentials from headers,
// cookies, paths and POST bodies are not.
package nethttp

import (
	"crypto/subtle"
	"log"
	"net/http"
	"os"
	"strings"
	"sync"
)

type Session struct{ User, CSRFToken string }

var (
	apiKey   = os.Getenv("API_KEY")
	sessions = map[string]*Session{}
	tokens   sync.Map
	store    SessionStore
)

// SessionStore is implemented elsewhere; its body is not visible.
type SessionStore interface {
	Get(id string) (*Session, bool)
}

func badURLQuery(w http.ResponseWriter, r *http.Request) {
	tok := r.URL.Query().Get("access_token") // want `access token "access_token" is read from the URL query; URLs end up in logs, history and Referer headers, so accept it from the Authorization header or a cookie \(CWE-598\)`
	w.Write([]byte(tok))
}

func badQueryIndex(w http.ResponseWriter, r *http.Request) {
	if keys := r.URL.Query()["api_key"]; len(keys) > 0 { // want `API key "api_key" is read from the URL query`
		w.Write([]byte(keys[0]))
	}
}

func badFormValue(w http.ResponseWriter, r *http.Request) {
	_, ok := sessions[r.FormValue("session_id")] // want `form value "session_id", which may come from the URL query, is used as a credential \(looked up in sessions\)`
	if !ok {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

// goodRequestFormField reads a posted form field named like a credential
// but does not use it as one: form values are reported only when used.
func goodRequestFormField(w http.ResponseWriter, r *http.Request) {
	r.ParseForm()
	w.Write([]byte(r.Form.Get("token")))
}

// tokenFromQuery is a helper: the read is reported where it happens.
func tokenFromQuery(r *http.Request) string {
	q := r.URL.Query()
	return q.Get("jwt") // want `JWT "jwt" is read from the URL query`
}

func badViaHelper(w http.ResponseWriter, r *http.Request) {
	if tokenFromQuery(r) != apiKey {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

// badOnlyLogged is reported although the token is only logged: a
// credential-named parameter means clients put credentials in URLs.
func badOnlyLogged(w http.ResponseWriter, r *http.Request) {
	log.Printf("token %s", r.URL.Query().Get("auth_token")) // want `access token "auth_token" is read from the URL query`
}

func badSessionLookup(w http.ResponseWriter, r *http.Request) {
	s := r.URL.Query().Get("s") // want `query parameter "s" is used as a credential \(looked up in sessions\); URLs end up`
	if sess, ok := sessions[s]; ok {
		w.Write([]byte(sess.User))
	}
}

func badCompareKey(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("k") != apiKey { // want `query parameter "k" is used as a credential \(compared with apiKey\)`
		w.WriteHeader(http.StatusUnauthorized)
	}
}

func badConstantTime(w http.ResponseWriter, r *http.Request) {
	sig := []byte(r.FormValue("sig")) // want `form value "sig", which may come from the URL query, is used as a credential \(compared with a stored secret by subtle.ConstantTimeCompare\)`
	if subtle.ConstantTimeCompare(sig, []byte(apiKey)) != 1 {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

// validate compares its argument with the stored key.
func validate(k string) bool { return strings.TrimSpace(k) == apiKey }

func badHelperCompare(w http.ResponseWriter, r *http.Request) {
	if !validate(r.URL.Query().Get("x")) { // want `query parameter "x" is used as a credential \(compared with apiKey in validate\)`
		w.WriteHeader(http.StatusUnauthorized)
	}
}

// requireKey is middleware comparing with a key it was configured with.
func requireKey(apiKey string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Query().Get("key") != apiKey { // want `query parameter "key" is used as a credential \(compared with apiKey\)`
				w.WriteHeader(http.StatusUnauthorized)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

func badSyncMap(w http.ResponseWriter, r *http.Request) {
	if _, ok := tokens.Load(r.URL.Query().Get("t")); !ok { // want `query parameter "t" is used as a credential \(looked up in tokens\)`
		w.WriteHeader(http.StatusUnauthorized)
	}
}

func badStoreInterface(w http.ResponseWriter, r *http.Request) {
	if _, ok := store.Get(r.URL.Query().Get("id")); !ok { // want `query parameter "id" is used as a credential \(passed to store.Get\)`
		w.WriteHeader(http.StatusUnauthorized)
	}
}

// badHardcodedKey compares with a literal, which is not a stored token:
// it is reported for its name.
func badHardcodedKey(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("api_key") != "letmein" { // want `API key "api_key" is read from the URL query`
		w.WriteHeader(http.StatusUnauthorized)
	}
}

func goodHeader(w http.ResponseWriter, r *http.Request) {
	tok := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	if tok != apiKey {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

func goodCookie(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("session_id")
	if err != nil {
		return
	}
	if sess, ok := sessions[c.Value]; ok {
		w.Write([]byte(sess.User))
	}
}

func goodPostFormValue(w http.ResponseWriter, r *http.Request) {
	if r.PostFormValue("token") != apiKey {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

func goodRequestPostForm(w http.ResponseWriter, r *http.Request) {
	r.ParseForm()
	if _, ok := sessions[r.PostForm.Get("session_id")]; !ok {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

func goodPathValue(w http.ResponseWriter, r *http.Request) {
	// A one-time link token in the path is not a query parameter.
	if _, ok := sessions[r.PathValue("token")]; !ok {
		w.WriteHeader(http.StatusNotFound)
	}
}

func goodOAuthCallback(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if e := q.Get("error"); e != "" {
		http.Error(w, e, http.StatusBadRequest)
		return
	}
	c, err := r.Cookie("oauth_state")
	if err != nil || q.Get("state") != c.Value {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	exchange(q.Get("code"))
}

func exchange(code string) {}

func goodPagination(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	listPage(q.Get("page"), q.Get("next_page_token"), q.Get("page_token"), q.Get("cursor"))
}

func listPage(page, next, pageToken, cursor string) {}

func goodSearch(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("results for " + r.URL.Query().Get("q")))
}

func goodRedirect(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, r.URL.Query().Get("next"), http.StatusFound)
}

// goodRejectQueryToken only tests whether a token was sent in the URL,
// to refuse it.
func goodRejectQueryToken(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("access_token") {
		http.Error(w, "send the token in the Authorization header", http.StatusBadRequest)
	}
}

// badRequirePresence accepts any key sent in the URL: testing it against
// "" is a use, whichever branch rejects.
func badRequirePresence(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("api_key") == "" { // want `API key "api_key" is read from the URL query`
		http.Error(w, "unauthorized", http.StatusUnauthorized)
	}
}

// goodLoggedParam logs a parameter that is never used as a credential.
func goodLoggedParam(w http.ResponseWriter, r *http.Request) {
	log.Printf("t=%s", r.URL.Query().Get("t"))
}

func goodCompareConstant(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("mode") == "dark" {
		w.Write([]byte("dark"))
	}
}

func goodCompareUser(w http.ResponseWriter, r *http.Request, currentUser string) {
	if r.URL.Query().Get("user") == currentUser {
		w.Write([]byte("you"))
	}
}

func goodCSRF(w http.ResponseWriter, r *http.Request) {
	c, _ := r.Cookie("session_id")
	sess := sessions[c.Value]
	if sess == nil || r.FormValue("csrf_token") != sess.CSRFToken {
		w.WriteHeader(http.StatusForbidden)
	}
}

// goodTokenMetadata reads parameters about a token, not the token.
func goodTokenMetadata(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	w.Write([]byte(q.Get("token_type") + q.Get("expires_at")))
}

func goodHeaderConstantTime(w http.ResponseWriter, r *http.Request) {
	if subtle.ConstantTimeCompare([]byte(r.Header.Get("X-API-Key")), []byte(apiKey)) != 1 {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

// sessionFromCookie is a helper reading the session from its cookie.
func sessionFromCookie(r *http.Request) *Session {
	c, err := r.Cookie("session_id")
	if err != nil {
		return nil
	}
	return sessions[c.Value]
}

func goodCookieHelper(w http.ResponseWriter, r *http.Request) {
	if sessionFromCookie(r) == nil || !validate(r.Header.Get("X-Key")) {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

// goodSuppressed is a documented exception.
func goodSuppressed(w http.ResponseWriter, r *http.Request) {
	//authvet:ignore tokenquery legacy webhook, the provider only signs the URL
	tok := r.URL.Query().Get("token")
	w.Write([]byte(tok))
}

// queryParam is a helper that reads the query parameter its caller names:
// each read is judged, and reported, at the call that names it.
func queryParam(r *http.Request, name, fallback string) string {
	if v := r.URL.Query().Get(name); v != "" {
		return v
	}
	return fallback
}

func badHelperNamedToken(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte(queryParam(r, "access_token", ""))) // want `access token "access_token" is read from the URL query`
}

func goodHelperNamedState(w http.ResponseWriter, r *http.Request) {
	if queryParam(r, "state", "") != expectedState {
		w.WriteHeader(http.StatusForbidden)
	}
}

func goodHelperNamedPage(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte(queryParam(r, "page", "1")))
}

var expectedState = "from-the-session"

// users is a store authvet cannot see into: its methods are judged by
// name.
var users interface {
	UserByFeverToken(token string) (string, bool)
	UserByEmail(email string) (string, bool)
}

func badFormKeyLookedUp(w http.ResponseWriter, r *http.Request) {
	if _, ok := users.UserByFeverToken(r.FormValue("api_key")); !ok { // want `form value "api_key", which may come from the URL query, is used as a credential \(passed to users.UserByFeverToken\)`
		w.WriteHeader(http.StatusUnauthorized)
	}
}

func goodFormEmailLookedUp(w http.ResponseWriter, r *http.Request) {
	users.UserByEmail(r.FormValue("email"))
}

// startSession adds the sessions the handlers look up.
func startSession(tok string, s *Session) { sessions[tok] = s }

// issueToken adds the tokens badSyncMap looks up.
func issueToken(tok, user string) { tokens.Store(tok, user) }
