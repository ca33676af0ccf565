// Package context is a minimal stub of github.com/beego/beego/v2/server/web/context for authvet's analysistest fixtures; only the signatures fixtures use, as in github.com/beego/beego/v2@v2.3.8.
package context

import "net/http"

// Context is the request context of a beego handler.
type Context struct {
	Input          *BeegoInput
	Output         *BeegoOutput
	Request        *http.Request
	ResponseWriter *Response
}

func (ctx *Context) GetCookie(key string) string                                { return "" }
func (ctx *Context) SetCookie(name string, value string, others ...interface{}) {}
func (ctx *Context) WriteString(content string)                                 {}
func (ctx *Context) JSONResp(data interface{}) error                            { return nil }
func (ctx *Context) Redirect(status int, localurl string)                       {}

// Response wraps the http.ResponseWriter.
type Response struct {
	http.ResponseWriter
}

// BeegoInput reads the request.
type BeegoInput struct {
	Context *Context
}

func (input *BeegoInput) Query(key string) string  { return "" }
func (input *BeegoInput) Param(key string) string  { return "" }
func (input *BeegoInput) Header(key string) string { return "" }
func (input *BeegoInput) Cookie(key string) string { return "" }

// BeegoOutput writes the response.
type BeegoOutput struct {
	Context *Context
}

func (output *BeegoOutput) Header(key, val string)                                  {}
func (output *BeegoOutput) Body(content []byte) error                               { return nil }
func (output *BeegoOutput) Cookie(name string, value string, others ...interface{}) {}
func (output *BeegoOutput) JSON(data interface{}, hasIndent bool, encoding bool) error {
	return nil
}
