// Package web is a minimal stub of github.com/beego/beego/v2/server/web for authvet's analysistest fixtures; only the signatures fixtures use, as in github.com/beego/beego/v2@v2.3.8.
package web

import (
	"github.com/beego/beego/v2/server/web/context"
	"github.com/beego/beego/v2/server/web/session"
)

// HandleFunc is a functional handler.
type HandleFunc func(ctx *context.Context)

// ControllerInterface is what web.Router dispatches to.
type ControllerInterface interface {
	Get()
	Post()
}

// Controller is embedded by an app's controllers.
type Controller struct {
	Ctx        *context.Context
	Data       map[interface{}]interface{}
	CruSession session.Store
}

func (c *Controller) Get()                                                 {}
func (c *Controller) Post()                                                {}
func (c *Controller) GetString(key string, def ...string) string           { return "" }
func (c *Controller) BindJSON(obj interface{}) error                       { return nil }
func (c *Controller) ServeJSON(encoding ...bool) error                     { return nil }
func (c *Controller) StartSession() session.Store                          { return c.CruSession }
func (c *Controller) SetSession(name interface{}, value interface{}) error { return nil }
func (c *Controller) GetSession(name interface{}) interface{}              { return nil }
func (c *Controller) DelSession(name interface{}) error                    { return nil }
func (c *Controller) SessionRegenerateID() error                           { return nil }
func (c *Controller) DestroySession() error                                { return nil }
func (c *Controller) Redirect(url string, code int)                        {}

// HttpServer is the app's server.
type HttpServer struct{}

// GlobalSessions is the app's session manager.
var GlobalSessions *session.Manager

func Router(rootpath string, c ControllerInterface, mappingMethods ...string) *HttpServer {
	return nil
}
func Get(rootpath string, f HandleFunc) *HttpServer  { return nil }
func Post(rootpath string, f HandleFunc) *HttpServer { return nil }
func Any(rootpath string, f HandleFunc) *HttpServer  { return nil }
func CtrlGet(rootpath string, f interface{})         {}
func CtrlPost(rootpath string, f interface{})        {}
func Run(params ...string)                           {}
