// Package ginsessions proves tokenquery on gin-contrib/sessions: a
// session or API token read from the query in a handler that otherwise
// uses the cookie session, and a query parameter compared with the token
// kept in the session, are reported; the session the middleware loads
// from its cookie, query values kept as session data, the OAuth state
// compared with the session's, paging and a redirect target are not.
package ginsessions

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
)

func setup(r *gin.Engine) {
	r.Use(sessions.Sessions("session", cookie.NewStore([]byte("secret"))))
	r.GET("/download", badDownloadToken)
	r.GET("/callback", goodOAuthCallback)
}

// badDownloadToken accepts the session's API token from the URL.
func badDownloadToken(c *gin.Context) {
	s := sessions.Default(c)
	apiToken, _ := s.Get("api_token").(string)
	if c.Query("t") != apiToken { // want `query parameter "t" is used as a credential \(compared with api_token\)`
		c.AbortWithStatus(http.StatusForbidden)
	}
}

func badQuerySessionID(c *gin.Context) {
	s := sessions.Default(c)
	if c.Query("session_id") != s.ID() { // want `session ID "session_id" is read from the URL query`
		c.AbortWithStatus(http.StatusUnauthorized)
	}
}

func goodCookieSession(c *gin.Context) {
	s := sessions.Default(c)
	user, ok := s.Get("user").(string)
	if !ok {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	c.String(http.StatusOK, "%s", user)
}

func goodQueryIntoSession(c *gin.Context) {
	s := sessions.Default(c)
	s.Set("lang", c.Query("lang"))
	s.Set("return_to", c.DefaultQuery("next", "/"))
	s.Save()
}

// goodOAuthCallback compares the state parameter with the session's.
func goodOAuthCallback(c *gin.Context) {
	s := sessions.Default(c)
	if c.Query("state") != s.Get("oauth_state") {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	s.Set("code", c.Query("code"))
	s.Save()
}

func goodPaging(c *gin.Context) {
	s := sessions.Default(c)
	s.Set("page", c.Query("page"))
	s.Save()
	c.Redirect(http.StatusFound, c.DefaultQuery("redirect", "/"))
}
