package streams

import (
	"crypto/rand"
	"fmt"
	"io"
	"net/http"
	"sync"
)

// sseServer has the shape of the MCP SSE transport: GET opens an event
// stream, keeps it under a fresh id and hands the client a message URL
// carrying that id; the client POSTs messages to the URL. The id selects
// the stream the client opened, not a login.
type sseServer struct {
	sessions sync.Map              // stream id -> messages
	streams  map[string]chan []byte // the same, as a plain map
	logins   sync.Map              // session token -> user, written at login
	mixed    sync.Map              // streams and logins alike
}

func (s *sseServer) handleSSE(w http.ResponseWriter, r *http.Request) {
	id := rand.Text()
	ch := make(chan []byte)
	s.sessions.Store(id, ch)
	s.streams[id] = ch
	s.mixed.Store(id, ch)
	w.Header().Set("Content-Type", "text/event-stream")
	fmt.Fprintf(w, "event: endpoint\ndata: /message?sessionId=%s\n\n", id)
	for m := range ch {
		fmt.Fprintf(w, "data: %s\n\n", m)
	}
}

func (s *sseServer) goodPostToStream(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("sessionId")
	ch, ok := s.sessions.Load(id)
	if !ok {
		http.Error(w, "unknown session", http.StatusBadRequest)
		return
	}
	body, _ := io.ReadAll(r.Body)
	ch.(chan []byte) <- body
	w.WriteHeader(http.StatusAccepted)
}

func (s *sseServer) goodPostToStreamMap(w http.ResponseWriter, r *http.Request) {
	ch, ok := s.streams[r.URL.Query().Get("session_id")]
	if !ok {
		http.Error(w, "unknown session", http.StatusBadRequest)
		return
	}
	body, _ := io.ReadAll(r.Body)
	ch <- body
}

func (s *sseServer) login(w http.ResponseWriter, r *http.Request) {
	tok := rand.Text()
	s.logins.Store(tok, r.PostFormValue("user"))
	s.mixed.Store(tok, nil)
	http.SetCookie(w, &http.Cookie{Name: "session", Value: tok, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

// badPostWithLogin takes a login's session token from the query: the
// table is filled at login, not by a stream.
func (s *sseServer) badPostWithLogin(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("sessionId") // want `session ID "sessionId" is read from the URL query`
	if _, ok := s.logins.Load(id); !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

// badPostMixed looks the id up where logins are kept too.
func (s *sseServer) badPostMixed(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("sessionId") // want `session ID "sessionId" is read from the URL query`
	if _, ok := s.mixed.Load(id); !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}
