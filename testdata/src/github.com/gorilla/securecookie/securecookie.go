// Package securecookie is a minimal stub of github.com/gorilla/securecookie for authvet's analysistest fixtures; signatures match github.com/gorilla/securecookie@v1.1.2.
package securecookie

import (
	"crypto/cipher"
	"hash"
)

// Codec defines an interface to encode and decode cookie values.
type Codec interface {
	Encode(name string, value interface{}) (string, error)
	Decode(name, value string, dst interface{}) error
}

// Serializer provides an interface for providing custom serializers for cookie values.
type Serializer interface {
	Serialize(src interface{}) ([]byte, error)
	Deserialize(src []byte, dst interface{}) error
}

// SecureCookie encodes and decodes authenticated and optionally encrypted cookie values.
type SecureCookie struct {
	hashKey  []byte
	blockKey []byte
}

// New returns a new SecureCookie.
func New(hashKey, blockKey []byte) *SecureCookie {
	return &SecureCookie{hashKey: hashKey, blockKey: blockKey}
}

func (s *SecureCookie) MaxLength(value int) *SecureCookie                            { return s }
func (s *SecureCookie) MaxAge(value int) *SecureCookie                               { return s }
func (s *SecureCookie) MinAge(value int) *SecureCookie                               { return s }
func (s *SecureCookie) HashFunc(f func() hash.Hash) *SecureCookie                    { return s }
func (s *SecureCookie) BlockFunc(f func([]byte) (cipher.Block, error)) *SecureCookie { return s }
func (s *SecureCookie) SetSerializer(sz Serializer) *SecureCookie                    { return s }
func (s *SecureCookie) Encode(name string, value interface{}) (string, error)        { return "", nil }
func (s *SecureCookie) Decode(name, value string, dst interface{}) error             { return nil }

// GenerateRandomKey creates a random key with the given length in bytes.
func GenerateRandomKey(length int) []byte { return make([]byte, length) }

// CodecsFromPairs returns a slice of SecureCookie instances.
func CodecsFromPairs(keyPairs ...[]byte) []Codec { return nil }

// EncodeMulti encodes a cookie value using a group of codecs.
func EncodeMulti(name string, value interface{}, codecs ...Codec) (string, error) { return "", nil }

// DecodeMulti decodes a cookie value using a group of codecs.
func DecodeMulti(name string, value string, dst interface{}, codecs ...Codec) error { return nil }
