// Package scs proves what the cookies pass records of session
// managers: the library's defaults, field writes after construction,
// and options replaced as a whole.
package scs

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

func defaults() http.Handler {
	m := scs.New() // want `session scs.SessionManager HttpOnly=unset Secure=unset SameSite=unset missing=\[Secure\]`
	return m.LoadAndSave(http.NotFoundHandler())
}

func written() http.Handler {
	m := scs.New() // want `session scs.SessionManager HttpOnly=off Secure=on SameSite=unset missing=\[HttpOnly\]`
	m.Cookie.HttpOnly = false
	m.Cookie.Secure = true
	return m.LoadAndSave(http.NotFoundHandler())
}

func replaced() http.Handler {
	m := scs.New()
	m.Cookie = scs.SessionCookie{Name: "s", Secure: true} // want `options github.com/alexedwards/scs/v2.SessionCookie HttpOnly=unset Secure=on SameSite=unset missing=\[HttpOnly SameSite\]`
	return m.LoadAndSave(http.NotFoundHandler())
}
