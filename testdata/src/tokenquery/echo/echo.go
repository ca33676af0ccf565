// Package echo proves tokenquery on echo: QueryParam, QueryParams,
// FormValue (which reads the query too), the generic echo.QueryParam
// and BindQueryParams of credentials are reported, and so is a query
// parameter checked with hmac.Equal; headers, cookies, path parameters,
// bodies, OAuth callbacks, cursors, redirects and Has checks are not.
package echo

import (
	"crypto/hmac"
	"net/http"

	"github.com/labstack/echo/v4"
)

var signingKey = []byte("k")

func badQueryParam(c echo.Context) error {
	return c.String(http.StatusOK, c.QueryParam("access_token")) // want `access token "access_token" is read from the URL query`
}

func badQueryParams(c echo.Context) error {
	q := c.QueryParams()
	return c.String(http.StatusOK, q.Get("apikey")) // want `API key "apikey" is read from the URL query`
}

// goodFormField reads a form field named like a credential but does not
// use it as one: form values are reported only when used.
func goodFormField(c echo.Context) error {
	return c.String(http.StatusOK, c.FormValue("sid"))
}

func badGenericQueryParam(c echo.Context) error {
	tok, err := echo.QueryParam[string](c, "id_token") // want `ID token "id_token" is read from the URL query`
	if err != nil {
		return err
	}
	return c.String(http.StatusOK, tok)
}

type sessionQuery struct {
	SessionID string `query:"session_id"`
	Lang      string `query:"lang"`
}

func badBindQueryParams(c echo.Context) error {
	var q sessionQuery
	if err := (&echo.DefaultBinder{}).BindQueryParams(c, &q); err != nil { // want `session ID "session_id" is bound from the URL query into sessionQuery`
		return err
	}
	return c.String(http.StatusOK, q.SessionID)
}

func badHMAC(c echo.Context) error {
	mac := []byte(c.QueryParam("mac")) // want `query parameter "mac" is used as a credential \(compared with a stored secret by hmac.Equal\)`
	if !hmac.Equal(mac, signingKey) {
		return c.NoContent(http.StatusUnauthorized)
	}
	return nil
}

func goodHeader(c echo.Context) error {
	return c.String(http.StatusOK, c.Request().Header.Get("Authorization"))
}

func goodCookie(c echo.Context) error {
	ck, err := c.Cookie("session_id")
	if err != nil {
		return err
	}
	return c.String(http.StatusOK, ck.Value)
}

func goodPathParam(c echo.Context) error {
	return c.String(http.StatusOK, c.Param("token"))
}

type tokenBody struct {
	Token string `json:"token"`
}

func goodBindBody(c echo.Context) error {
	var b tokenBody
	if err := c.Bind(&b); err != nil {
		return err
	}
	return c.String(http.StatusOK, b.Token)
}

func goodOAuthCallback(c echo.Context) error {
	ck, err := c.Cookie("oauth_state")
	if err != nil || c.QueryParam("state") != ck.Value {
		return c.NoContent(http.StatusBadRequest)
	}
	return c.String(http.StatusOK, c.QueryParam("code"))
}

func goodCursor(c echo.Context) error {
	return c.String(http.StatusOK, c.QueryParam("cursor")+c.QueryParam("next_page_token"))
}

func goodRedirect(c echo.Context) error {
	return c.Redirect(http.StatusFound, c.QueryParam("next"))
}

func goodRejectQueryToken(c echo.Context) error {
	if c.QueryParams().Has("access_token") {
		return c.NoContent(http.StatusBadRequest)
	}
	return nil
}
