// Package fiber proves tokenecho on fiber: login handlers (closures on
// the app, a method value on a group, a handler named Login) that send a
// client-supplied token back through c.Cookie(&fiber.Cookie{...}),
// c.Set or c.JSON are reported; fresh tokens, echoed usernames, a
// refresh endpoint and a non-login handler are not.
package fiber

import (
	"crypto/rand"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/crypto/bcrypt"
)

type loginBody struct {
	Username string `json:"username"`
	Password string `json:"password"`
	DeviceID string `json:"device_id"`
	Token    string `json:"token"`
}

type api struct {
	hashes map[string][]byte
	key    []byte
}

func (a *api) check(c *fiber.Ctx) (*loginBody, error) {
	body := new(loginBody)
	if err := c.BodyParser(body); err != nil {
		return nil, err
	}
	return body, bcrypt.CompareHashAndPassword(a.hashes[body.Username], []byte(body.Password))
}

func setup(app *fiber.App, a *api) {
	app.Post("/login", func(c *fiber.Ctx) error {
		if _, err := a.check(c); err != nil {
			return fiber.ErrUnauthorized
		}
		c.Cookie(&fiber.Cookie{Name: "session", Value: c.Cookies("session"), HTTPOnly: true}) // want `login handler for "/login" sends the client-supplied cookie "session" back as cookie "session"`
		return nil
	})
	v1 := app.Group("/v1")
	v1.Post("/auth/login", a.badLoginBodyToken)
	v1.Post("/token/refresh", func(c *fiber.Ctx) error {
		// returns the refresh token it was given, with a new access token
		return c.JSON(fiber.Map{"refresh_token": c.Get("X-Refresh-Token"), "access_token": rand.Text()})
	})
	app.Add(fiber.MethodGet, "/session", func(c *fiber.Ctx) error {
		// a GET route registered with Add: not a login
		return c.JSON(fiber.Map{"session": c.Cookies("session")})
	})
	app.Post("/preferences", func(c *fiber.Ctx) error {
		c.Cookie(&fiber.Cookie{Name: "session", Value: c.Cookies("session"), Expires: time.Now().Add(time.Hour)})
		return nil
	})
}

func (a *api) badLoginBodyToken(c *fiber.Ctx) error {
	body, err := a.check(c)
	if err != nil {
		return fiber.ErrUnauthorized
	}
	return c.JSON(fiber.Map{"token": body.Token}) // want `login handler api.badLoginBodyToken sends the client-supplied body "token" back as the JSON response`
}

func (a *api) Login(c *fiber.Ctx) error {
	c.Set("Authorization", c.Get("Authorization")) // want `login handler api.Login sends the client-supplied header "Authorization" back as response header "Authorization"`
	return nil
}

func (a *api) goodLoginJWT(c *fiber.Ctx) error {
	body, err := a.check(c)
	if err != nil {
		return fiber.ErrUnauthorized
	}
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": body.Username})
	signed, err := tok.SignedString(a.key)
	if err != nil {
		return err
	}
	c.Cookie(&fiber.Cookie{Name: "session", Value: signed, HTTPOnly: true, Secure: true})
	return c.JSON(fiber.Map{"username": body.Username, "device_id": body.DeviceID})
}

func (a *api) goodLoginRandom(c *fiber.Ctx) error {
	if _, err := a.check(c); err != nil {
		return fiber.ErrUnauthorized
	}
	c.Set("Authorization", "Bearer "+rand.Text())
	return nil
}
