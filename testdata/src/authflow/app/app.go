// Package app proves that summaries imported as facts are applied at call
// sites: the handler's own summary shows the helper's cookie sink carrying
// the header input, and the password check as an event.
package app

import (
	"net/http"

	"authflow/helpers"
)

func Login(w http.ResponseWriter, r *http.Request) { // want Login:`summary\(cookie<-\[header "Authorization"\]\)`
	if !helpers.CheckPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	helpers.SetSession(w, helpers.Normalize(helpers.BearerToken(r)))
}
