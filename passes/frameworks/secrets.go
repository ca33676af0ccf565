package frameworks

// Secrets is how Go programs mint, hash, check and compare secrets: the
// standard library's cryptography, golang.org/x/crypto's password
// hashes, google/uuid and gorilla/securecookie's key generator.
var Secrets = Framework{
	Name:     "secrets",
	Packages: nil, // standard library and small helpers: always present
	Accessors: []Accessor{
		// uuid.New().String() is as fresh as uuid.NewString().
		{Func: "(github.com/google/uuid.UUID).String"},
	},
	FreshSecrets: []Fresh{
		{Func: "crypto/rand.Read", Into: 1},
		{Func: "crypto/rand.Text"},
		{Func: "io.ReadFull", Into: 2, Reader: 1, From: "crypto/rand.Reader"},
		{Func: "github.com/google/uuid.New"},
		{Func: "github.com/google/uuid.NewString"},
		{Func: "github.com/google/uuid.NewRandom"},
		{Func: "github.com/gorilla/securecookie.GenerateRandomKey"},
	},
	CredentialChecks: passwordHashes("golang.org/x/crypto/bcrypt.CompareHashAndPassword"),
	// Key derivation functions also verify passwords; they count as
	// hashing only outside a credential check.
	PasswordHashers: passwordHashes("golang.org/x/crypto/bcrypt.GenerateFromPassword"),
	SecretCompares: []string{
		"crypto/subtle.ConstantTimeCompare",
		"crypto/hmac.Equal",
	},
	Digests: []string{
		"(hash.Hash).Sum",
		"crypto/md5.Sum",
		"crypto/sha1.Sum",
		"crypto/sha256.Sum224",
		"crypto/sha256.Sum256",
		"crypto/sha512.Sum384",
		"crypto/sha512.Sum512",
	},
}

// passwordHashes returns bcrypt's function and the key derivation
// functions, which both hash and verify passwords.
func passwordHashes(bcrypt string) []string {
	return []string{
		bcrypt,
		"golang.org/x/crypto/argon2.IDKey",
		"golang.org/x/crypto/argon2.Key",
		"golang.org/x/crypto/scrypt.Key",
		"golang.org/x/crypto/pbkdf2.Key",
		"crypto/pbkdf2.Key",
	}
}
