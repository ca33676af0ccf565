// Package nethttp shows what the credentials pass records: the values
// each function uses as credentials, its own and through helpers, the
// parameters an exported helper uses (a fact), and the stream handlers
// and the keys looked up in their tables.
package nethttp

import (
	"crypto/rand"
	"crypto/subtle"
	"net/http"
)

var (
	apiToken = "configured"
	sessions = map[string]string{} // session token -> user, written at login
	streams  = map[string]chan string{}
)

// Verify compares the key with the API token.
func Verify(key string) bool {
	return subtle.ConstantTimeCompare([]byte(key), []byte(apiToken)) == 1 // want `use: compared with a stored secret by subtle.ConstantTimeCompare` `use: compared with a stored secret by subtle.ConstantTimeCompare`
}

// User looks the session up, through a helper.
func User(r *http.Request) string {
	return lookup(r.Header.Get("X-Session")) // want `use: looked up in sessions in lookup`
}

func lookup(tok string) string {
	return sessions[tok] // want `use: looked up in sessions`
}

func login(w http.ResponseWriter, r *http.Request) {
	tok := rand.Text()
	sessions[tok] = r.PostFormValue("user")
}

// Label uses its parameter for display only.
func Label(key string) string { return "key " + key }

func events(w http.ResponseWriter, r *http.Request) { // want `stream`
	id := rand.Text()
	ch := make(chan string)
	streams[id] = ch
	w.Header().Set("Content-Type", "text/event-stream")
	for m := range ch {
		w.Write([]byte(m))
	}
}

func post(w http.ResponseWriter, r *http.Request) {
	ch := streams[r.URL.Query().Get("id")] // want `stream key`
	ch <- r.PostFormValue("m")
}

// accessTokenScopes is a constant table, filled where it is declared and
// in init: its keys are scope names, whatever its name says.
var accessTokenScopes = map[string]int{"read": 1, "write": 2}

func init() { accessTokenScopes["admin"] = 4 }

func scopes(w http.ResponseWriter, r *http.Request) {
	bits := accessTokenScopes[r.URL.Query().Get("scope")]
	_ = bits
}

// accessTokens is written at login: a store.
var accessTokens = map[string]string{}

func issueToken(w http.ResponseWriter, r *http.Request) {
	tok := rand.Text()
	accessTokens[tok] = r.PostFormValue("user")
	w.Write([]byte(tok))
}

func tokenUser(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte(accessTokens[r.Header.Get("X-Token")])) // want `use: looked up in accessTokens`
}
