// Package beego proves tokenquery on beego v2: Input.Query and
// Controller.GetString read the parsed form, which holds the query
// string, so credentials read with them and then used as credentials are
// reported; path parameters, headers, cookies and ordinary parameters
// are not.
package beego

import (
	"github.com/beego/beego/v2/server/web"
	"github.com/beego/beego/v2/server/web/context"
)

var tokens = map[string]string{} // API token -> user

func badInputQuery(ctx *context.Context) {
	user, ok := tokens[ctx.Input.Query("api_key")] // want `form value "api_key", which may come from the URL query, is used as a credential \(looked up in tokens\)`
	if !ok {
		return
	}
	ctx.WriteString(user)
}

// APIController serves the API.
type APIController struct {
	web.Controller
}

func (c *APIController) BadGetString() {
	user, ok := tokens[c.GetString("token")] // want `form value "token", which may come from the URL query, is used as a credential \(looked up in tokens\)`
	if !ok {
		return
	}
	c.Ctx.WriteString(user)
}

func goodParam(ctx *context.Context) {
	ctx.WriteString(tokens[ctx.Input.Param(":token")])
}

func goodHeader(ctx *context.Context) {
	ctx.WriteString(tokens[ctx.Input.Header("X-API-Key")])
}

func goodCookie(ctx *context.Context) {
	ctx.WriteString(tokens[ctx.Input.Cookie("api_key")])
}

func goodPage(ctx *context.Context) {
	ctx.WriteString(ctx.Input.Query("page"))
}

func routes() {
	web.Get("/a", badInputQuery)
	web.CtrlGet("/b", (*APIController).BadGetString)
	web.Get("/c/:token", goodParam)
	web.Get("/d", goodHeader)
	web.Get("/e", goodCookie)
	web.Get("/f", goodPage)
}

// issueToken adds the tokens the handlers look up.
func issueToken(tok, user string) { tokens[tok] = user }
