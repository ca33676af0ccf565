package authevents

import (
	"fmt"
	"go/token"
	"strings"

	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/frameworks"
)

// Kind classifies session and credential operations.
type Kind uint8

const (
	CredentialCheck Kind = iota + 1 // a password is verified
	SessionStore                    // a server-side session entry is added
	SessionRevoke                   // server-side sessions are ended
	SessionRenew                    // a new session ID is issued
	PasswordHash                    // a password is hashed to be stored
	RoleWrite                       // a role or permission field is written
)

var kindNames = [...]string{"", "credential check", "session store", "session revoke", "session renew", "password hash", "role write"}

func (k Kind) String() string { return kindNames[k] }

// mustHold reports whether an operation of kind k clears a finding, and
// so counts at an interface call only if every implementation makes it:
// a revocation or renewal that one implementation skips does not happen
// on every path.
func (k Kind) mustHold() bool {
	return k == SessionRevoke || k == SessionRenew
}

// An Event is a session or credential operation.
type Event struct {
	Kind Kind
	Name string // callee name, or the name of the store written
	// Key, for SessionStore, holds the origins of the entry's key; for
	// PasswordHash, of the strings hashed; for CredentialCheck, of those
	// verified against another value.
	Key authflow.Taint
	// NewRecord, for PasswordHash, says the hash only goes into a record
	// allocated here or in the callee that hashed: a new account's.
	NewRecord bool
	// Lib is the Framework.Name of the session library whose call this
	// is (scs, gin-contrib/sessions); "" for the program's own stores.
	Lib string
	Pos token.Pos // the call or store, or the call that leads to it; NoPos in a fact
}

// A Key is the key a new server-side session entry is stored under.
type Key struct {
	Name  string // the store's method or name
	Taint authflow.Taint
	Pos   token.Pos // the store, or the call that leads to it; NoPos in a fact
	// Adopted is where the session is stored after a lookup of the same
	// key found nothing, here or in a callee; NoPos otherwise, and in
	// facts.
	Adopted token.Pos
}

// Hit returns the key as a value sent to a session key.
func (k Key) Hit() authflow.SinkHit {
	return authflow.SinkHit{Output: frameworks.ToSessionKey, Name: k.Name, Taint: k.Taint, Pos: k.Pos}
}

// A Summary holds the operations of a function, here or in the
// functions it calls, in terms of its parameters.
type Summary struct {
	Events []Event
	Keys   []Key
}

// Has reports whether the summary records an event of kind k.
func (s *Summary) Has(k Kind) bool {
	return s.First(k) != nil
}

// First returns the first event of kind k, or nil.
func (s *Summary) First(k Kind) *Event {
	if s == nil {
		return nil
	}
	for i := range s.Events {
		if s.Events[i].Kind == k {
			return &s.Events[i]
		}
	}
	return nil
}

// events returns the summary's events; none for a nil summary.
func (s *Summary) events() []Event {
	if s == nil {
		return nil
	}
	return s.Events
}

func (s *Summary) empty() bool { return len(s.Events) == 0 && len(s.Keys) == 0 }

// compact merges the events and keys that differ only in their origins,
// uniting those: a caller records a callee's events at each call, and
// without merging, summaries grow with the number of paths through the
// call graph rather than with the calls.
func (s *Summary) compact() {
	type eventKey struct {
		kind  Kind
		name  string
		lib   string
		fresh bool
		pos   token.Pos
	}
	s.Events = authflow.MergeBy(s.Events, func(e *Event) (eventKey, *authflow.Taint) {
		return eventKey{e.Kind, e.Name, e.Lib, e.NewRecord, e.Pos}, &e.Key
	})
	type keyKey struct {
		name         string
		pos, adopted token.Pos
		// minted keeps a key the server minted apart from others stored
		// by the same call.
		minted bool
	}
	s.Keys = authflow.MergeBy(s.Keys, func(k *Key) (keyKey, *authflow.Taint) {
		return keyKey{k.Name, k.Pos, k.Adopted, k.Taint.Minted()}, &k.Taint
	})
}

func (s *Summary) String() string {
	var parts []string
	for _, e := range s.Events {
		parts = append(parts, e.Kind.String())
	}
	for _, k := range s.Keys {
		parts = append(parts, fmt.Sprintf("key %s<-%v", k.Name, k.Taint))
	}
	return "events(" + strings.Join(parts, ", ") + ")"
}

// exported returns a copy of s without positions, which mean nothing
// in another package's file set.
func (s *Summary) exported() *summaryFact {
	f := &summaryFact{}
	for _, e := range s.Events {
		e.Key, e.Pos = e.Key.Stripped(), token.NoPos
		f.Sum.Events = append(f.Sum.Events, e)
	}
	for _, k := range s.Keys {
		k.Taint, k.Pos, k.Adopted = k.Taint.Stripped(), token.NoPos, token.NoPos
		f.Sum.Keys = append(f.Sum.Keys, k)
	}
	f.Sum.compact() // what differed only by position is one
	return f
}

// summaryFact carries the Summary of an exported function or method.
type summaryFact struct{ Sum Summary }

func (*summaryFact) AFact() {}

func (f *summaryFact) String() string { return f.Sum.String() }

// Summary returns the summary the fact carries.
func (f *summaryFact) Summary() *Summary { return &f.Sum }
