package fix

import (
	"crypto/rand"

	gofiber "github.com/gofiber/fiber/v2"
	stdhttp "net/http"
)

// badAliased imports net/http under another name.
func badAliased(w stdhttp.ResponseWriter) {
	stdhttp.SetCookie(w, &stdhttp.Cookie{Name: "remember_me", Value: rand.Text(), HttpOnly: true}) // want `cookie "remember_me" is set without Secure and SameSite`
}

// badFiber adds fiber's HTTPOnly; fiber's SameSite defaults to Lax.
func badFiber(c *gofiber.Ctx) error {
	c.Cookie(&gofiber.Cookie{Name: "session", Value: rand.Text()}) // want `cookie "session" is set without HttpOnly and Secure`
	return nil
}
