package auth

import "crypto/subtle"

var apiToken = "configured"

// Verify compares the key it is given with the configured API token:
// its parameter is used as a credential, which a fact tells callers in
// other packages.
func Verify(key string) bool {
	return subtle.ConstantTimeCompare([]byte(key), []byte(apiToken)) == 1
}

// Label names the key it is given for display: no credential use.
func Label(key string) string {
	return "key " + key
}
