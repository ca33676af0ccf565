// Package helpers proves that cookieflags judges a cookie built here and
// set by a helper, in this package or another, where the cookie is
// built: flags the helper sets count, and nothing is reported inside the
// helpers, which do not know what cookie they are given.
package helpers

import (
	"net/http"

	"cookieflags/helpers/cookies"
)

func setCookie(w http.ResponseWriter, c *http.Cookie) {
	http.SetCookie(w, c)
}

func badLocalHelper(w http.ResponseWriter, r *http.Request) {
	setCookie(w, &http.Cookie{Name: "session", Value: "v", Secure: true, SameSite: http.SameSiteLaxMode}) // want `cookie "session" is set without HttpOnly; scripts can read it \(CWE-1004\)`
}

func badOtherPackageHelper(w http.ResponseWriter, r *http.Request) {
	cookies.Set(w, &http.Cookie{Name: "sid", Value: "v", HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `cookie "sid" is set without Secure; it is sent over plain HTTP \(CWE-614\)`
}

func goodLocalHelperComplete(w http.ResponseWriter, r *http.Request) {
	setCookie(w, &http.Cookie{Name: "session", Value: "v", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

func goodHardeningHelper(w http.ResponseWriter, r *http.Request) {
	cookies.SetHardened(w, &http.Cookie{Name: "session", Value: "v"})
}

func goodThemeThroughHelper(w http.ResponseWriter, r *http.Request) {
	cookies.Set(w, &http.Cookie{Name: "theme", Value: "dark"})
}

func goodDeletionThroughHelper(w http.ResponseWriter, r *http.Request) {
	setCookie(w, &http.Cookie{Name: "session", MaxAge: -1})
}
