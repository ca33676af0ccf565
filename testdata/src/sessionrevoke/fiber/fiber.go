// Package fiber proves sessionrevoke on fiber with sessions kept in a
// package-level sync.Map, and with fiber's session middleware. A logout
// that only expires the session cookie, with Ctx.Cookie or with
// Ctx.ClearCookie (by name, or every cookie), is reported; a login that
// revokes in a Range callback, logouts that delete the entry or destroy
// a fiber middleware session, and one that clears only a non-session
// cookie are not.
package fiber

import (
	"crypto/rand"
	"sync"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
	"golang.org/x/crypto/bcrypt"
)

var (
	sessions sync.Map // token -> user
	hashes   = map[string][]byte{}
	store    = session.New()
)

func checkPassword(user, pw string) bool {
	return bcrypt.CompareHashAndPassword(hashes[user], []byte(pw)) == nil
}

func multiLogin(c *fiber.Ctx) error {
	user := c.FormValue("user")
	if !checkPassword(user, c.FormValue("password")) {
		return fiber.ErrUnauthorized
	}
	tok := rand.Text()
	sessions.Store(tok, user)
	c.Cookie(&fiber.Cookie{Name: "session_id", Value: tok, HTTPOnly: true, Secure: true})
	return nil
}

func goodLoginRangeRevoke(c *fiber.Ctx) error {
	user := c.FormValue("user")
	if !checkPassword(user, c.FormValue("password")) {
		return fiber.ErrUnauthorized
	}
	sessions.Range(func(k, v any) bool {
		if v == user {
			sessions.Delete(k)
		}
		return true
	})
	tok := rand.Text()
	sessions.Store(tok, user)
	c.Cookie(&fiber.Cookie{Name: "session_id", Value: tok, HTTPOnly: true, Secure: true})
	return nil
}

func badLogout(c *fiber.Ctx) error {
	c.Cookie(&fiber.Cookie{Name: "session_id", Expires: time.Now().Add(-time.Hour)}) // want `logout handler badLogout deletes cookie "session_id" but leaves its server-side session valid`
	return c.SendStatus(fiber.StatusNoContent)
}

func badLogoutClearCookie(c *fiber.Ctx) error {
	c.ClearCookie("session_id") // want `logout handler badLogoutClearCookie deletes cookie "session_id" but leaves its server-side session valid`
	return c.SendStatus(fiber.StatusNoContent)
}

// badLogoutClearAll deletes every cookie the request came with, the
// session's among them.
func badLogoutClearAll(c *fiber.Ctx) error {
	c.ClearCookie() // want `logout handler badLogoutClearAll deletes the session cookie but leaves its server-side session valid`
	return c.SendStatus(fiber.StatusNoContent)
}

// goodLogoutClearTheme clears a preference cookie, not the session's.
func goodLogoutClearTheme(c *fiber.Ctx) error {
	c.ClearCookie("theme")
	return c.SendStatus(fiber.StatusNoContent)
}

func goodLogoutClearCookie(c *fiber.Ctx) error {
	sessions.Delete(c.Cookies("session_id"))
	c.ClearCookie("session_id")
	return c.SendStatus(fiber.StatusNoContent)
}

func goodLogout(c *fiber.Ctx) error {
	sessions.Delete(c.Cookies("session_id"))
	c.Cookie(&fiber.Cookie{Name: "session_id", Expires: time.Now().Add(-time.Hour)})
	return c.SendStatus(fiber.StatusNoContent)
}

// goodLogoutMiddleware destroys the middleware's server-side session.
func goodLogoutMiddleware(c *fiber.Ctx) error {
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	c.Cookie(&fiber.Cookie{Name: "session_id", MaxAge: -1})
	return sess.Destroy()
}

// goodLoginMiddleware keeps one middleware session per browser and
// regenerates its ID: the library's concern, not this check's.
func goodLoginMiddleware(c *fiber.Ctx) error {
	user := c.FormValue("user")
	if !checkPassword(user, c.FormValue("password")) {
		return fiber.ErrUnauthorized
	}
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	if err := sess.Regenerate(); err != nil {
		return err
	}
	sess.Set("user", user)
	return sess.Save()
}
