// Package signedurl proves that a query value checked against a hash or
// MAC the server computes is a signature or digest, not a credential:
// a signed URL's sig compared with hmac.Equal against an HMAC over the
// path and expiry (computed here or by a helper), a content digest
// compared with the sha256 of the upload. A value compared with a
// stored key is still used as a credential, and a credential-named one
// is still reported by its name.
package signedurl

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

var (
	signingKey = []byte("k")
	apiKey     = "configured"
)

// sign returns the HMAC of a download link: its path and expiry.
func sign(path, expires string) []byte {
	mac := hmac.New(sha256.New, signingKey)
	mac.Write([]byte(path))
	mac.Write([]byte(expires))
	return mac.Sum(nil)
}

func goodSignedURL(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	sig, _ := base64.URLEncoding.DecodeString(q.Get("sig"))
	expires := q.Get("expires")
	if !hmac.Equal(sig, sign(r.URL.Path, expires)) {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	if t, err := strconv.ParseInt(expires, 10, 64); err != nil || time.Unix(t, 0).Before(time.Now()) {
		http.Error(w, "expired", http.StatusUnauthorized)
	}
}

func goodSignedURLInline(w http.ResponseWriter, r *http.Request) {
	mac := hmac.New(sha256.New, signingKey)
	mac.Write([]byte(r.URL.Path))
	want := hex.EncodeToString(mac.Sum(nil))
	if r.URL.Query().Get("s") != want {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
	}
}

func goodContentDigest(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	sum := sha256.Sum256(body)
	if r.FormValue("digest") != "sha256:"+hex.EncodeToString(sum[:]) {
		http.Error(w, "digest mismatch", http.StatusBadRequest)
	}
}

func badStoredKey(w http.ResponseWriter, r *http.Request) {
	k := r.URL.Query().Get("k") // want `query parameter "k" is used as a credential \(compared with a stored secret by hmac.Equal\)`
	if !hmac.Equal([]byte(k), []byte(apiKey)) {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
	}
}

func badSignedTokenName(w http.ResponseWriter, r *http.Request) {
	tok, _ := base64.URLEncoding.DecodeString(r.URL.Query().Get("token")) // want `access token "token" is read from the URL query`
	if !hmac.Equal(tok, sign("user", "")) {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
	}
}

func goodGinSignedURL(c *gin.Context) {
	sig, _ := hex.DecodeString(c.Query("sig"))
	if !hmac.Equal(sig, sign(c.Request.URL.Path, c.Query("expires"))) {
		c.AbortWithStatus(http.StatusUnauthorized)
	}
}

func badGinStoredKey(c *gin.Context) {
	if !hmac.Equal([]byte(c.Query("sig")), signingKey) { // want `query parameter "sig" is used as a credential \(compared with a stored secret by hmac.Equal\)`
		c.AbortWithStatus(http.StatusUnauthorized)
	}
}

func goodEchoSignedURL(c echo.Context) error {
	sig, _ := base64.RawURLEncoding.DecodeString(c.QueryParam("signature"))
	if !hmac.Equal(sig, sign(c.Request().URL.Path, c.QueryParam("expires"))) {
		return c.NoContent(http.StatusUnauthorized)
	}
	return nil
}

func badEchoStoredKey(c echo.Context) error {
	if c.QueryParam("x") != apiKey { // want `query parameter "x" is used as a credential \(compared with apiKey\)`
		return c.NoContent(http.StatusUnauthorized)
	}
	return nil
}

// goodPresignedS3 reads a SigV4 presigned URL: the credential parameter
// is an access key id and scope, verified by the signature.
func goodPresignedS3(w http.ResponseWriter, r *http.Request) string {
	q := r.URL.Query()
	if q.Get("X-Amz-Signature") == "" {
		return ""
	}
	return q.Get("X-Amz-Algorithm") + " Credential=" + q.Get("X-Amz-Credential") + ", Signature=" + q.Get("X-Amz-Signature")
}

func badAmzLookalike(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte(r.URL.Query().Get("amz_credential"))) // want `secret "amz_credential" is read from the URL query`
}
