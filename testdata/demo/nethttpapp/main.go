// Command nethttpapp is a small net/http service with the session
// mistakes authvet finds, next to handlers that get them right.
package main

import (
	"encoding/json"
	"net/http"

	"example.com/demo/auth"
)

var store = &auth.Sessions{}

type credentials struct {
	User     string `json:"user"`
	Password string `json:"password"`
}

// login reuses the session cookie the browser sent: session fixation.
func login(w http.ResponseWriter, r *http.Request) {
	var c credentials
	if err := json.NewDecoder(r.Body).Decode(&c); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	u, ok := auth.CheckPassword(c.User, c.Password)
	if !ok {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	sid := auth.NewToken()
	if old, err := r.Cookie("sid"); err == nil {
		sid = old.Value
	}
	store.Create(sid, u.ID)
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, Path: "/"})
}

// loginSafe issues a fresh token, revokes older sessions and sets a
// locked-down cookie.
func loginSafe(w http.ResponseWriter, r *http.Request) {
	var c credentials
	if err := json.NewDecoder(r.Body).Decode(&c); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	u, ok := auth.CheckPassword(c.User, c.Password)
	if !ok {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	store.RevokeUser(u.ID)
	sid := auth.NewToken()
	store.Create(sid, u.ID)
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

// setTheme stores a display preference; it needs no cookie hardening.
func setTheme(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "theme", Value: r.URL.Query().Get("theme")})
}

// export accepts an API key in the URL.
func export(w http.ResponseWriter, r *http.Request) {
	key := r.URL.Query().Get("api_key")
	if key == "" {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	w.Write([]byte("ok"))
}

// callback is an OAuth redirect target; code and state belong in the URL.
func callback(w http.ResponseWriter, r *http.Request) {
	code, state := r.URL.Query().Get("code"), r.URL.Query().Get("state")
	_, _ = code, state
}

func main() {
	http.HandleFunc("/login", login)
	http.HandleFunc("/v2/login", loginSafe)
	http.HandleFunc("/theme", setTheme)
	http.HandleFunc("/export", export)
	http.HandleFunc("/oauth/callback", callback)
	http.HandleFunc("POST /password", changePassword)
	http.HandleFunc("POST /v2/password", changePasswordSafe)
	http.ListenAndServe(":8080", nil)
}

// changePassword sets a new password but leaves the user's other
// sessions valid: a stolen session survives it.
func changePassword(w http.ResponseWriter, r *http.Request) {
	var c credentials
	if err := json.NewDecoder(r.Body).Decode(&c); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if err := auth.SetPassword(c.User, c.Password); err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
	}
}

// changePasswordSafe ends every session of the user after setting the
// new password.
func changePasswordSafe(w http.ResponseWriter, r *http.Request) {
	var c credentials
	if err := json.NewDecoder(r.Body).Decode(&c); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if err := auth.SetPassword(c.User, c.Password); err == nil {
		store.RevokeUser(c.User)
	}
}
