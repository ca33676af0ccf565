// Package cookies defines an Analyzer that describes the cookies a
// package sets and the session cookies its session managers send.
//
// # Analyzer cookies
//
// cookies: describe the cookies a package sets and their protective attributes
//
// cookies reads authflow's dataflow and records, for every call that
// sets a cookie (a modelled setter, a helper given the cookie struct, or
// a helper that builds the cookie from its arguments), the cookie's
// name, the origins of its value and what is known of each protective
// attribute (HttpOnly, Secure, SameSite) as a typed State; for every
// session manager or store constructed, what its options, later field
// writes and whole-struct replacements give those attributes on top of
// the library's defaults; and for every options literal stored whole
// into a session's options field, what it gives them. It decides which
// cookies carry a credential and which attributes a cookie lacks, and
// records which cookies each function sets or deletes (SetsOf).
//
// Cookies built in helpers are followed through summaries of its own,
// computed callees first over the call graph components authflow gives,
// mutually recursive functions to a fixed point: the cookie structs a
// function passes on to a setter, the cookies it builds from its
// parameters and sets, those it returns for its caller to set, and the
// cookies it sets. The summaries of exported functions are facts, so
// that a helper of another package is judged where it is called, with
// the caller's arguments. Its result is complete and immutable when its
// run returns. It reports nothing.
package cookies
