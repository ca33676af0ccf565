// Package outbound proves that tokenecho tells the requests a program
// sends as an HTTP client from those it receives: a session store keyed
// by a value of a request the program built (http.NewRequest), was handed
// by its client (a CheckRedirect func's req and via, kept in a variable
// the closure sets, or a RoundTripper's RoundTrip argument) adopts no
// client-chosen id; the same store keyed by a handler's request does.
package outbound

import (
	"crypto/rand"
	"net/http"
	"sync"
)

type Session struct {
	ID    string
	Token string
}

type sessions struct {
	mu       sync.Mutex
	sessions map[string]*Session
}

var store = &sessions{sessions: map[string]*Session{}}

// adopt creates a session under id.
func (s *sessions) adopt(id string) *Session {
	sess := &Session{ID: id, Token: rand.Text()}
	s.mu.Lock()
	s.sessions[id] = sess
	s.mu.Unlock()
	return sess
}

// badHandler keys the store by the URL a client requested.
func badHandler(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Host
	if _, ok := store.sessions[host]; !ok {
		store.adopt(host) // want `a new session is stored under the client-supplied url value when the store has none`
	}
	w.Write([]byte(host))
}

// goodRedirectTarget keys it by the target of a redirect the program's
// own client followed, kept by its CheckRedirect func.
func goodRedirectTarget(c *http.Client, url string) error {
	var redirected *http.Request
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		redirected = req
		return http.ErrUseLastResponse
	}
	resp, err := c.Get(url)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if redirected != nil {
		host := redirected.URL.Host
		if _, ok := store.sessions[host]; !ok {
			store.adopt(host)
		}
	}
	return nil
}

// goodVia keys it by the first request of the redirect chain.
func goodVia(c *http.Client) {
	c.CheckRedirect = checkRedirect
}

func checkRedirect(req *http.Request, via []*http.Request) error {
	host := via[0].URL.Host
	if _, ok := store.sessions[host]; !ok {
		store.adopt(host)
	}
	return nil
}

type transport struct{ next http.RoundTripper }

// RoundTrip keys it by the host of the request being sent.
func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	host := req.Header.Get("Host")
	if _, ok := store.sessions[host]; !ok {
		store.adopt(host)
	}
	return t.next.RoundTrip(req)
}

// goodNewRequest keys it by a request the program built.
func goodNewRequest(url string) error {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	host := req.URL.Host
	if _, ok := store.sessions[host]; !ok {
		store.adopt(host)
	}
	return nil
}
