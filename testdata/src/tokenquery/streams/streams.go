// Package streams proves tokenquery on streams a browser opens without
// headers (EventSource, WebSocket): a credential-named query value that
// only selects the stream (an import job's id) is not reported; one used
// as a credential (looked up in the session store, compared with the
// API key) still is, and so is the same id outside a stream handler.
package streams

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

var (
	sessions = map[string]string{}
	apiKey   = "configured"
	jobs     = map[string]chan string{}
)

// upgrader has the shape of gorilla/websocket's Upgrader.
type upgrader struct{}

type conn struct{}

func (upgrader) Upgrade(w http.ResponseWriter, r *http.Request, h http.Header) (*conn, error) {
	return &conn{}, nil
}

func (*conn) WriteMessage(t int, b []byte) error { return nil }

func goodEventStreamJob(w http.ResponseWriter, r *http.Request) {
	events := jobs[r.URL.Query().Get("token")]
	w.Header().Set("Content-Type", "text/event-stream")
	for e := range events {
		w.Write([]byte("data: " + e + "\n\n"))
	}
}

func badEventStreamSession(w http.ResponseWriter, r *http.Request) {
	user, ok := sessions[r.URL.Query().Get("session_id")] // want `session ID "session_id" is read from the URL query`
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Write([]byte("data: hello " + user + "\n\n"))
}

func badJobTokenNoStream(w http.ResponseWriter, r *http.Request) {
	events := jobs[r.URL.Query().Get("token")] // want `access token "token" is read from the URL query`
	for e := range events {
		w.Write([]byte(e))
	}
}

func goodWebSocketChannel(w http.ResponseWriter, r *http.Request) {
	room := r.URL.Query().Get("room_token")
	c, err := upgrader{}.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c.WriteMessage(1, []byte(room))
}

func badWebSocketAPIKey(w http.ResponseWriter, r *http.Request) {
	key := r.URL.Query().Get("api_key") // want `API key "api_key" is read from the URL query`
	if key != apiKey {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	upgrader{}.Upgrade(w, r, nil)
}

func goodGinEventStream(c *gin.Context) {
	events := jobs[c.Query("token")]
	c.Header("Content-Type", "text/event-stream")
	for e := range events {
		c.String(http.StatusOK, "data: %s\n\n", e)
	}
}

func badGinWebSocketSession(c *gin.Context) {
	if _, ok := sessions[c.Query("token")]; !ok { // want `access token "token" is read from the URL query`
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	upgrader{}.Upgrade(c.Writer, c.Request, nil)
}

func goodEchoWebSocket(c echo.Context) error {
	room := c.QueryParam("token")
	ws, err := upgrader{}.Upgrade(c.Response(), c.Request(), nil)
	if err != nil {
		return err
	}
	return ws.WriteMessage(1, []byte(room))
}

func badEchoEventStreamKey(c echo.Context) error {
	if c.QueryParam("token") != apiKey { // want `access token "token" is read from the URL query`
		return c.NoContent(http.StatusUnauthorized)
	}
	c.Response().Header().Set("Content-Type", "text/event-stream")
	return nil
}

// login adds the sessions the handlers look up.
func login(tok, user string) { sessions[tok] = user }
