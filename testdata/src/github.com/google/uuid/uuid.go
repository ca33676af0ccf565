// Package uuid is a minimal stub of github.com/google/uuid for authvet's analysistest fixtures; signatures match github.com/google/uuid@v1.6.0.
package uuid

import (
	"database/sql/driver"
	"io"
)

// A UUID is a 128 bit (16 byte) Universal Unique IDentifier as defined in RFC 9562.
type UUID [16]byte

// A Version represents a UUID's version.
type Version byte

// A Variant represents a UUID's variant.
type Variant byte

// UUIDs is a slice of UUID types.
type UUIDs []UUID

var (
	Nil UUID // empty UUID, all zeros
	Max = UUID{0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF}
)

// Well known namespace IDs and UUIDs.
var (
	NameSpaceDNS  = Must(Parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8"))
	NameSpaceURL  = Must(Parse("6ba7b811-9dad-11d1-80b4-00c04fd430c8"))
	NameSpaceOID  = Must(Parse("6ba7b812-9dad-11d1-80b4-00c04fd430c8"))
	NameSpaceX500 = Must(Parse("6ba7b814-9dad-11d1-80b4-00c04fd430c8"))
)

// New creates a new random UUID or panics.
func New() UUID { return UUID{} }

// NewString creates a new random UUID and returns it as a string or panics.
func NewString() string { return New().String() }

// NewRandom returns a Random (Version 4) UUID.
func NewRandom() (UUID, error) { return UUID{}, nil }

// NewRandomFromReader returns a UUID based on bytes read from a given io.Reader.
func NewRandomFromReader(r io.Reader) (UUID, error) { return UUID{}, nil }

// NewUUID returns a Version 1 UUID.
func NewUUID() (UUID, error) { return UUID{}, nil }

// NewV6 returns a Version 6 UUID.
func NewV6() (UUID, error) { return UUID{}, nil }

// NewV7 returns a Version 7 UUID.
func NewV7() (UUID, error) { return UUID{}, nil }

// NewMD5 returns a new MD5 (Version 3) UUID.
func NewMD5(space UUID, data []byte) UUID { return UUID{} }

// NewSHA1 returns a new SHA1 (Version 5) UUID.
func NewSHA1(space UUID, data []byte) UUID { return UUID{} }

// Parse decodes s into a UUID or returns an error.
func Parse(s string) (UUID, error) { return UUID{}, nil }

// ParseBytes is like Parse, except it parses a byte slice instead of a string.
func ParseBytes(b []byte) (UUID, error) { return UUID{}, nil }

// MustParse is like Parse but panics if the string cannot be parsed.
func MustParse(s string) UUID { return UUID{} }

// FromBytes creates a new UUID from a byte slice.
func FromBytes(b []byte) (uuid UUID, err error) { return UUID{}, nil }

// Must returns uuid if err is nil and panics otherwise.
func Must(uuid UUID, err error) UUID {
	if err != nil {
		panic(err)
	}
	return uuid
}

// Validate returns an error if s is not a properly formatted UUID.
func Validate(s string) error { return nil }

// SetRand sets the random number generator to r.
func SetRand(r io.Reader) {}

func (uuid UUID) String() string                   { return "00000000-0000-0000-0000-000000000000" }
func (uuid UUID) URN() string                      { return "urn:uuid:" + uuid.String() }
func (uuid UUID) Variant() Variant                 { return 0 }
func (uuid UUID) Version() Version                 { return Version(uuid[6] >> 4) }
func (uuid UUID) MarshalText() ([]byte, error)     { return nil, nil }
func (uuid *UUID) UnmarshalText(data []byte) error { return nil }
func (uuid UUID) MarshalBinary() ([]byte, error)   { return uuid[:], nil }
func (uuid *UUID) UnmarshalBinary(data []byte) error {
	return nil
}
func (uuid *UUID) Scan(src interface{}) error  { return nil }
func (uuid UUID) Value() (driver.Value, error) { return uuid.String(), nil }
