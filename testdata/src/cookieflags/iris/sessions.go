package iris

// This file proves cookieflags on iris's sessions.New, which takes its
// Config as an argument: the cookie is always HttpOnly and SameSite Lax,
// and Secure only with CookieSecureTLS, so a Config without it is
// reported; one with it, or with it from configuration, is not.

import "github.com/kataras/iris/v12/sessions"

var behindTLS bool

func badSessions() *sessions.Sessions {
	return sessions.New(sessions.Config{Cookie: "sid"}) // want `session cookie of sessions.Sessions is set without Secure; it is sent over plain HTTP \(CWE-614\)`
}

func goodSessions() *sessions.Sessions {
	return sessions.New(sessions.Config{Cookie: "sid", CookieSecureTLS: true})
}

func goodSessionsConfigured() *sessions.Sessions {
	cfg := sessions.Config{Cookie: "sid"}
	cfg.CookieSecureTLS = behindTLS
	return sessions.New(cfg)
}
