package frameworks

// Stdlib is what authvet knows of the standard library beyond net/http
// and its cryptography (Secrets): calls that carry input through
// unchanged in meaning (decoding, trimming, formatting, contexts).
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
	},
	Passthrough: []string{
		"strings", "bytes", "strconv", "fmt", "encoding/base64", "encoding/hex",
		"net/url", "unicode/utf8", "path", "html", "text/template", "slices",
	},
	MarkPackages: []string{"time"},
	ValueCarriers: []ValueCarrier{
		{Func: "context.WithValue", From: 1, Key: 2, Value: 3, Returns: true},
		{Func: "(context.Context).Value", Key: 1},
		{Func: "context.WithCancel", From: 1, Returns: true},
		{Func: "context.WithTimeout", From: 1, Returns: true},
		{Func: "context.WithDeadline", From: 1, Returns: true},
		{Func: "context.WithoutCancel", From: 1, Returns: true},
	},
	Equalities: []string{"bytes.Equal", "strings.EqualFold"},
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

// A Fresh call mints a secret, returned or written into argument Into.
// When Reader is set, that argument must be the package variable From
// ("crypto/rand.Reader"): io.ReadFull mints a secret from no other.
type Fresh struct {
	Func   string `frameworks:"func"`
	Into   Arg
	Reader Arg
	From   string
}
