// Package log is a minimal stub of github.com/labstack/gommon/log for authvet's analysistest fixtures; signatures match github.com/labstack/gommon@v0.5.0.
// Only the types needed by the echo.Logger interface are provided.
package log

type (
	// Lvl is a log level.
	Lvl uint8

	// JSON is a structured log payload.
	JSON map[string]interface{}
)

const (
	DEBUG Lvl = iota + 1
	INFO
	WARN
	ERROR
	OFF
)
