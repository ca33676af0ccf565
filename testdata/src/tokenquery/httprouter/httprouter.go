// Package httprouter proves tokenquery on julienschmidt/httprouter
// handlers: credentials read from the URL query are reported; the same
// names read from an httprouter path parameter, a header or a cookie, and
// non-credential query parameters, are not.
package httprouter

import (
	"fmt"
	"net/http"

	"github.com/julienschmidt/httprouter"
)

func badQuery(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	fmt.Fprint(w, r.URL.Query().Get("access_token")) // want `access token "access_token" is read from the URL query`
}

func badFormValueAPIKey(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	key := r.URL.Query().Get("api_key") // want `API key "api_key" is read from the URL query`
	fmt.Fprint(w, key)
}

// goodPathParam reads a path parameter, which is not the query string.
func goodPathParam(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	fmt.Fprint(w, ps.ByName("token"))
}

func goodHeader(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	fmt.Fprint(w, r.Header.Get("Authorization"))
}

func goodCookie(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	ck, err := r.Cookie("session_id")
	if err != nil {
		return
	}
	fmt.Fprint(w, ck.Value)
}

// goodPageToken is a pagination cursor, not a credential.
func goodPageToken(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	fmt.Fprint(w, r.URL.Query().Get("page_token"))
}

func routes(r *httprouter.Router) {
	r.GET("/a", badQuery)
	r.GET("/b", badFormValueAPIKey)
	r.GET("/c/:token", goodPathParam)
	r.GET("/d", goodHeader)
	r.GET("/e", goodCookie)
	r.GET("/f", goodPageToken)
}
