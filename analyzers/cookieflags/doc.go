// Package cookieflags defines an Analyzer that reports cookies carrying
// a session or auth credential that are set without the HttpOnly,
// Secure or SameSite attributes.
//
// # Analyzer cookieflags
//
// cookieflags: report auth cookies set without HttpOnly, Secure or SameSite
//
// A cookie that carries a credential must be HttpOnly, so that a script
// injected into the page cannot read it (CWE-1004); Secure, so that it
// is never sent over plain HTTP (CWE-614); and SameSite=Lax or Strict,
// so that other sites cannot make requests that carry it (CWE-1275).
// SameSite=None is accepted together with Secure; without Secure the
// finding is the missing Secure.
//
// A cookie carries a credential when its name says so (session, sid,
// token, auth, jwt, remember_me, ...) or when its value is a freshly
// generated secret (crypto/rand, uuid, a signed JWT), unless its name
// marks it as meant for scripts (a CSRF token) or as other metadata.
// Cookies of net/http, gin (SetCookie's secure and httpOnly arguments,
// SameSite from SetSameSite), echo and fiber are checked, and so are the
// cookies of session managers: scs.New, gorilla's NewCookieStore and
// NewFilesystemStore, gin-contrib's stores and fiber's session.New,
// taking each library's defaults into account.
//
// Flags set after the cookie is built, or in a helper it is passed to,
// count; so do a manager's options set anywhere in the package when the
// manager is kept in a package variable. A cookie that a helper builds
// from its parameters (setCookie(w, name, value)) is judged at each
// call, with the name and value the call passes; so is a cookie that a
// function returns for its caller to set, at the call that sets it,
// unless the function leaves the flag off whatever it is passed and is
// in the same package: then at its literal. A cookie passed through a
// function that sets some flags and returns it keeps the flags it was
// built with. Flags given a non-constant
// value are trusted, except HttpOnly or Secure read from a configuration
// field that nothing can set to true: no assignment of the package
// stores anything but false into it or takes its address, no struct tag
// or decoder fills it, and no other package can name it. Deleting a cookie (MaxAge
// below zero, Expires in the past) is not reported.
//
//	http.SetCookie(w, &http.Cookie{Name: "session", Value: token}) // reported
//
//	http.SetCookie(w, &http.Cookie{Name: "session", Value: token,
//		HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
//
// A cookie literal that lacks a flag's field altogether comes with a
// suggested fix that adds it.
package cookieflags
