// Package credstore proves that sessionrevoke sees a store of
// credentials behind an interface by its shape: CreateClient adds a
// record of the kind GetClientByToken finds by the token a request
// presents, so each client is a server-side credential (a web login, a
// device). A password change that deletes none of the user's clients is
// reported, also when it deletes other records of theirs; one that
// deletes the clients is not.
package credstore

import (
	"crypto/rand"
	"net/http"

	"golang.org/x/crypto/bcrypt"
)

type Client struct {
	ID     uint
	Token  string
	UserID uint
}

type User struct {
	ID   uint
	Hash []byte
}

// ClientDB is implemented in another module, over SQL.
type ClientDB interface {
	CreateClient(c *Client) error
	GetClientByToken(token string) (*Client, error)
	GetClientsByUser(userID uint) ([]*Client, error)
	DeleteClientByID(id uint) error
	DeleteMessagesByClient(id uint) error
	GetUserByID(id uint) (*User, error)
	UpdateUser(u *User) error
}

type api struct{ db ClientDB }

func userID(r *http.Request) uint { return 1 }

func (a *api) createClient(w http.ResponseWriter, r *http.Request) {
	a.db.CreateClient(&Client{Token: rand.Text(), UserID: userID(r)})
}

// setPassword sets the signed-in user's password to the one the form
// carries.
func (a *api) setPassword(r *http.Request) *User {
	u, _ := a.db.GetUserByID(userID(r))
	u.Hash, _ = bcrypt.GenerateFromPassword([]byte(r.FormValue("new_password")), bcrypt.DefaultCost)
	a.db.UpdateUser(u)
	return u
}

func (a *api) badChangePassword(w http.ResponseWriter, r *http.Request) { // want `password change handler api.badChangePassword does not revoke the user's existing sessions`
	a.setPassword(r)
}

// badChangePasswordDeletesMessages deletes records of the user's
// clients, not the clients: their tokens stay valid.
func (a *api) badChangePasswordDeletesMessages(w http.ResponseWriter, r *http.Request) { // want `password change handler api.badChangePasswordDeletesMessages does not revoke`
	u := a.setPassword(r)
	clients, _ := a.db.GetClientsByUser(u.ID)
	for _, c := range clients {
		a.db.DeleteMessagesByClient(c.ID)
	}
}

func (a *api) goodChangePassword(w http.ResponseWriter, r *http.Request) {
	u := a.setPassword(r)
	clients, _ := a.db.GetClientsByUser(u.ID)
	for _, c := range clients {
		a.db.DeleteClientByID(c.ID)
	}
}

func routes(a *api) {
	http.HandleFunc("POST /client", a.createClient)
	http.HandleFunc("POST /password", a.badChangePassword)
	http.HandleFunc("POST /password2", a.badChangePasswordDeletesMessages)
	http.HandleFunc("POST /password3", a.goodChangePassword)
}
