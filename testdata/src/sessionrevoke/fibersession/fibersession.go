// Package fibersession proves sessionrevoke on a program whose sessions
// live only in fiber's session middleware: a logout that clears the
// session cookie with Ctx.ClearCookie leaves the session in the
// middleware's storage and is reported; logouts that destroy or reset
// the session, or delete it from the store, are not.
package fibersession

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
	"golang.org/x/crypto/bcrypt"
)

var (
	store  = session.New()
	hashes = map[string][]byte{}
)

// login keeps the user in the middleware's session, written to its
// storage by Save.
func login(c *fiber.Ctx) error {
	user := c.FormValue("user")
	if bcrypt.CompareHashAndPassword(hashes[user], []byte(c.FormValue("password"))) != nil {
		return fiber.ErrUnauthorized
	}
	sess, err := store.Get(c)
	if err == nil {
		sess.Set("user", user)
		err = sess.Save()
	}
	return err
}

func badLogout(c *fiber.Ctx) error {
	c.ClearCookie("session_id") // want `logout handler badLogout deletes cookie "session_id" but leaves its server-side session valid`
	return c.Redirect("/")
}

func goodLogoutDestroy(c *fiber.Ctx) error {
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	c.ClearCookie("session_id")
	return sess.Destroy()
}

// goodLogoutReset gives the browser a fresh, empty session and deletes
// the old one from storage.
func goodLogoutReset(c *fiber.Ctx) error {
	sess, err := store.Get(c)
	if err == nil {
		err = sess.Reset()
	}
	c.ClearCookie("session_id")
	return err
}

func goodLogoutStoreDelete(c *fiber.Ctx) error {
	if err := store.Delete(c.Cookies("session_id")); err != nil {
		return err
	}
	c.ClearCookie("session_id")
	return c.Redirect("/")
}
