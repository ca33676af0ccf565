// Package moves proves that sessionrevoke judges a revocation reached
// through an interface by what the program's implementations do, and
// follows a method value to the method: a password change through an
// interface whose only implementation ends the user's sessions, or
// through a method value of it, is not reported; one through an
// interface that one of two implementations does not end them with is.
package moves

import (
	"net/http"
	"sync"

	"github.com/gin-gonic/gin"
	"golang.org/x/crypto/bcrypt"
)

// Sessions is implemented by memSessions alone. Forget says nothing of
// sessions by its name: only its body shows that it ends them.
type Sessions interface {
	Forget(user string)
}

type memSessions struct {
	mu       sync.Mutex
	sessions map[string][]string // user -> session IDs
}

func (m *memSessions) Forget(user string) {
	m.mu.Lock()
	delete(m.sessions, user)
	m.mu.Unlock()
}

// Accounts is implemented by memAccounts, which ends the user's
// sessions, and by auditAccounts, which does not.
type Accounts interface {
	Retire(user string)
}

type memAccounts struct{ sessions map[string]string }

func (m *memAccounts) Retire(user string) {
	for id, u := range m.sessions {
		if u == user {
			delete(m.sessions, id)
		}
	}
}

type auditAccounts struct{ log []string }

func (a *auditAccounts) Retire(user string) { a.log = append(a.log, user) }

type Users interface {
	UpdatePasswordHash(user string, hash []byte) error
}

type server struct {
	sessions Sessions
	mem      *memSessions
	accounts Accounts
	users    Users
}

func (s *server) setPassword(user, pw string) {
	h, _ := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost)
	s.users.UpdatePasswordHash(user, h)
}

func (s *server) goodChangePasswordInterface(w http.ResponseWriter, r *http.Request) {
	s.setPassword(r.FormValue("user"), r.FormValue("new_password"))
	s.sessions.Forget(r.FormValue("user"))
}

func (s *server) goodChangePasswordMethodValue(w http.ResponseWriter, r *http.Request) {
	s.setPassword(r.FormValue("user"), r.FormValue("new_password"))
	forget := s.mem.Forget
	forget(r.FormValue("user"))
}

func (s *server) badChangePasswordSomeImpls(w http.ResponseWriter, r *http.Request) { // want `password change handler server.badChangePasswordSomeImpls does not revoke the user's existing sessions`
	s.setPassword(r.FormValue("user"), r.FormValue("new_password"))
	s.accounts.Retire(r.FormValue("user"))
}

func (s *server) goodGinChangePassword(c *gin.Context) {
	s.setPassword(c.PostForm("user"), c.PostForm("new_password"))
	s.sessions.Forget(c.PostForm("user"))
}

func (s *server) badGinChangePassword(c *gin.Context) { // want `password change handler server.badGinChangePassword does not revoke the user's existing sessions`
	s.setPassword(c.PostForm("user"), c.PostForm("new_password"))
	s.accounts.Retire(c.PostForm("user"))
}
