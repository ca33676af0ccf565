// Package fiber proves tokenquery on fiber: Query, FormValue (which
// reads the query first) and QueryParser of credentials are reported,
// and so is a query parameter looked up in a session store; headers,
// cookies, path parameters, bodies, OAuth callbacks, cursors, searches
// and redirects are not.
package fiber

import (
	"sync"

	"github.com/gofiber/fiber/v2"
)

var sessions sync.Map

func badQuery(c *fiber.Ctx) error {
	return c.SendString(c.Query("access_token")) // want `access token "access_token" is read from the URL query`
}

func badQueryDefault(c *fiber.Ctx) error {
	return c.SendString(c.Query("bearer", "none")) // want `access token "bearer" is read from the URL query`
}

// goodFormField reads a form field named like a credential but does not
// use it as one: form values are reported only when used.
func goodFormField(c *fiber.Ctx) error {
	return c.SendString(c.FormValue("jwt"))
}

type keyQuery struct {
	APIKey string `query:"api_key"`
	Secret string `query:"client_secret"`
}

func badQueryParser(c *fiber.Ctx) error {
	var q keyQuery
	if err := c.QueryParser(&q); err != nil { // want `credentials "api_key", "client_secret" are bound from the URL query into keyQuery`
		return err
	}
	return c.SendString(q.APIKey)
}

func badSessionLoad(c *fiber.Ctx) error {
	if _, ok := sessions.Load(c.Query("s")); !ok { // want `query parameter "s" is used as a credential \(looked up in sessions\)`
		return fiber.ErrUnauthorized
	}
	return c.Next()
}

func goodHeader(c *fiber.Ctx) error {
	if _, ok := sessions.Load(c.Get("Authorization")); !ok {
		return fiber.ErrUnauthorized
	}
	return c.Next()
}

func goodCookie(c *fiber.Ctx) error {
	if _, ok := sessions.Load(c.Cookies("session_id")); !ok {
		return fiber.ErrUnauthorized
	}
	return c.Next()
}

func goodPathParam(c *fiber.Ctx) error {
	return c.SendString(c.Params("token"))
}

type tokenBody struct {
	Token string `json:"token"`
}

func goodBodyParser(c *fiber.Ctx) error {
	var b tokenBody
	if err := c.BodyParser(&b); err != nil {
		return err
	}
	if _, ok := sessions.Load(b.Token); !ok {
		return fiber.ErrUnauthorized
	}
	return nil
}

type pageQuery struct {
	Page   int    `query:"page"`
	Cursor string `query:"cursor"`
	Search string `query:"q"`
}

func goodQueryParserPaging(c *fiber.Ctx) error {
	var q pageQuery
	if err := c.QueryParser(&q); err != nil {
		return err
	}
	return c.JSON(q)
}

func goodOAuthCallback(c *fiber.Ctx) error {
	if c.Query("state") != c.Cookies("oauth_state") {
		return fiber.ErrBadRequest
	}
	return c.SendString(c.Query("code"))
}

// badRequirePresence lets through any request with a token in the URL.
func badRequirePresence(c *fiber.Ctx) error {
	if c.Query("access_token") == "" { // want `access token "access_token" is read from the URL query`
		return fiber.ErrUnauthorized
	}
	return c.Next()
}

func goodSearch(c *fiber.Ctx) error {
	return c.SendString("results for " + c.Query("q"))
}

func goodRedirect(c *fiber.Ctx) error {
	return c.Redirect(c.Query("redirect", "/"))
}

// login adds the sessions the handlers look up.
func login(tok, user string) { sessions.Store(tok, user) }
