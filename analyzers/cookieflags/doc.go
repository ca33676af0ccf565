// Package cookieflags defines an Analyzer (work in progress).
//
// # Analyzer cookieflags
//
// cookieflags: placeholder
package cookieflags
