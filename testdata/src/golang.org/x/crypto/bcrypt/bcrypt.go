// Package bcrypt is a minimal stub of golang.org/x/crypto/bcrypt for authvet's analysistest fixtures; signatures match golang.org/x/crypto@v0.58.0.
package bcrypt

import "errors"

const (
	MinCost     int = 4  // the minimum allowable cost as passed in to GenerateFromPassword
	MaxCost     int = 31 // the maximum allowable cost as passed in to GenerateFromPassword
	DefaultCost int = 10 // the cost that will actually be set if a cost below MinCost is passed into GenerateFromPassword
)

// ErrMismatchedHashAndPassword is returned from CompareHashAndPassword when a password and hash do not match.
var ErrMismatchedHashAndPassword = errors.New("crypto/bcrypt: hashedPassword is not the hash of the given password")

// ErrHashTooShort is returned from CompareHashAndPassword when a hash is too short to be a bcrypt hash.
var ErrHashTooShort = errors.New("crypto/bcrypt: hashedSecret too short to be a bcrypted password")

// ErrPasswordTooLong is returned when the password passed to GenerateFromPassword is too long (i.e. > 72 bytes).
var ErrPasswordTooLong = errors.New("bcrypt: password length exceeds 72 bytes")

// HashVersionTooNewError is returned when a hash was created with a newer version of bcrypt.
type HashVersionTooNewError byte

func (hv HashVersionTooNewError) Error() string { return "crypto/bcrypt: version too new" }

// InvalidHashPrefixError is returned when a hash does not start with '$'.
type InvalidHashPrefixError byte

func (ih InvalidHashPrefixError) Error() string { return "crypto/bcrypt: invalid hash prefix" }

// InvalidCostError is returned when the cost is outside the allowed range.
type InvalidCostError int

func (ic InvalidCostError) Error() string { return "crypto/bcrypt: invalid cost" }

// GenerateFromPassword returns the bcrypt hash of the password at the given cost.
func GenerateFromPassword(password []byte, cost int) ([]byte, error) { return nil, nil }

// CompareHashAndPassword compares a bcrypt hashed password with its possible plaintext equivalent.
func CompareHashAndPassword(hashedPassword, password []byte) error { return nil }

// Cost returns the hashing cost used to create the given hashed password.
func Cost(hashedPassword []byte) (int, error) { return DefaultCost, nil }
