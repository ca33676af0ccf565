// Package store keeps sessions of its own, for the summaries authevents
// exports: each kind of store and revocation, interface calls judged by
// all their implementations, and mutually recursive functions.
package store

import (
	"net/http"
	"sync"
	"time"

	"golang.org/x/crypto/bcrypt"
)

type Session struct{ User string }

type User struct {
	Role string
	Hash []byte
}

var sessions = map[string]*Session{}

func Save(token, user string) { // want Save:`events\(session store, key sessions<-\[param0\]\)`
	sessions[token] = &Session{User: user}
}

func Delete(token string) { // want Delete:`events\(session revoke\)`
	delete(sessions, token)
}

// revoked is a denylist: adding a token to it revokes the token.
var revoked sync.Map

func Deny(token string) { // want Deny:`events\(session revoke\)`
	revoked.Store(token, true)
}

// endedSessions keeps, per token, when it was ended: its entries are
// marks, not sessions, so End marking the request's own token revokes it
// rather than storing a session under it.
var endedSessions = map[string]time.Time{}

func End(r *http.Request) { // want End:`events\(session revoke\)`
	endedSessions[r.Header.Get("X-Session")] = time.Now()
}

// counts is named for something else than sessions: writing it stores
// none.
var counts = map[string]int{}

func Count(token string) {
	counts[token]++
}

// A TokenStore is a store type of the program's own: its generic Set
// stores a session.
type TokenStore struct{ m map[string]*User }

func (s *TokenStore) Set(id string, u *User) { // want Set:`events\(session store, key m<-\[param1\]\)`
	s.m[id] = u
}

func Promote(u *User) { // want Promote:`events\(role write\)`
	u.Role = "admin"
}

func ChangePassword(u *User, password string) { // want ChangePassword:`events\(password hash\)`
	u.Hash, _ = bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
}

// NewUser hashes the password into a record it has just allocated: a
// new account's, whose password changes no one's.
func NewUser(password string) *User { // want NewUser:`events\(password hash\)`
	hash, _ := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	return &User{Hash: hash}
}

func SignIn(r *http.Request) bool { // want SignIn:`events\(credential check\)`
	return VerifyPassword(r.FormValue("user"), r.FormValue("password"))
}

func VerifyPassword(user, password string) bool {
	return user != "" && password != ""
}

// An Ender ends a session; memStore's implementation does, noEnder's
// does nothing, so a call through the interface ends none for sure.
type Ender interface{ Close(id string) }

// A Purger purges a session; only memStore implements it.
type Purger interface{ Purge(id string) }

type memStore struct{ sessions map[string]*Session }

func (m *memStore) Close(id string) { // want Close:`events\(session revoke\)`
	delete(m.sessions, id)
}

func (m *memStore) Purge(id string) { // want Purge:`events\(session revoke\)`
	delete(m.sessions, id)
}

type noEnder struct{}

func (noEnder) Close(id string) {}

func CloseVia(e Ender, id string) {
	e.Close(id)
}

func PurgeVia(p Purger, id string) { // want PurgeVia:`events\(session revoke\)`
	p.Purge(id)
}

// Chain revokes through chainRest, which calls it back: its summary
// needs the second round of the fixed point, since Chain is solved
// first.
func Chain(ids []string) { // want Chain:`events\(session revoke\)`
	if len(ids) > 0 {
		chainRest(ids)
	}
}

func chainRest(ids []string) {
	delete(sessions, ids[0])
	Chain(ids[1:])
}
