package frameworks

import "slices"

const (
	ginPkg     = "github.com/gin-gonic/gin"
	ginContext = "(*" + ginPkg + ".Context)"
)

// Gin is github.com/gin-gonic/gin.
var Gin = Framework{
	Name:     "gin",
	Packages: []string{ginPkg},
	Sources: slices.Concat(
		sources(ginContext, Query, 0, -1, "Query", "DefaultQuery", "GetQuery", "QueryArray", "GetQueryArray", "QueryMap", "GetQueryMap"),
		sources(ginContext, PostForm, 0, -1, "PostForm", "DefaultPostForm", "GetPostForm", "PostFormArray", "FormFile"),
		sources(ginContext, Header, 0, -1, "GetHeader"),
		sources(ginContext, Cookie, 0, -1, "Cookie"),
		sources(ginContext, Path, 0, -1, "Param"),
		sources(ginContext, Body, -1, 0, "ShouldBindJSON", "BindJSON", "ShouldBind", "Bind", "ShouldBindXML", "ShouldBindWith", "MustBindWith", "ShouldBindBodyWithJSON"),
		sources(ginContext, Query, -1, 0, "ShouldBindQuery", "BindQuery"),
		sources(ginContext, Header, -1, 0, "ShouldBindHeader", "BindHeader"),
		sources(ginContext, Path, -1, 0, "ShouldBindUri", "BindUri"),
		sources(ginContext, Body, -1, -1, "GetRawData"),
	),
	ResponseTypes: []string{ginPkg + ".ResponseWriter"},
	Sinks: []Sink{
		{Func: ginContext + ".SetCookie", Output: ToCookie, Arg: 1, NameArg: 0, Writer: -1},
		{Func: ginContext + ".Header", Output: ToHeader, Arg: 1, NameArg: 0, Writer: -1},
		{Func: ginContext + ".JSON", Output: ToJSON, Arg: 1, NameArg: -1, Writer: -1},
		{Func: ginContext + ".IndentedJSON", Output: ToJSON, Arg: 1, NameArg: -1, Writer: -1},
		{Func: ginContext + ".PureJSON", Output: ToJSON, Arg: 1, NameArg: -1, Writer: -1},
		{Func: ginContext + ".SecureJSON", Output: ToJSON, Arg: 1, NameArg: -1, Writer: -1},
		{Func: ginContext + ".AbortWithStatusJSON", Output: ToJSON, Arg: 1, NameArg: -1, Writer: -1},
		{Func: ginContext + ".XML", Output: ToJSON, Arg: 1, NameArg: -1, Writer: -1},
		{Func: ginContext + ".String", Output: ToBody, Arg: 2, NameArg: -1, Writer: -1},
		{Func: ginContext + ".Data", Output: ToBody, Arg: 2, NameArg: -1, Writer: -1},
	},
	CookieSetters: []CookieSetter{
		{Func: ginContext + ".SetCookie", Cookie: -1, Name: 0, Value: 1, MaxAge: 2, Secure: 5, HTTPOnly: 6},
		{Func: ginContext + ".SetCookieData", Cookie: 0, Name: -1, Value: -1, MaxAge: -1, Secure: -1, HTTPOnly: -1},
	},
	SameSiteSetters: []SameSiteSetter{{Func: ginContext + ".SetSameSite", Arg: 0}},
	Handlers: []HandlerSig{
		{Params: []string{"*" + ginPkg + ".Context"}},
	},
	Routes: slices.Concat(
		routes("(*"+ginPkg+".RouterGroup)", 0, 1, verbsUpper...),
		[]Route{{Func: "(*" + ginPkg + ".RouterGroup).Handle", Path: 1, Handler: 2}},
		routes("("+ginPkg+".IRoutes)", 0, 1, verbsUpper...),
	),
}
