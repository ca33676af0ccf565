// Package fields proves that tokenquery reads struct fields precisely
// through calls: a struct with one field from the query, passed by
// value or by pointer to a helper that uses another field as a
// credential, is not reported; a helper that uses the query field is,
// and so is a struct bound from the query as a whole.
package fields

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

var sessions = map[string]string{}

type options struct {
	Logger   string
	Provider string
	AppQuery string
	Key      string
}

// lookupProvider uses the Provider field alone as a credential.
func lookupProvider(o options) string { return sessions[o.Provider] }

// lookupProviderPtr is lookupProvider through a pointer.
func lookupProviderPtr(o *options) string { return sessions[o.Provider] }

// lookupKey uses the Key field as a credential.
func lookupKey(o options) string { return sessions[o.Key] }

// lookupKeyPtr is lookupKey through a pointer.
func lookupKeyPtr(o *options) string { return sessions[o.Key] }

// copied copies its argument before it reads a field.
func copied(o *options) string {
	c := *o
	return sessions[c.Provider]
}

func goodOtherFieldByValue(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte(lookupProvider(options{Logger: "l", Provider: "p", AppQuery: r.URL.RawQuery, Key: r.URL.Query().Get("q")})))
}

func goodOtherFieldByPointer(w http.ResponseWriter, r *http.Request) {
	o := &options{Provider: "p", AppQuery: r.URL.RawQuery, Key: r.URL.Query().Get("q")}
	w.Write([]byte(lookupProviderPtr(o)))
}

func goodOtherFieldCopied(w http.ResponseWriter, r *http.Request) {
	o := options{Provider: "p", AppQuery: r.URL.RawQuery, Key: r.URL.Query().Get("q")}
	w.Write([]byte(copied(&o)))
}

func badFieldByValue(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte(lookupKey(options{Logger: "l", Key: r.URL.Query().Get("k")}))) // want `query parameter "k" is used as a credential \(looked up in sessions in lookupKey\)`
}

func badFieldByPointer(w http.ResponseWriter, r *http.Request) {
	o := options{Provider: "p"}
	o.Key = r.URL.Query().Get("k2") // want `query parameter "k2" is used as a credential \(looked up in sessions in lookupKeyPtr\)`
	w.Write([]byte(lookupKeyPtr(&o)))
}

type boundQuery struct {
	Ref  string `form:"ref"`
	Page int    `form:"page"`
}

// lookupRef uses the Ref field of a bound query as a credential.
func lookupRef(q boundQuery) string { return sessions[q.Ref] }

func badBoundByValue(c *gin.Context) {
	var q boundQuery
	if err := c.ShouldBindQuery(&q); err != nil { // want `the query string is used as a credential \(looked up in sessions in lookupRef\)`
		return
	}
	c.String(http.StatusOK, "%s", lookupRef(q))
}

// login adds the sessions the handlers look up.
func login(tok, user string) { sessions[tok] = user }
