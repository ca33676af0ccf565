// Package tokenquery defines an Analyzer that reports bearer credentials
// read from the URL query string.
//
// # Analyzer tokenquery
//
// tokenquery: report bearer credentials read from the URL query string
//
// An access token, API key, session ID or JWT sent in the query string
// is written to server and proxy access logs, to the browser history and
// to the Referer header of every request the page makes: anyone who can
// read one of those can replay it (CWE-598). Credentials belong in the
// Authorization header or a cookie.
//
// tokenquery reports, in every function of the package, a value read
// from the query (net/http's URL.Query, Request.Form and FormValue, which
// also read the query; gin's Query, DefaultQuery, GetQuery and
// QueryMap; echo's QueryParam; fiber's Query; query binding with gin's
// ShouldBindQuery, echo's BindQueryParams or fiber's QueryParser) when
//
//   - its name is a credential name (token, access_token, api_key, jwt,
//     session_id, sid, auth...), or a struct bound from the query has a
//     field so named (category credential-in-query), or
//   - whatever its name, the value is used as a credential: parsed as a
//     JWT, looked up in a session or token store, loaded as a session
//     (scs's Load) or decoded as a signed cookie (securecookie), passed
//     to a lookup like ValidateToken or GetSession, or compared with a
//     stored token (==, subtle.ConstantTimeCompare, hmac.Equal), or
//     returned by a token extractor handed to middleware
//     (jwtauth.Verify), here or in a helper of the package (category
//     query-used-as-credential).
//
// It also reports authentication middleware told to read the credential
// from the query: a "query:" entry in echo-jwt's or gin-jwt's
// TokenLookup, echo's KeyAuthConfig.KeyLookup or fiber's keyauth and
// session KeyLookup (with
// a fix that drops it when a header or cookie entry remains),
// go-chi/jwtauth's TokenFromQuery, and a gorilla/mux Queries("token",
// "{token}") matcher that copies a credential-named query parameter
// into mux.Vars, or one whose route variable a handler uses as a
// credential.
//
// In a handler that answers with an event stream or a WebSocket, which
// a browser opens without headers, a credential-named value that is not
// used as a credential selects the stream and is not reported.
//
// A value compared with a hash or MAC the server computes (a signed
// URL's HMAC over its path and expiry, the digest of an upload) is a
// signature or checksum, not a credential; so are the parameters of AWS
// and GCS presigned URLs (X-Amz-Credential is a key id).
//
// OAuth and OpenID callback parameters (code, state, error), paging
// cursors (page, next_page_token, cursor), redirect targets, presence
// tests that never read the value (Query().Has, GetQuery's ok result),
// and credentials read from headers, cookies, path parameters or request
// bodies (PostFormValue, gin's PostForm) are not reported. Comparing a
// credential-named value with "" reads it: a handler that requires it
// accepts it from the URL.
//
//	func handler(w http.ResponseWriter, r *http.Request) {
//		tok := r.URL.Query().Get("access_token") // reported
//		...
//	}
//
// Read the credential from the Authorization header instead:
//
//	tok := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
package tokenquery
