// Package builders proves that the cookies pass summarizes the helpers
// that set or build cookies, and exports the summaries as facts: a
// cookie built from parameters, a cookie struct passed on to the setter,
// a constructor that returns a cookie, a deletion, and a pair of
// mutually recursive helpers solved together.
package builders

import "net/http"

func SetSession(w http.ResponseWriter, tok string) { // want SetSession:`cookies\(cookie\(Name="session" Value=\[param1\]\), sets "session"\)`
	http.SetCookie(w, &http.Cookie{Name: "session", Value: tok})
}

// SetCookie builds its cookie from its parameters: the name and flags it
// gives are recorded for its callers to judge.
func SetCookie(w http.ResponseWriter, name, value string) { // want SetCookie:`cookies\(cookie\(Name=param1 Value=\[param2\] HttpOnly=true Secure=false\), sets ""\)`
	http.SetCookie(w, &http.Cookie{Name: name, Value: value, HttpOnly: true, Secure: false})
}

// Send sets the cookie its caller builds.
func Send(w http.ResponseWriter, c *http.Cookie) { // want Send:`cookies\(param1->net/http.SetCookie, sets ""\)`
	http.SetCookie(w, c)
}

// NewCookie returns a cookie for its caller to set.
func NewCookie(name, value string) *http.Cookie { // want NewCookie:`cookies\(result0=cookie\(Name=param0 Value=\[param1\] HttpOnly=true\)\)`
	return &http.Cookie{Name: name, Value: value, HttpOnly: true}
}

// Clear builds nothing from its parameters: only the deletion is
// recorded.
func Clear(w http.ResponseWriter) { // want Clear:`cookies\(deletes "session"\)`
	http.SetCookie(w, &http.Cookie{Name: "session", MaxAge: -1})
}

// Retry and RetryLater are mutually recursive: Retry sets the cookie
// through RetryLater, whichever is summarized first.
func Retry(w http.ResponseWriter, v string, n int) { // want Retry:`cookies\(cookie\(Name="ring" Value=\[param1\]\), sets "ring"\)`
	RetryLater(w, v, n-1)
}

func RetryLater(w http.ResponseWriter, v string, n int) { // want RetryLater:`cookies\(cookie\(Name="ring" Value=\[param1\]\), sets "ring"\)`
	if n == 0 {
		http.SetCookie(w, &http.Cookie{Name: "ring", Value: v})
		return
	}
	Retry(w, v, n)
}
