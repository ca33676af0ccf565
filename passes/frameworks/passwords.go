package frameworks

// PasswordHashers are calls that hash a password to store it: a handler
// that makes one sets a password, unlike a "forgot password" handler
// that only mails a reset link. Key derivation functions also verify
// passwords; they count as hashing only outside a credential check.
var PasswordHashers = []string{
	"golang.org/x/crypto/bcrypt.GenerateFromPassword",
	"golang.org/x/crypto/argon2.IDKey",
	"golang.org/x/crypto/argon2.Key",
	"golang.org/x/crypto/scrypt.Key",
	"golang.org/x/crypto/pbkdf2.Key",
	"crypto/pbkdf2.Key",
}
