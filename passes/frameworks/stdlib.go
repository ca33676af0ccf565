package frameworks

// Stdlib is what authvet knows of the standard library beyond net/http:
// calls that carry input through unchanged in meaning (decoding,
// trimming, formatting) and calls that mint fresh secrets.
var Stdlib = Framework{
	Name:     "stdlib",
	Packages: nil, // always present
	Accessors: []Accessor{
		{Func: "encoding/json.NewDecoder", From: 1},
		{Func: "(*encoding/json.Decoder).Decode", Into: 1},
		{Func: "encoding/json.Unmarshal", From: 1, Into: 2},
		{Func: "encoding/xml.NewDecoder", From: 1},
		{Func: "(*encoding/xml.Decoder).Decode", Into: 1},
		{Func: "io.ReadAll", From: 1},
		{Func: "net/url.ParseQuery", From: 1, Input: Query},
		{Func: "net/url.Parse", From: 1},
		// uuid.New().String() is as fresh as uuid.NewString().
		{Func: "(github.com/google/uuid.UUID).String"},
	},
	KeyedMaps: []KeyedMap{{
		Type:    "*sync.Map",
		Puts:    methods("(*sync.Map)", "Store", "LoadOrStore", "Swap"),
		Removes: methods("(*sync.Map)", "Delete", "LoadAndDelete", "Clear"),
		Reads:   methods("(*sync.Map)", "Load", "LoadOrStore", "LoadAndDelete"),
		Lookup:  "(*sync.Map).Load",
	}},
	PastTimes: []PastTime{
		{Func: "time.Unix", At: 1},
		{Func: "(time.Time).Add"},
		{Func: "(time.Time).AddDate"},
	},
}

// A KeyedMap is a map type whose methods keep entries by key: Puts add
// or replace one, Removes remove entries, Reads look one up by the key
// in their first argument, and Lookup is the read that says whether the
// key was there. A long-lived one is a session store, or a denylist of
// revoked tokens, when its name says so.
type KeyedMap struct {
	Type    string   // the methods' receiver, as types.TypeString writes it
	Puts    []string `frameworks:"func"`
	Removes []string `frameworks:"func"`
	Reads   []string `frameworks:"func"`
	Lookup  string   `frameworks:"func"`
}

// A PastTime is a call that builds a time in the past, as a cookie's
// expiry that deletes it is written: from a constant argument At
// (time.Unix(0, 0)), or, when At is none, by shifting a time by a
// constant negative amount (time.Now().Add(-time.Hour)).
type PastTime struct {
	Func string `frameworks:"func"`
	At   Arg
}

// PassthroughPackages are packages whose functions and methods return
// data derived from their arguments: a token trimmed, split, decoded or
// formatted is still the token.
var PassthroughPackages = []string{
	"strings", "bytes", "strconv", "fmt", "encoding/base64", "encoding/hex",
	"net/url", "unicode/utf8", "path", "html", "text/template", "slices",
}

// FreshSecrets are calls whose result is a newly minted secret: a value
// from one of these is never the client's. A token the server signs
// (jwtSigners) is one too: the client cannot choose it.
var FreshSecrets = append([]Fresh{
	{Func: "crypto/rand.Read", Into: 1},
	{Func: "crypto/rand.Text"},
	{Func: "io.ReadFull", Into: 2, Reader: 1},
	{Func: "github.com/google/uuid.New"},
	{Func: "github.com/google/uuid.NewString"},
	{Func: "github.com/google/uuid.NewRandom"},
	{Func: "github.com/gorilla/securecookie.GenerateRandomKey"},
}, jwtSigners...)

// A Fresh call mints a secret, returned or written into argument Into.
// When Reader is set, that argument must be crypto/rand.Reader.
type Fresh struct {
	Func   string
	Into   Arg
	Reader Arg
}

// CredentialChecks are calls that verify a password or similar secret;
// a handler that makes one is a login.
var CredentialChecks = []string{
	"golang.org/x/crypto/bcrypt.CompareHashAndPassword",
	"golang.org/x/crypto/argon2.IDKey",
	"golang.org/x/crypto/argon2.Key",
	"golang.org/x/crypto/scrypt.Key",
	"golang.org/x/crypto/pbkdf2.Key",
	"crypto/pbkdf2.Key",
}
