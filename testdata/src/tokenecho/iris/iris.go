// Package iris proves tokenecho on iris v12: login handlers that send a
// client-supplied cookie back through ctx.SetCookie, ctx.SetCookieKV or
// ctx.ResponseWriter(), or adopt a query parameter as a session key, are
// reported; a fresh session ID, a session kept by iris/sessions, an
// echoed user name or request ID, a logout and a GET route are not.
package iris

import (
	"crypto/rand"
	"fmt"
	"net/http"

	"github.com/kataras/iris/v12"
	"github.com/kataras/iris/v12/sessions"
	"golang.org/x/crypto/bcrypt"
)

var (
	hashes = map[string][]byte{}
	tokens = map[string]string{} // API session ID -> user
	mgr    = sessions.New(sessions.Config{Cookie: "sid", CookieSecureTLS: true})
)

func checkPassword(ctx iris.Context) (string, bool) {
	user := ctx.PostValue("user")
	return user, bcrypt.CompareHashAndPassword(hashes[user], []byte(ctx.PostValue("password"))) == nil
}

func badLogin(ctx iris.Context) {
	if _, ok := checkPassword(ctx); !ok {
		return
	}
	ctx.SetCookie(&http.Cookie{Name: "session", Value: ctx.GetCookie("session"), HttpOnly: true, Secure: true}) // want `login handler badLogin sends the client-supplied cookie "session" back as cookie "session"; issue a fresh token instead \(CWE-384\)`
}

func badLoginKV(ctx iris.Context) {
	if _, ok := checkPassword(ctx); !ok {
		return
	}
	ctx.SetCookieKV("session", ctx.GetCookie("session")) // want `login handler badLoginKV sends the client-supplied cookie "session" back as cookie "session"`
}

func badLoginAdopt(ctx iris.Context) {
	user, ok := checkPassword(ctx)
	if !ok {
		return
	}
	tokens[ctx.URLParam("sid")] = user // want `login handler badLoginAdopt sends the client-supplied query "sid" back as the key of the new server-side session`
}

// badLoginBody writes the client's cookie to iris's response writer.
func badLoginBody(ctx iris.Context) {
	if _, ok := checkPassword(ctx); !ok {
		return
	}
	fmt.Fprint(ctx.ResponseWriter(), ctx.GetCookie("session")) // want `login handler badLoginBody sends the client-supplied cookie "session" back as the response body`
}

func goodLoginFresh(ctx iris.Context) {
	user, ok := checkPassword(ctx)
	if !ok {
		return
	}
	sid := rand.Text()
	tokens[sid] = user
	ctx.SetCookieKV("session", sid)
}

// goodLoginSession stores the user in the iris session, whose ID the
// library minted.
func goodLoginSession(ctx iris.Context) {
	user, ok := checkPassword(ctx)
	if !ok {
		return
	}
	mgr.Start(ctx).Set("uid", user)
	ctx.JSON(iris.Map{"user": user})
}

func goodLogout(ctx iris.Context) {
	mgr.Destroy(ctx)
	delete(tokens, ctx.GetCookie("session"))
	ctx.SetCookie(&http.Cookie{Name: "session", Value: ctx.GetCookie("session"), MaxAge: -1})
}

// goodLoginRequestID echoes a tracing header, which is no credential.
func goodLoginRequestID(ctx iris.Context) {
	if _, ok := checkPassword(ctx); !ok {
		return
	}
	ctx.Header("X-Request-ID", ctx.GetHeader("X-Request-ID"))
	ctx.SetCookieKV("session", rand.Text())
}

func routes(app *iris.Application) {
	app.Post("/login", badLogin)
	app.Post("/login/kv", badLoginKV)
	app.Post("/login/adopt", badLoginAdopt)
	app.Post("/login/body", badLoginBody)
	app.Post("/login/fresh", goodLoginFresh)
	app.Post("/login/session", goodLoginSession)
	app.Post("/login/traced", goodLoginRequestID)
	app.Post("/logout", goodLogout)
	// The session, for scripts: GET never logs in.
	app.Get("/session", func(ctx iris.Context) {
		ctx.JSON(iris.Map{"session": ctx.GetCookie("session")})
	})
}
