// Package middleware is a minimal stub of github.com/go-chi/chi/v5/middleware for authvet's analysistest fixtures; signatures match github.com/go-chi/chi/v5@v5.5.0.
package middleware

import (
	"net/http"
	"time"
)

func BasicAuth(realm string, creds map[string]string) func(next http.Handler) http.Handler {
	panic("stub")
}
func SetHeader(key, value string) func(http.Handler) http.Handler             { panic("stub") }
func AllowContentType(contentTypes ...string) func(http.Handler) http.Handler { panic("stub") }
func Logger(next http.Handler) http.Handler                                   { return next }
func NoCache(h http.Handler) http.Handler                                     { return h }
func RealIP(h http.Handler) http.Handler                                      { return h }
func Recoverer(next http.Handler) http.Handler                                { return next }
func RequestID(next http.Handler) http.Handler                                { return next }
func StripSlashes(next http.Handler) http.Handler                             { return next }
func Timeout(timeout time.Duration) func(next http.Handler) http.Handler      { panic("stub") }
func WithValue(key, val any) func(next http.Handler) http.Handler             { panic("stub") }
