package frameworks

const echoSessionPkg = "github.com/labstack/echo-contrib/session"

// EchoSession is github.com/labstack/echo-contrib/session: middleware
// that hands echo handlers gorilla/sessions sessions (session.Get), so
// stores, their Options and Session.Save are gorilla's and modelled
// there. A session's own Options field, assigned before Save, overrides
// the store's for that cookie; the model does not follow it.
var EchoSession = Framework{
	Name:     "echo-contrib/session",
	Packages: []string{echoSessionPkg},
}
