// Package gin proves tokenquery on gin: Query, DefaultQuery, GetQuery,
// QueryMap and ShouldBindQuery of credentials are reported, and so is a query
// parameter compared with a configured key; headers, cookies, POST
// forms, JSON bodies, path parameters, OAuth callbacks, cursors,
// searches, redirects and GetQuery used only for its ok result are not.
package gin

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

var sessionStore = map[string]string{}

func badQuery(c *gin.Context) {
	c.String(http.StatusOK, "%s", c.Query("access_token")) // want `access token "access_token" is read from the URL query`
}

func badDefaultQuery(c *gin.Context) {
	key := c.DefaultQuery("api_key", "") // want `API key "api_key" is read from the URL query`
	c.String(http.StatusOK, "%s", key)
}

func badGetQuery(c *gin.Context) {
	if tok, ok := c.GetQuery("token"); ok { // want `access token "token" is read from the URL query`
		c.String(http.StatusOK, "%s", tok)
	}
}

// badQueryMap reads ?credentials[user]=...&credentials[key]=...
func badQueryMap(c *gin.Context) {
	creds := c.QueryMap("credentials") // want `secret "credentials" is read from the URL query`
	if sessionStore[creds["key"]] != creds["user"] {
		c.AbortWithStatus(http.StatusUnauthorized)
	}
}

type authQuery struct {
	Token string `form:"access_token"`
	Page  int    `form:"page"`
}

func badBindQuery(c *gin.Context) {
	var q authQuery
	if err := c.ShouldBindQuery(&q); err != nil { // want `access token "access_token" is bound from the URL query into authQuery`
		return
	}
	c.String(http.StatusOK, "%s", q.Token)
}

func badSessionLookup(c *gin.Context) {
	user, ok := sessionStore[c.Query("u")] // want `query parameter "u" is used as a credential \(looked up in sessionStore\)`
	if !ok {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	c.String(http.StatusOK, "%s", user)
}

// authRequired is middleware comparing with a configured key.
func authRequired(secret string) gin.HandlerFunc {
	return func(c *gin.Context) {
		if c.Query("k") != secret { // want `query parameter "k" is used as a credential \(compared with secret\)`
			c.AbortWithStatus(http.StatusUnauthorized)
		}
	}
}

func goodHeader(c *gin.Context) {
	if _, ok := sessionStore[c.GetHeader("Authorization")]; !ok {
		c.AbortWithStatus(http.StatusUnauthorized)
	}
}

func goodCookie(c *gin.Context) {
	sid, err := c.Cookie("session_id")
	if err != nil {
		return
	}
	c.String(http.StatusOK, "%s", sessionStore[sid])
}

func goodPostForm(c *gin.Context) {
	if _, ok := sessionStore[c.PostForm("token")]; !ok {
		c.AbortWithStatus(http.StatusUnauthorized)
	}
}

type listQuery struct {
	Page          int    `form:"page"`
	PageToken     string `form:"page_token"`
	NextPageToken string `form:"next_page_token"`
	Cursor        string `form:"cursor"`
	Search        string `form:"q"`
}

func goodBindPaging(c *gin.Context) {
	var q listQuery
	if err := c.ShouldBindQuery(&q); err != nil {
		return
	}
	c.JSON(http.StatusOK, q)
}

type loginBody struct {
	Token string `json:"token"`
}

func goodBindJSON(c *gin.Context) {
	var b loginBody
	if err := c.ShouldBindJSON(&b); err != nil {
		return
	}
	if _, ok := sessionStore[b.Token]; !ok {
		c.AbortWithStatus(http.StatusUnauthorized)
	}
}

func goodPathParam(c *gin.Context) {
	c.String(http.StatusOK, "%s", c.Param("token"))
}

func goodOAuthCallback(c *gin.Context) {
	state, err := c.Cookie("oauth_state")
	if err != nil || c.Query("state") != state {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	c.String(http.StatusOK, "%s", c.Query("code"))
}

func goodSearch(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"q": c.Query("q"), "page": c.DefaultQuery("page", "1")})
}

func goodQueryMapFilter(c *gin.Context) {
	c.JSON(http.StatusOK, c.QueryMap("filter"))
}

func goodRedirect(c *gin.Context) {
	c.Redirect(http.StatusFound, c.DefaultQuery("redirect", "/"))
}

func goodRejectQueryToken(c *gin.Context) {
	if _, ok := c.GetQuery("access_token"); ok {
		c.AbortWithStatus(http.StatusBadRequest)
	}
}

// login adds the sessions the handlers look up.
func login(tok, user string) { sessionStore[tok] = user }
