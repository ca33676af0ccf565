// Package flamego proves tokenquery on flamego: credentials read with
// c.Query are reported; the same names read as path parameters, from
// headers or cookies, and ordinary query parameters are not.
package flamego

import "github.com/flamego/flamego"

func badQuery(c flamego.Context) {
	c.ResponseWriter().Write([]byte(c.Query("access_token"))) // want `access token "access_token" is read from the URL query`
}

func badQueryDefault(c flamego.Context) {
	key := c.QueryTrim("apikey", "") // want `API key "apikey" is read from the URL query`
	c.ResponseWriter().Write([]byte(key))
}

func goodParam(c flamego.Context) {
	c.ResponseWriter().Write([]byte(c.Param("token")))
}

func goodHeader(c flamego.Context) {
	c.ResponseWriter().Write([]byte(c.Request().Header.Get("Authorization")))
}

func goodCookie(c flamego.Context) {
	c.ResponseWriter().Write([]byte(c.Cookie("session_id")))
}

func goodPage(c flamego.Context) {
	c.ResponseWriter().Write([]byte(c.Query("page")))
}

func routes(f *flamego.Flame) {
	f.Get("/a", badQuery)
	f.Get("/b", badQueryDefault)
	f.Get("/c/{token}", goodParam)
	f.Get("/d", goodHeader)
	f.Get("/e", goodCookie)
	f.Get("/f", goodPage)
}
