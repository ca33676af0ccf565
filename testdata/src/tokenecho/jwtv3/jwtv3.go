// Package jwtv3 proves tokenecho on golang-jwt/jwt v3 (the module before
// v4, API of dgrijalva/jwt-go) with net/http, in the shape of
// go-pkgz/auth: a login whose cookie holds a JWT the server signs is not
// reported, though a client value went into its claims (a one-time login
// token as the jti, a "session" flag compared with "1"), nor is the
// unnamed XSRF cookie sent beside that JWT carrying the jti. A login
// that sends the client's token back in a cookie of unknown name when it
// mints nothing, or in a cookie named as a session cookie beside a
// signed JWT, is reported.
package jwtv3

import (
	"net/http"
	"strings"
	"time"

	"github.com/golang-jwt/jwt"
)

// Claims are the server's session claims.
type Claims struct {
	jwt.StandardClaims
	User        string `json:"user"`
	SessionOnly bool   `json:"sess_only,omitempty"`
}

// Service issues session JWTs in cookies whose names are configured.
type Service struct {
	JWTCookieName  string
	XSRFCookieName string
	Domain         string
	Secret         []byte
}

// Set signs claims into the JWT cookie and sends the token id as the
// XSRF cookie (double submit).
func (s *Service) Set(w http.ResponseWriter, c Claims) error {
	tok, err := s.Token(c)
	if err != nil {
		return err
	}
	maxAge := 3600
	if c.SessionOnly {
		maxAge = 0
	}
	http.SetCookie(w, &http.Cookie{Name: s.JWTCookieName, Value: tok, MaxAge: maxAge, Domain: s.Domain, HttpOnly: true, Secure: true})
	http.SetCookie(w, &http.Cookie{Name: s.XSRFCookieName, Value: c.Id, MaxAge: maxAge, Domain: s.Domain, Secure: true})
	return nil
}

// Token signs claims.
func (s *Service) Token(c Claims) (string, error) {
	t := jwt.NewWithClaims(jwt.SigningMethodHS256, c)
	tok, err := t.SignedString(s.Secret)
	if err != nil {
		return "", err
	}
	return tok, nil
}

// Handler signs users in with one-time tokens a bot handed out.
type Handler struct {
	svc     *Service
	pending map[string]string // one-time token -> user
}

// goodLoginOneTime redeems the one-time "token" from the query; it only
// becomes the jti of the JWT the server signs, and of the XSRF cookie.
func (h *Handler) goodLoginOneTime(w http.ResponseWriter, r *http.Request) {
	token := r.URL.Query().Get("token")
	user, ok := h.pending[token]
	if !ok {
		http.Error(w, "unknown token", http.StatusNotFound)
		return
	}
	delete(h.pending, token)
	defer strings.TrimSpace(token) // a deferred call's result goes nowhere
	c := Claims{User: user, StandardClaims: jwt.StandardClaims{Id: token, ExpiresAt: time.Now().Add(time.Hour).Unix()}}
	if err := h.svc.Set(w, c); err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
	}
}

// goodLoginSessionFlag turns the query "session" into a bool claim: a
// comparison with a client value is not the value.
func (h *Handler) goodLoginSessionFlag(w http.ResponseWriter, r *http.Request) {
	user := r.PostFormValue("user")
	if user == "" || r.PostFormValue("password") == "" {
		return
	}
	c := Claims{User: user, SessionOnly: r.URL.Query().Get("session") == "1"}
	_ = h.svc.Set(w, c)
}

// badLoginUnnamedCookie sends the client's token back in a cookie of
// configured name and mints nothing: that cookie is the session.
func (h *Handler) badLoginUnnamedCookie(w http.ResponseWriter, r *http.Request) {
	token := r.URL.Query().Get("token")
	if _, ok := h.pending[token]; !ok {
		return
	}
	http.SetCookie(w, &http.Cookie{Name: h.svc.JWTCookieName, Value: token, HttpOnly: true, Secure: true}) // want `login handler Handler.badLoginUnnamedCookie sends the client-supplied query "token" back as the cookie`
}

// badLoginSessionBeside signs a JWT but keeps the client's token as the
// "session" cookie next to it.
func (h *Handler) badLoginSessionBeside(w http.ResponseWriter, r *http.Request) {
	token := r.URL.Query().Get("token")
	if _, ok := h.pending[token]; !ok {
		return
	}
	_ = h.svc.Set(w, Claims{StandardClaims: jwt.StandardClaims{Id: token}})
	http.SetCookie(w, &http.Cookie{Name: "session", Value: token, HttpOnly: true, Secure: true}) // want `login handler Handler.badLoginSessionBeside sends the client-supplied query "token" back as cookie "session"`
}

func routes(h *Handler) {
	http.HandleFunc("/login/token", h.goodLoginOneTime)
	http.HandleFunc("/login", h.goodLoginSessionFlag)
	http.HandleFunc("/login/unnamed", h.badLoginUnnamedCookie)
	http.HandleFunc("/login/beside", h.badLoginSessionBeside)
}
