// Package recordstore is credstore's look-alike: its store adds records
// holding a token too, but finds them only by id, never by the token a
// request presents (a webhook's signing secret sent to another
// service), so they are no credentials of this server, nothing
// server-side outlives a password, and the password change is not
// reported.
package recordstore

import (
	"crypto/rand"
	"net/http"

	"golang.org/x/crypto/bcrypt"
)

type Webhook struct {
	Secret string
	Owner  string
}

// Hooks is implemented in another module, over SQL.
type Hooks interface {
	CreateWebhook(h *Webhook) error
	GetWebhookByID(id int64) (*Webhook, error)
	SavePasswordHash(user string, hash []byte) error
}

func addWebhook(db Hooks) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		db.CreateWebhook(&Webhook{Secret: rand.Text(), Owner: r.Header.Get("X-User")})
	}
}

func goodChangePassword(db Hooks) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		hash, err := bcrypt.GenerateFromPassword([]byte(r.PostFormValue("password")), 12)
		if err == nil {
			db.SavePasswordHash(r.Header.Get("X-User"), hash)
		}
	}
}
