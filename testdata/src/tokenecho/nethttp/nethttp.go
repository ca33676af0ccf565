// Package nethttp proves tokenecho on net/http: login handlers (found by
// a password check, by name, by a ServeMux pattern such as
// "POST /login", as bound methods and closures) that send a
// client-supplied token back in a cookie, a header, the body or JSON, or
// adopt it as a session key, are reported, also through helpers, struct
// fields of a decoded body and a token that is reused when present;
// fresh tokens (crypto/rand, a signed JWT), a login that reads the old
// session cookie only to end it, non-login handlers, a "GET /session"
// route, echoed usernames, CSRF tokens and non-credential cookies are
// not, and a finding can be suppressed with //authvet:ignore.
package nethttp

import (
	"crypto/rand"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

func checkPassword(user, pw string) bool { return user != "" && pw != "" }

func badLoginCookie(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	c, err := r.Cookie("sid")
	if err != nil {
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: c.Value, HttpOnly: true}) // want `login handler badLoginCookie sends the client-supplied cookie "sid" back as cookie "sid"; issue a fresh token instead \(CWE-384\)`
}

type loginRequest struct {
	User     string `json:"user"`
	Password string `json:"password"`
	Token    string `json:"session_token"`
}

func badLoginJSON(w http.ResponseWriter, r *http.Request) {
	var req loginRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return
	}
	if !checkPassword(req.User, req.Password) {
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"token": strings.TrimSpace(req.Token)}) // want `sends the client-supplied body "session_token" back as the JSON response`
}

// sessionFromHeader is a helper that reads the credential.
func sessionFromHeader(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

func setSession(w http.ResponseWriter, tok string) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: tok})
}

func badLoginHelpers(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	setSession(w, sessionFromHeader(r)) // want `sends the client-supplied header "Authorization" back as cookie "session"`
}

func goodLoginFresh(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	setSession(w, rand.Text())
}

// loginState carries the session token a login sends.
type loginState struct{ token string }

// goodLoginOverwrites keeps the client's token in a field, then
// overwrites it with a fresh one just before sending it.
func goodLoginOverwrites(w http.ResponseWriter, r *http.Request) {
	st := &loginState{}
	if c, err := r.Cookie("session"); err == nil {
		st.token = c.Value
	}
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	st.token = rand.Text()
	setSession(w, st.token)
}

// badLoginKeepsField sends the field that may still hold the client's
// token.
func badLoginKeepsField(w http.ResponseWriter, r *http.Request) {
	st := &loginState{token: rand.Text()}
	if c, err := r.Cookie("session"); err == nil {
		st.token = c.Value
	}
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	setSession(w, st.token) // want `login handler badLoginKeepsField sends the client-supplied cookie "session" back as cookie "session"`
}

// goodNotLogin refreshes a preference; it verifies no password.
func goodNotLogin(w http.ResponseWriter, r *http.Request) {
	c, _ := r.Cookie("sid")
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: c.Value})
}

func goodLoginEchoesUser(w http.ResponseWriter, r *http.Request) {
	var req loginRequest
	json.NewDecoder(r.Body).Decode(&req)
	if !checkPassword(req.User, req.Password) {
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"user": req.User, "token": rand.Text()})
}

type loginResponse struct {
	User  string `json:"user"`
	Token string `json:"token"`
}

// decodeLogin is a helper returning the decoded body by value.
func decodeLogin(r *http.Request) (loginRequest, error) {
	var req loginRequest
	err := json.NewDecoder(r.Body).Decode(&req)
	return req, err
}

func badLoginStructResponse(w http.ResponseWriter, r *http.Request) {
	req, err := decodeLogin(r)
	if err != nil || !checkPassword(req.User, req.Password) {
		return
	}
	json.NewEncoder(w).Encode(loginResponse{User: req.User, Token: req.Token}) // want `login handler badLoginStructResponse sends the client-supplied body "session_token" back as the JSON response`
}

// badLoginReuseOrMint mints a token only when the client sent none.
func badLoginReuseOrMint(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	tok := r.Header.Get("X-Session-Token")
	if tok == "" {
		tok = rand.Text()
	}
	w.Header().Set("X-Session-Token", tok) // want `sends the client-supplied header "X-Session-Token" back as response header "X-Session-Token"`
}

func badLoginSuppressed(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	// The device pairing flow below hands the token out once, by design.
	//authvet:ignore tokenecho the pairing token is single-use and verified above
	fmt.Fprint(w, r.FormValue("pairing_token"))
}

// server's handlers are registered as bound methods and closures.
type server struct {
	sessions map[string]string
}

func (s *server) routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/signin", s.SignIn)
	mux.HandleFunc("POST /login", func(w http.ResponseWriter, r *http.Request) {
		if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
			return
		}
		sid := r.URL.Query().Get("sid")
		s.sessions[sid] = r.FormValue("user") // want `login handler for "/login" sends the client-supplied query "sid" back as the key of the new server-side session`
	})
	mux.HandleFunc("GET /session", func(w http.ResponseWriter, r *http.Request) {
		c, err := r.Cookie("sid")
		if err != nil {
			return
		}
		fmt.Fprintf(w, `{"sid": %q}`, c.Value)
	})
	mux.HandleFunc("POST /theme", func(w http.ResponseWriter, r *http.Request) {
		c, err := r.Cookie("theme")
		if err != nil {
			return
		}
		http.SetCookie(w, &http.Cookie{Name: "theme", Value: c.Value, MaxAge: 86400})
	})
	return mux
}

// SignIn is a login by its name: it checks no password itself.
func (s *server) SignIn(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "%s", r.Header.Get("Authorization")) // want `login handler server.SignIn sends the client-supplied header "Authorization" back as the response body`
}

func goodLoginBasicAuth(w http.ResponseWriter, r *http.Request) {
	user, pass, ok := r.BasicAuth()
	if !ok || !checkPassword(user, pass) {
		return
	}
	json.NewEncoder(w).Encode(loginResponse{User: user, Token: rand.Text()})
}

// goodLoginThemeCookie keeps the client's theme cookie and issues a new
// session cookie.
func goodLoginThemeCookie(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	if c, err := r.Cookie("theme"); err == nil {
		http.SetCookie(w, &http.Cookie{Name: "theme", Value: c.Value})
	}
	setSession(w, rand.Text())
}

func goodLoginCSRF(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"csrf_token": r.Header.Get("X-CSRF-Token"), "token": rand.Text()})
}

// sessions maps session IDs to users.
var sessions = map[string]string{}

// goodLoginDeletesOld reads the old session cookie only to end that
// session, and issues a new one.
func goodLoginDeletesOld(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		return
	}
	if old, err := r.Cookie("sid"); err == nil {
		delete(sessions, old.Value)
	}
	sid := rand.Text()
	sessions[sid] = user
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, HttpOnly: true, Secure: true})
}

func goodLoginJWT(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		return
	}
	signed, err := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": user}).SignedString([]byte("k"))
	if err != nil {
		return
	}
	w.Header().Set("Authorization", "Bearer "+signed)
}

// LoginHandler builds a login closure; it is found by its signature and
// named after the function that declares it.
func (s *server) LoginHandler() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c, err := r.Cookie("session_id")
		if err != nil {
			return
		}
		s.sessions[c.Value] = r.FormValue("user") // want `login handler in server.LoginHandler sends the client-supplied cookie "session_id" back as the key of the new server-side session`
	}
}
