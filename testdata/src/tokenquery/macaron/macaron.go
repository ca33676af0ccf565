// Package macaron proves tokenquery on go-macaron: credentials read with
// ctx.Query are reported; the same names read as path parameters, from
// headers or cookies, and ordinary query parameters are not.
package macaron

import "gopkg.in/macaron.v1"

func badQuery(ctx *macaron.Context) {
	ctx.PlainText(200, []byte(ctx.Query("token"))) // want `access token "token" is read from the URL query`
}

func badQueryTrim(ctx *macaron.Context) {
	key := ctx.QueryTrim("api_key") // want `API key "api_key" is read from the URL query`
	ctx.PlainText(200, []byte(key))
}

func goodParams(ctx *macaron.Context) {
	ctx.PlainText(200, []byte(ctx.Params(":token")))
}

func goodHeader(ctx *macaron.Context) {
	ctx.PlainText(200, []byte(ctx.Req.Header.Get("Authorization")))
}

func goodCookie(ctx *macaron.Context) {
	ctx.PlainText(200, []byte(ctx.GetCookie("session_id")))
}

func goodPage(ctx *macaron.Context) {
	ctx.PlainText(200, []byte(ctx.Query("page")))
}

func routes(m *macaron.Macaron) {
	m.Get("/a", badQuery)
	m.Get("/b", badQueryTrim)
	m.Get("/c/:token", goodParams)
	m.Get("/d", goodHeader)
	m.Get("/e", goodCookie)
	m.Get("/f", goodPage)
}
