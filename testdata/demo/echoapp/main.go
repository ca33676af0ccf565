// Command echoapp is an echo service whose API reads its token from the
// query string.
package main

import (
	"crypto/subtle"
	"net/http"

	"github.com/labstack/echo/v4"
)

var apiToken = "from-config"

func main() {
	e := echo.New()
	e.GET("/report", func(c echo.Context) error {
		t := c.QueryParam("t")
		if subtle.ConstantTimeCompare([]byte(t), []byte(apiToken)) != 1 {
			return c.NoContent(http.StatusUnauthorized)
		}
		return c.String(http.StatusOK, "report")
	})
	e.GET("/items", func(c echo.Context) error {
		return c.JSON(http.StatusOK, map[string]string{"next_page_token": c.QueryParam("next_page_token")})
	})
	e.Start(":8081")
}
