// Package gorillamux proves tokenquery on gorilla/mux, whose handlers
// are net/http handlers: a credential read with r.URL.Query() or
// FormValue in a mux handler or middleware is reported, and so is a
// query parameter looked up in a token map; path variables from
// mux.Vars (also a token in the path), bearer headers, paging and
// searches are not. A route's Queries matcher that copies a query
// parameter into mux.Vars is reported when the parameter is named like a
// credential, or when a handler of the package uses its route variable
// as one; a Queries matcher of a paging or search parameter, or of the
// token of an e-mailed reset link, is not.
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
	r.HandleFunc("/ws", badQueriesVar).Queries("access_token", "{access_token}") // want `access token "access_token" is read from the URL query into route variable "access_token"`
	r.Queries("k", "{k:[0-9a-f]+}").HandlerFunc(badQueriesUse)                   // want `query parameter "k", route variable "k", is used as a credential \(looked up in tokens\)`
	r.HandleFunc("/items", goodQueriesPage).Queries("page", "{page}")
	r.HandleFunc("/reset-password", goodResetLink).Queries("token", "{token}")
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

// badQueriesVar authenticates with the access token the route's Queries
// matcher copies from the query into mux.Vars.
func badQueriesVar(w http.ResponseWriter, r *http.Request) {
	if _, ok := tokens[mux.Vars(r)["access_token"]]; !ok {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

// badQueriesUse looks up a key named "k", copied from the query.
func badQueriesUse(w http.ResponseWriter, r *http.Request) {
	user, ok := tokens[mux.Vars(r)["k"]]
	if !ok {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	w.Write([]byte(user))
}

func goodQueriesPage(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("page " + mux.Vars(r)["page"]))
}

// goodResetLink redeems the token of an e-mailed link once.
func goodResetLink(w http.ResponseWriter, r *http.Request) {
	delete(tokens, mux.Vars(r)["token"])
}
