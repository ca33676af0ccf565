// Package credentials defines an Analyzer that describes the values each
// function uses as credentials.
//
// # Analyzer credentials
//
// credentials: describe the values each function uses as credentials
//
// credentials reads authflow's dataflow and records, for every function
// of the package, the values it uses as credentials: tokens it parses as
// JWTs, keys it looks sessions up by, values it compares with a stored
// secret, arguments of calls that take a credential (a modelled
// verifier, a lookup named for one), the token a function handed to
// middleware as a token extractor returns, and the arguments of helpers
// that do one of these. Helpers of other packages count through a fact
// that says which of their parameters they use as credentials. A value
// compared with a digest the server computes (a signed URL's HMAC) is a
// signature check, not a credential use. Its result is complete and
// immutable when its run returns. It reports nothing.
package credentials
