// Package chi proves tokenquery on chi routers, whose handlers are
// net/http handlers: credentials read from the query, also through
// url.ParseQuery and in middleware, are reported, and so are query
// parameters passed to a token verifier or looked up in a token store
// by a method of the package; path parameters, bearer headers, paging,
// OAuth callbacks, searches and redirects are not.
package chi

import (
	"context"
	"net/http"
	"net/url"

	"github.com/go-chi/chi/v5"
)

// TokenVerifier is implemented elsewhere; its body is not visible.
type TokenVerifier interface {
	Verify(tok string) (string, error)
}

type server struct {
	verifier TokenVerifier
	store    *store
}

type store struct{ tokens map[string]string }

// user looks a token up in the store.
func (s *store) user(tok string) string { return s.tokens[tok] }

func routes(s *server) http.Handler {
	r := chi.NewRouter()
	r.Use(apiKeyMiddleware)
	r.Get("/feed", s.badFeed)
	r.Get("/reset/{token}", s.goodPathToken)
	return r
}

func (s *server) badFeed(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte(s.store.user(r.URL.Query().Get("token")))) // want `access token "token" is read from the URL query`
}

type ctxKey struct{}

func apiKeyMiddleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := r.URL.Query().Get("apiKey") // want `API key "apiKey" is read from the URL query`
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, key)))
	})
}

func badParseQuery(w http.ResponseWriter, r *http.Request) {
	q, _ := url.ParseQuery(r.URL.RawQuery)
	w.Write([]byte(q.Get("access_token"))) // want `access token "access_token" is read from the URL query`
}

func (s *server) badVerifier(w http.ResponseWriter, r *http.Request) {
	user, err := s.verifier.Verify(r.URL.Query().Get("t")) // want `query parameter "t" is used as a credential \(passed to verifier.Verify\)`
	if err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	w.Write([]byte(user))
}

func (s *server) badStoreMethod(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte(s.store.user(r.URL.Query().Get("u")))) // want `query parameter "u" is used as a credential \(looked up in tokens in user\)`
}

func (s *server) goodPathToken(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte(s.store.user(chi.URLParam(r, "token"))))
}

func (s *server) goodBearer(w http.ResponseWriter, r *http.Request) {
	user, err := s.verifier.Verify(r.Header.Get("Authorization"))
	if err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	w.Write([]byte(user))
}

func goodPaging(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	w.Write([]byte(q.Get("page") + q.Get("page_token") + q.Get("cursor")))
}

func goodOAuthCallback(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("error") != "" {
		http.Error(w, q.Get("error_description"), http.StatusBadRequest)
		return
	}
	w.Write([]byte(q.Get("code") + q.Get("state")))
}

func goodSearch(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte(r.URL.Query().Get("q")))
}

func goodRedirect(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, r.URL.Query().Get("redirect_uri"), http.StatusFound)
}
