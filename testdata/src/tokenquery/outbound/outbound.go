// Package outbound proves that tokenquery reads only the requests a
// program serves: the query of a request it builds (http.NewRequest) or
// its client hands a CheckRedirect func is the program's own and not
// reported; the query of a request a handler serves is.
package outbound

import "net/http"

type keys interface {
	FindUserByAPIKey(key string) string
}

type client struct{ keys keys }

func (c *client) goodOutbound(url string) error {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	c.keys.FindUserByAPIKey(req.URL.Query().Get("api_key"))
	return nil
}

func (c *client) goodRedirect(hc *http.Client) {
	hc.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		c.keys.FindUserByAPIKey(req.URL.Query().Get("api_key"))
		return nil
	}
}

func (c *client) badServed(w http.ResponseWriter, r *http.Request) {
	c.keys.FindUserByAPIKey(r.URL.Query().Get("api_key")) // want `API key "api_key" is read from the URL query`
}
