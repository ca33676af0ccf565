// Command fiberapp is a fiber service setting a remember-me cookie
// without HttpOnly, and a logout that forgets to end the server-side
// session.
package main

import (
	"crypto/rand"
	"time"

	"github.com/gofiber/fiber/v2"
	"golang.org/x/crypto/bcrypt"
)

var (
	hashes   = map[string][]byte{}
	sessions = map[string]string{} // session token -> user
)

func login(c *fiber.Ctx) error {
	user := c.FormValue("user")
	if bcrypt.CompareHashAndPassword(hashes[user], []byte(c.FormValue("password"))) != nil {
		return fiber.ErrUnauthorized
	}
	for tok, u := range sessions {
		if u == user {
			delete(sessions, tok)
		}
	}
	tok := rand.Text()
	sessions[tok] = user
	c.Cookie(&fiber.Cookie{Name: "sid", Value: tok, HTTPOnly: true, Secure: true})
	return nil
}

func logout(c *fiber.Ctx) error {
	c.Cookie(&fiber.Cookie{Name: "sid", Value: "", MaxAge: -1, HTTPOnly: true, Secure: true})
	return nil
}

func main() {
	app := fiber.New()
	app.Post("/login", login)
	app.Post("/logout", logout)
	app.Post("/remember", func(c *fiber.Ctx) error {
		c.Cookie(&fiber.Cookie{Name: "remember_me", Value: rand.Text(), Secure: true, SameSite: fiber.CookieSameSiteLaxMode, Expires: time.Now().Add(30 * 24 * time.Hour)})
		return nil
	})
	app.Listen(":8082")
}
