package nethttp

import (
	"encoding/json"
	"net/http"

	"golang.org/x/crypto/bcrypt"
)

// A userRecord is a stored user record.
type userRecord struct {
	Name string
	Hash []byte
}

var records = map[string]*userRecord{}

func loadRecord(name string) *userRecord { return records[name] }

func hashPassword(pw string) []byte {
	h, _ := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost)
	return h
}

// newRecord builds a new user's record: its password is no one's yet.
func newRecord(name, pw string) *userRecord {
	return &userRecord{Name: name, Hash: hashPassword(pw)}
}

// handleUsers creates an userRecord for an admin (POST /users): the hash
// goes into a record allocated here, so no existing session can outlive
// a password change.
func handleUsers(w http.ResponseWriter, r *http.Request) {
	a := &userRecord{Name: r.FormValue("name"), Hash: hashPassword(r.FormValue("password"))}
	records[a.Name] = a
}

// handleMembers does the same through a helper that builds the record.
func handleMembers(w http.ResponseWriter, r *http.Request) {
	a := newRecord(r.FormValue("name"), r.FormValue("password"))
	records[a.Name] = a
}

// handleUser sets the password of an userRecord it loads: a change.
func handleUser(w http.ResponseWriter, r *http.Request) { // want `password change handler handleUser does not revoke`
	a := loadRecord(r.FormValue("name"))
	a.Hash = hashPassword(r.FormValue("password"))
}

// handleUserJSON decodes the record from the request before setting the
// hash: it may be an existing userRecord's, so it counts as a change.
func handleUserJSON(w http.ResponseWriter, r *http.Request) { // want `password change handler handleUserJSON does not revoke`
	var a userRecord
	if err := json.NewDecoder(r.Body).Decode(&a); err != nil {
		return
	}
	a.Hash = hashPassword(r.FormValue("password"))
	records[a.Name] = &a
}
