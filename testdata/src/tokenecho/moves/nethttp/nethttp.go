// Package nethttp proves that tokenecho follows a client-supplied token
// on net/http the ways Go code moves values: through a method value, a
// method expression, an interface whose implementations are in the
// package or, through facts, in a package it imports, a channel to a goroutine, and a request context. The same
// moves carrying a fresh token, or a channel carrying a non-credential,
// are not reported.
package nethttp

import (
	"context"
	"crypto/rand"
	"net/http"

	"tokenecho/moves/issuer"
)

func checkPassword(user, pw string) bool { return user != "" && pw != "" }

// cookieSender sets the session cookie.
type cookieSender struct{ name string }

func (c cookieSender) Send(w http.ResponseWriter, tok string) {
	http.SetCookie(w, &http.Cookie{Name: c.name, Value: tok, HttpOnly: true, Secure: true})
}

// Sender is implemented by cookieSender and headerSender.
type Sender interface {
	Send(w http.ResponseWriter, tok string)
}

type headerSender struct{}

func (headerSender) Send(w http.ResponseWriter, tok string) {
	w.Header().Set("X-Session", tok)
}

type server struct {
	c      cookieSender
	s      Sender
	issuer Issuer
}

// Issuer is implemented in package issuer.
type Issuer interface {
	Issue(w http.ResponseWriter, tok string)
}

var _ Issuer = issuer.Cookie{}

func (s *server) badLoginOtherPackage(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	s.issuer.Issue(w, r.Header.Get("X-Session-Token")) // want `sends the client-supplied header "X-Session-Token" back as cookie "session"`
}

func (s *server) badLoginMethodValue(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	f := s.c.Send
	f(w, r.Header.Get("X-Session-Token")) // want `login handler server.badLoginMethodValue sends the client-supplied header "X-Session-Token" back as the cookie`
}

func (s *server) badLoginMethodExpr(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	f := cookieSender.Send
	f(cookieSender{name: "session"}, w, r.Header.Get("X-Session-Token")) // want `sends the client-supplied header "X-Session-Token" back as the cookie`
}

func (s *server) badLoginInterface(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	s.s.Send(w, r.Header.Get("X-Session-Token")) // want `sends the client-supplied header "X-Session-Token" back as`
}

func (s *server) badLoginInterfaceMethodValue(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	send := s.s.Send
	send(w, r.Header.Get("X-Session-Token")) // want `sends the client-supplied header "X-Session-Token" back as`
}

func (s *server) goodLoginMethodValue(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	f := s.c.Send
	f(w, rand.Text())
}

func (s *server) goodLoginInterface(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	s.s.Send(w, rand.Text())
}

func badLoginChannel(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	toks := make(chan string, 1)
	done := make(chan struct{})
	go func() {
		http.SetCookie(w, &http.Cookie{Name: "session", Value: <-toks, HttpOnly: true, Secure: true})
		close(done)
	}() // want `sends the client-supplied header "X-Session-Token" back as cookie "session"`
	toks <- r.Header.Get("X-Session-Token")
	<-done
}

func badLoginChannelBack(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	toks := make(chan string, 1)
	go func() { toks <- r.Header.Get("X-Session-Token") }()
	http.SetCookie(w, &http.Cookie{Name: "session", Value: <-toks, HttpOnly: true, Secure: true}) // want `sends the client-supplied header "X-Session-Token" back as cookie "session"`
}

func badLoginGo(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	done := make(chan struct{})
	go setSession(w, r.Header.Get("X-Session-Token"), done) // want `sends the client-supplied header "X-Session-Token" back as cookie "session"`
	<-done
}

func setSession(w http.ResponseWriter, tok string, done chan struct{}) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: tok, HttpOnly: true, Secure: true})
	close(done)
}

// goodLoginChannel sends the user name on the channel, the fresh token
// in the cookie.
func goodLoginChannel(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	users := make(chan string, 1)
	users <- r.FormValue("user")
	_ = <-users
	http.SetCookie(w, &http.Cookie{Name: "session", Value: rand.Text(), HttpOnly: true, Secure: true})
}

type ctxKey string

const tokenKey ctxKey = "token"

func badLoginContext(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	r = r.WithContext(context.WithValue(r.Context(), tokenKey, r.Header.Get("X-Session-Token")))
	tok, _ := r.Context().Value(tokenKey).(string)
	http.SetCookie(w, &http.Cookie{Name: "session", Value: tok, HttpOnly: true, Secure: true}) // want `sends the client-supplied header "X-Session-Token" back as cookie "session"`
}

// goodLoginContext stores the token under one key and sends what is
// stored under another.
func goodLoginContext(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	ctx := context.WithValue(r.Context(), tokenKey, r.Header.Get("X-Session-Token"))
	ctx = context.WithValue(ctx, ctxKey("fresh"), rand.Text())
	tok, _ := ctx.Value(ctxKey("fresh")).(string)
	http.SetCookie(w, &http.Cookie{Name: "session", Value: tok, HttpOnly: true, Secure: true})
}
