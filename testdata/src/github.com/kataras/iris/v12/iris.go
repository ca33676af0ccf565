// Package iris is a minimal stub of github.com/kataras/iris/v12 for authvet's analysistest fixtures; only the signatures fixtures use, as in github.com/kataras/iris/v12@v12.2.11.
package iris

import (
	"net/http"

	"github.com/kataras/iris/v12/context"
	"github.com/kataras/iris/v12/core/router"
)

type (
	Context      = *context.Context
	Handler      = context.Handler
	Party        = router.Party
	CookieOption = context.CookieOption
	Map          = map[string]interface{}
)

// Application is an iris app.
type Application struct {
	*router.APIBuilder
}

func New() *Application { return &Application{APIBuilder: &router.APIBuilder{}} }

var CookieSecure = context.CookieSecure

const (
	StatusOK           = http.StatusOK
	StatusUnauthorized = http.StatusUnauthorized
)
