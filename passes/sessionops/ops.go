package sessionops

import (
	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/authevents"
	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/cookies"
	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/handlers"
)

// Ops are the session operations of one handler, its own and those of
// the functions it calls. An event is nil when the handler has none.
type Ops struct {
	Handler *handlers.Handler
	// Revokes says it ends server-side sessions, and Renews that it
	// issues a new session ID.
	Revokes, Renews bool
	// Store is the first entry it adds to a session store of the
	// program's own.
	Store *authevents.Event
	// PasswordSet is where it first hashes a password to store it.
	PasswordSet *authevents.Event
	// Incoming is where a handler that adds a store entry reads the
	// session cookie the request came with; HasIncoming says it does.
	Incoming    authflow.Label
	HasIncoming bool
	// DeletedCookie is the first cookie it expires that may carry the
	// session: one named like a credential, or one whose name is not
	// constant.
	DeletedCookie *cookies.Set
}

// opsOf describes the session operations of h.
func opsOf(h *handlers.Handler, flow *authflow.Result, sum *authevents.Summary, cks *cookies.Result) *Ops {
	ops := &Ops{
		Handler:       h,
		Revokes:       sum.Has(authevents.SessionRevoke),
		Renews:        sum.Has(authevents.SessionRenew),
		Store:         firstOwnStore(sum),
		PasswordSet:   firstValid(sum, authevents.PasswordHash),
		DeletedCookie: deletedSessionCookie(cks.SetsOf(h.Fn), &flow.Names),
	}
	if ops.Store != nil {
		ops.Incoming, ops.HasIncoming = incomingSession(h.Fn, flow)
	}
	return ops
}

// incomingSession returns where fn reads the session cookie the request
// came with, if it does.
func incomingSession(fn *ssa.Function, flow *authflow.Result) (authflow.Label, bool) {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			v, ok := instr.(ssa.Value)
			if !ok {
				continue
			}
			for _, l := range flow.Taint(fn, v).Inputs() {
				if l.Input == frameworks.Cookie && l.Pos.IsValid() && flow.Names.IsCredentialName(l.Name) {
					return l, true
				}
			}
		}
	}
	return authflow.Label{}, false
}

// firstValid returns the first event of kind k with a position here.
func firstValid(sum *authevents.Summary, k authevents.Kind) *authevents.Event {
	for i, e := range sum.Events {
		if e.Kind == k && e.Pos.IsValid() {
			return &sum.Events[i]
		}
	}
	return nil
}

// firstOwnStore returns the first entry the handler adds to a session
// store of the program's own, or nil.
func firstOwnStore(sum *authevents.Summary) *authevents.Event {
	var first *authevents.Event
	for i, e := range sum.Events {
		if e.Kind != authevents.SessionStore || e.Lib != "" || !e.Pos.IsValid() {
			continue
		}
		if first == nil || e.Pos < first.Pos {
			first = &sum.Events[i]
		}
	}
	return first
}

// deletedSessionCookie returns the first cookie the handler expires that
// may carry the session.
func deletedSessionCookie(sets []cookies.Set, names *authflow.Names) *cookies.Set {
	for i, s := range sets {
		if !s.Deleted || !s.Pos.IsValid() {
			continue
		}
		if s.Name == "" || names.IsCredentialName(s.Name) {
			return &sets[i]
		}
	}
	return nil
}
