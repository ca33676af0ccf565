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
		sources(ginContext, Query, 1, 0, "Query", "DefaultQuery", "GetQuery", "QueryArray", "GetQueryArray", "QueryMap", "GetQueryMap"),
		sources(ginContext, PostForm, 1, 0, "PostForm", "DefaultPostForm", "GetPostForm", "PostFormArray", "FormFile"),
		sources(ginContext, Header, 1, 0, "GetHeader"),
		sources(ginContext, Cookie, 1, 0, "Cookie"),
		sources(ginContext, Path, 1, 0, "Param"),
		sources(ginContext, Body, 0, 1, "ShouldBindJSON", "BindJSON", "ShouldBind", "Bind", "ShouldBindXML", "ShouldBindWith", "MustBindWith", "ShouldBindBodyWithJSON"),
		sources(ginContext, Query, 0, 1, "ShouldBindQuery", "BindQuery"),
		sources(ginContext, Header, 0, 1, "ShouldBindHeader", "BindHeader"),
		sources(ginContext, Path, 0, 1, "ShouldBindUri", "BindUri"),
		sources(ginContext, Body, 0, 0, "GetRawData"),
	),
	ResponseTypes: []string{ginPkg + ".ResponseWriter"},
	ValueCarriers: []ValueCarrier{
		{Func: ginContext + ".Set", Key: 1, Value: 2},
		{Func: ginContext + ".Get", Key: 1},
		{Func: ginContext + ".MustGet", Key: 1},
		{Func: ginContext + ".GetString", Key: 1},
		{Func: ginContext + ".Value", Key: 1},
	},
	Sinks: []Sink{
		{Func: ginContext + ".SetCookie", Output: ToCookie, Arg: 2, NameArg: 1},
		{Func: ginContext + ".Header", Output: ToHeader, Arg: 2, NameArg: 1},
		{Func: ginContext + ".JSON", Output: ToJSON, Arg: 2},
		{Func: ginContext + ".IndentedJSON", Output: ToJSON, Arg: 2},
		{Func: ginContext + ".PureJSON", Output: ToJSON, Arg: 2},
		{Func: ginContext + ".SecureJSON", Output: ToJSON, Arg: 2},
		{Func: ginContext + ".AbortWithStatusJSON", Output: ToJSON, Arg: 2},
		{Func: ginContext + ".XML", Output: ToJSON, Arg: 2},
		{Func: ginContext + ".String", Output: ToBody, Arg: 3},
		{Func: ginContext + ".Data", Output: ToBody, Arg: 3},
	},
	CookieSetters: []CookieSetter{
		{Func: ginContext + ".SetCookie", Name: 1, Value: 2, MaxAge: 3, Secure: 6, HTTPOnly: 7},
		{Func: ginContext + ".SetCookieData", Cookie: 1},
	},
	SameSiteSetters: []SameSiteSetter{{Func: ginContext + ".SetSameSite", Arg: 1}},
	Handlers: []HandlerSig{
		{Params: []string{"*" + ginPkg + ".Context"}},
	},
	Routes: slices.Concat(
		routes("(*"+ginPkg+".RouterGroup)", 1, 2, verbsUpper...),
		[]Route{{Func: "(*" + ginPkg + ".RouterGroup).Handle", Path: 2, Handler: 3}},
		routes("("+ginPkg+".IRoutes)", 1, 2, verbsUpper...),
	),
}
