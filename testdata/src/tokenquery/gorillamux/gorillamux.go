// Package gorillamux proves tokenquery on gorilla/mux, whose handlers
// are net/http handlers: a credential read with r.URL.Query() or
// FormValue in a mux handler or middleware is reported, and so is a
// query parameter looked up in a token map; path variables from
// mux.Vars (also a token in the path), route matching on Queries,
// bearer headers, paging and searches are not.
//
// A query parameter that a route's Queries matcher copies into mux.Vars
// is a known false negative: mux.Vars is modelled as path input.
package gorillamux

import (
	"net/http"
	"strings"

	"github.com/gorilla/mux"
)

var tokens = map[string]string{} // access token -> user

func router() *mux.Router {
	r := mux.NewRouter()
	r.Use(authMiddleware)
	r.HandleFunc("/files/{id}", badDownload).Methods("GET")
	r.HandleFunc("/invite/{token}", goodInvitePath).Methods("GET")
	r.HandleFunc("/users/{user}/feed", goodFeedVars).Methods("GET")
	r.HandleFunc("/search", goodSearch).Queries("q", "{q}")
	r.HandleFunc("/ws", missedQueriesVar).Queries("access_token", "{access_token}")
	return r
}

func authMiddleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, ok := tokens[r.URL.Query().Get("token")]; !ok { // want `access token "token" is read from the URL query`
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// badDownload takes a signed download key from the query.
func badDownload(w http.ResponseWriter, r *http.Request) {
	id := mux.Vars(r)["id"]
	user, ok := tokens[r.URL.Query().Get("dl")] // want `query parameter "dl" is used as a credential \(looked up in tokens\)`
	if !ok {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	w.Write([]byte(user + id))
}

// goodFormAPIKey saves a third-party API key posted in a settings form:
// a form value is reported only when used as a credential.
func goodFormAPIKey(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte(r.FormValue("api_key")))
}

// goodInvitePath looks a token up by a path variable, which is no query
// parameter.
func goodInvitePath(w http.ResponseWriter, r *http.Request) {
	if _, ok := tokens[mux.Vars(r)["token"]]; !ok {
		w.WriteHeader(http.StatusNotFound)
	}
}

func goodFeedVars(w http.ResponseWriter, r *http.Request) {
	vars := mux.Vars(r)
	w.Write([]byte(vars["user"]))
}

func goodBearer(w http.ResponseWriter, r *http.Request) {
	tok := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	if _, ok := tokens[tok]; !ok {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

func goodSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	w.Write([]byte(q.Get("q") + q.Get("page")))
}

// missedQueriesVar is a known false negative: the route's Queries
// matcher puts the access_token query parameter into mux.Vars, which is
// modelled as path input.
func missedQueriesVar(w http.ResponseWriter, r *http.Request) {
	if _, ok := tokens[mux.Vars(r)["access_token"]]; !ok {
		w.WriteHeader(http.StatusUnauthorized)
	}
}
