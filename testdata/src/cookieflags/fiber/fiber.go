// Package fiber proves cookieflags on fiber, whose cookie spells
// HTTPOnly and takes SameSite as a string that defaults to Lax: a
// missing SameSite is not reported, "disabled" or a None without Secure
// is; flags set later or from configuration, deletions and
// non-credential cookies are not.
package fiber

import (
	"crypto/rand"
	"time"

	"github.com/gofiber/fiber/v2"
)

var prod bool

func badNoFlags(c *fiber.Ctx) error {
	c.Cookie(&fiber.Cookie{Name: "session", Value: rand.Text()}) // want `cookie "session" is set without HttpOnly and Secure; scripts can read it and it is sent over plain HTTP \(CWE-1004, CWE-614\)`
	return nil
}

func badDisabledSameSite(c *fiber.Ctx) error {
	c.Cookie(&fiber.Cookie{Name: "jwt", Value: rand.Text(), HTTPOnly: true, Secure: true, SameSite: fiber.CookieSameSiteDisabled}) // want `cookie "jwt" is set without SameSite; it is sent with cross-site requests \(CWE-1275\)`
	return nil
}

func badNoneWithoutSecure(c *fiber.Ctx) error {
	c.Cookie(&fiber.Cookie{Name: "sid", Value: rand.Text(), HTTPOnly: true, SameSite: "None"}) // want `cookie "sid" is set without Secure`
	return nil
}

func goodAllFlags(c *fiber.Ctx) error {
	c.Cookie(&fiber.Cookie{Name: "session", Value: rand.Text(), HTTPOnly: true, Secure: true, SameSite: fiber.CookieSameSiteStrictMode})
	return nil
}

// goodDefaultLax relies on fiber sending SameSite=Lax by default.
func goodDefaultLax(c *fiber.Ctx) error {
	c.Cookie(&fiber.Cookie{Name: "session", Value: rand.Text(), HTTPOnly: true, Secure: true})
	return nil
}

func goodSetAfter(c *fiber.Ctx) error {
	ck := new(fiber.Cookie)
	ck.Name = "token"
	ck.Value = rand.Text()
	ck.HTTPOnly = true
	ck.Secure = prod
	c.Cookie(ck)
	return nil
}

func goodNoneWithSecure(c *fiber.Ctx) error {
	c.Cookie(&fiber.Cookie{Name: "session", Value: rand.Text(), HTTPOnly: true, Secure: true, SameSite: fiber.CookieSameSiteNoneMode})
	return nil
}

func goodLogout(c *fiber.Ctx) error {
	c.Cookie(&fiber.Cookie{Name: "session", Expires: time.Now().Add(-time.Hour)})
	c.Cookie(&fiber.Cookie{Name: "token", MaxAge: -1})
	return nil
}

func goodPreferences(c *fiber.Ctx) error {
	c.Cookie(&fiber.Cookie{Name: "theme", Value: c.Query("theme")})
	c.Cookie(&fiber.Cookie{Name: "lang", Value: "fr"})
	return nil
}

func goodCSRF(c *fiber.Ctx) error {
	c.Cookie(&fiber.Cookie{Name: "csrf_", Value: rand.Text(), Secure: true})
	return nil
}
