// Package iris proves tokenquery on iris v12: credentials read with
// URLParam and URLParamDefault are reported; the same names read as path
// parameters, from headers or cookies, and ordinary query parameters are
// not.
package iris

import "github.com/kataras/iris/v12"

func badURLParam(ctx iris.Context) {
	ctx.WriteString(ctx.URLParam("access_token")) // want `access token "access_token" is read from the URL query`
}

func badURLParamDefault(ctx iris.Context) {
	key := ctx.URLParamDefault("api_key", "") // want `API key "api_key" is read from the URL query`
	ctx.WriteString(key)
}

func goodPathParam(ctx iris.Context) {
	ctx.WriteString(ctx.Params().Get("token"))
}

func goodHeader(ctx iris.Context) {
	ctx.WriteString(ctx.GetHeader("Authorization"))
}

func goodCookie(ctx iris.Context) {
	ctx.WriteString(ctx.GetCookie("session_id"))
}

func goodPage(ctx iris.Context) {
	ctx.WriteString(ctx.URLParam("page"))
}

func routes(app *iris.Application) {
	app.Get("/a", badURLParam)
	app.Get("/b", badURLParamDefault)
	app.Get("/c/{token}", goodPathParam)
	app.Get("/d", goodHeader)
	app.Get("/e", goodCookie)
	app.Get("/f", goodPage)
}
