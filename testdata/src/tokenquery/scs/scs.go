// Package scs proves tokenquery on scs. scs's Load adopts the session of
// the token it is given, so a handler that loads the session of a token
// read from the query (the way scs's documentation loads one from a
// header, but from the URL) is reported, by the parameter's name or,
// whatever its name, because Load and MergeSession use it as a session
// token. The usual LoadAndSave middleware, which reads the cookie, a
// token from the X-Session header, and query values kept in the session
// or used as keys of its data (Get, Exists), are not.
package scs

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

var sm = scs.New()

func routes(mux *http.ServeMux) http.Handler {
	mux.HandleFunc("/ws", badLoadQuery)
	mux.HandleFunc("/embed", badLoadAnyName)
	mux.HandleFunc("/account", goodFromContext)
	return sm.LoadAndSave(mux)
}

func badLoadQuery(w http.ResponseWriter, r *http.Request) {
	ctx, err := sm.Load(r.Context(), r.URL.Query().Get("session")) // want `session ID "session" is read from the URL query`
	if err != nil {
		return
	}
	w.Write([]byte(sm.GetString(ctx, "user")))
}

func badLoadAnyName(w http.ResponseWriter, r *http.Request) {
	ctx, err := sm.Load(r.Context(), r.URL.Query().Get("s")) // want `query parameter "s" is used as a credential \(passed to sm.Load\)`
	if err != nil {
		return
	}
	w.Write([]byte(sm.GetString(ctx, "user")))
}

// badMergeQuery merges the session of a token from the URL into the
// current one.
func badMergeQuery(w http.ResponseWriter, r *http.Request) {
	if err := sm.MergeSession(r.Context(), r.FormValue("from")); err != nil { // want `form value "from", which may come from the URL query, is used as a credential \(passed to sm.MergeSession\)`
		w.WriteHeader(http.StatusBadRequest)
	}
}

// goodFromContext runs inside LoadAndSave, which loads the session from
// its cookie.
func goodFromContext(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte(sm.GetString(r.Context(), "user")))
}

// goodLoadHeader loads the session of a token sent in a header.
func goodLoadHeader(w http.ResponseWriter, r *http.Request) {
	ctx, err := sm.Load(r.Context(), r.Header.Get("X-Session"))
	if err != nil {
		return
	}
	w.Write([]byte(sm.GetString(ctx, "user")))
}

// goodQueryIntoSession keeps query values as session data.
func goodQueryIntoSession(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	sm.Put(r.Context(), "lang", q.Get("lang"))
	sm.Put(r.Context(), "return_to", q.Get("next"))
}

// goodDataKey reads the session value a query parameter names; the key
// is no credential.
func goodDataKey(w http.ResponseWriter, r *http.Request) {
	field := r.URL.Query().Get("field")
	if !sm.Exists(r.Context(), field) {
		w.WriteHeader(http.StatusNotFound)
		return
	}
	v, _ := sm.Get(r.Context(), field).(string)
	w.Write([]byte(v))
}
