// Package jwtv4 proves tokenecho on golang-jwt/jwt/v4, with net/http and
// gin: a login that receives an existing JWT (an Authorization header, a
// cookie, a body field) and returns it unchanged as the session token is
// reported, also after verifying it with jwt.Parse and sending its Raw
// form; a login that signs a new token with SignedString, one that
// re-signs the claims of the client's old token, a refresh endpoint that
// returns the refresh token it was given with a new access token (refresh
// tokens are documented as not reported), a GET route and an echoed
// username are not.
package jwtv4

import (
	"encoding/json"
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v4"
	"golang.org/x/crypto/bcrypt"
)

var (
	key    = []byte("signing-key")
	hashes = map[string][]byte{}
)

func keyFunc(t *jwt.Token) (interface{}, error) { return key, nil }

func checkPassword(user, pw string) bool {
	return bcrypt.CompareHashAndPassword(hashes[user], []byte(pw)) == nil
}

// sign mints a session token for user.
func sign(user string) (string, error) {
	claims := jwt.StandardClaims{Subject: user, ExpiresAt: time.Now().Add(time.Hour).Unix()}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

func routes(r *gin.Engine) {
	r.POST("/login", badGinLoginBody)
	r.POST("/api/signin", goodGinLoginSigned)
	r.POST("/token/refresh", goodGinRefresh)
	r.GET("/token", func(c *gin.Context) {
		// shows the caller its current token; GET never logs in
		c.JSON(http.StatusOK, gin.H{"token": strings.TrimPrefix(c.GetHeader("Authorization"), "Bearer ")})
	})
}

// badLoginBearer returns the bearer token the client sent.
func badLoginBearer(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.PostFormValue("user"), r.PostFormValue("password")) {
		return
	}
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	json.NewEncoder(w).Encode(map[string]string{"access_token": raw}) // want `login handler badLoginBearer sends the client-supplied header "Authorization" back as the JSON response`
}

// badLoginVerifiedCookie verifies the client's JWT, then keeps it: a
// valid token is still the client's.
func badLoginVerifiedCookie(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.PostFormValue("user"), r.PostFormValue("password")) {
		return
	}
	c, err := r.Cookie("jwt")
	if err != nil {
		return
	}
	t, err := jwt.Parse(c.Value, keyFunc)
	if err != nil || !t.Valid {
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "jwt", Value: t.Raw, HttpOnly: true, Secure: true}) // want `login handler badLoginVerifiedCookie sends the client-supplied cookie "jwt" back as cookie "jwt"`
}

type loginBody struct {
	User     string `json:"user"`
	Password string `json:"password"`
	Token    string `json:"token"`
}

func badGinLoginBody(c *gin.Context) {
	var b loginBody
	if err := c.ShouldBindJSON(&b); err != nil || !checkPassword(b.User, b.Password) {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	c.JSON(http.StatusOK, gin.H{"token": b.Token}) // want `login handler badGinLoginBody sends the client-supplied body "token" back as the JSON response`
}

func goodLoginSigned(w http.ResponseWriter, r *http.Request) {
	user := r.PostFormValue("user")
	if !checkPassword(user, r.PostFormValue("password")) {
		return
	}
	tok, err := sign(user)
	if err != nil {
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "jwt", Value: tok, HttpOnly: true, Secure: true})
	json.NewEncoder(w).Encode(map[string]string{"user": user, "access_token": tok})
}

// goodLoginResigns keeps the claims of the client's old token but signs
// a new one.
func goodLoginResigns(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.PostFormValue("user"), r.PostFormValue("password")) {
		return
	}
	var claims jwt.MapClaims
	if _, err := jwt.ParseWithClaims(r.Header.Get("X-Old-Token"), &claims, keyFunc); err != nil {
		claims = jwt.MapClaims{}
	}
	claims["sub"] = r.PostFormValue("user")
	tok, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
	if err != nil {
		return
	}
	w.Header().Set("Authorization", "Bearer "+tok)
}

func goodGinLoginSigned(c *gin.Context) {
	var b loginBody
	if err := c.ShouldBindJSON(&b); err != nil || !checkPassword(b.User, b.Password) {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	tok, err := sign(b.User)
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.JSON(http.StatusOK, gin.H{"token": tok, "user": b.User})
}

type refreshBody struct {
	RefreshToken string `json:"refresh_token"`
}

// goodGinRefresh returns the refresh token it was given with a new
// access token: refresh tokens are not reported.
func goodGinRefresh(c *gin.Context) {
	var b refreshBody
	if err := c.ShouldBindJSON(&b); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	var claims jwt.StandardClaims
	if _, err := jwt.ParseWithClaims(b.RefreshToken, &claims, keyFunc); err != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	tok, err := sign(claims.Subject)
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.JSON(http.StatusOK, gin.H{"access_token": tok, "refresh_token": b.RefreshToken})
}
