// Package app uses the store package's helpers: their operations are
// found at the calls, from the facts store exports, and a session found
// missing and then stored under the client's id is adopted. A session
// library's calls are its operations, by the tables.
package app

import (
	"net/http"

	"github.com/alexedwards/scs/v2"

	"authevents/store"
)

var sessions = map[string]*store.Session{}

func logout(r *http.Request) {
	store.Delete(r.Header.Get("X-Session")) // want `session revoke`
}

func login(r *http.Request, u *store.User) {
	if store.SignIn(r) { // want `credential check`
		store.Save(r.FormValue("token"), "u") // want `session store` `key sessions<-\[form "token"\]`
	}
	store.Promote(u) // want `role write`
}

func closeAll(e store.Ender, p store.Purger, id string) {
	e.Close(id) // no event: one implementation ends nothing
	p.Purge(id) // want `session revoke`
}

func open(r *http.Request) *store.Session {
	id := r.Header.Get("X-Session")
	if s, ok := sessions[id]; ok {
		return s
	}
	s := &store.Session{}
	sessions[id] = s // want `session store` `key sessions<-\[header "X-Session"\] adopted`
	return s
}

func signIn(sm *scs.SessionManager, r *http.Request) {
	sm.RenewToken(r.Context())                       // want `session renew by scs`
	sm.Put(r.Context(), "user", r.FormValue("user")) // want `session store by scs` `key Put<-\[\]`
}

func signOut(sm *scs.SessionManager, r *http.Request) {
	sm.Destroy(r.Context()) // want `session revoke by scs`
}
