// Package pbkdf2 is a minimal stub of golang.org/x/crypto/pbkdf2 for authvet's analysistest fixtures; signatures match golang.org/x/crypto@v0.58.0.
package pbkdf2

import "hash"

// Key derives a key from the password, salt and iteration count.
func Key(password, salt []byte, iter, keyLen int, h func() hash.Hash) []byte {
	return make([]byte, keyLen)
}
