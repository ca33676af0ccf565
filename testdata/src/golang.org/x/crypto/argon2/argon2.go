// Package argon2 is a minimal stub of golang.org/x/crypto/argon2 for authvet's analysistest fixtures; signatures match golang.org/x/crypto@v0.58.0.
package argon2

// The Argon2 version implemented by this package.
const Version = 0x13

// Key derives a key from the password, salt, and cost parameters using Argon2i.
func Key(password, salt []byte, time, memory uint32, threads uint8, keyLen uint32) []byte {
	return make([]byte, keyLen)
}

// IDKey derives a key from the password, salt, and cost parameters using Argon2id.
func IDKey(password, salt []byte, time, memory uint32, threads uint8, keyLen uint32) []byte {
	return make([]byte, keyLen)
}
