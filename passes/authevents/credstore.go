package authevents

import (
	"go/types"
	"strings"
	"unicode"

	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/ssautil"
)

// A credential store is a type of the program's own whose records are
// found by the credential a request presents: it has a lookup method
// taking a string and returning a record (GetClientByToken). Behind an
// interface, its database shows nothing, but that shape says that adding
// a record of the kind it looks up (CreateClient) issues a credential,
// and deleting records of that kind (DeleteClientByID) ends them.

// credentialLookups returns the record types that t, or what it points
// to, looks up by a credential.
func credentialLookups(t types.Type) []types.Type {
	if _, ok := types.Unalias(ssautil.Deref(t)).(*types.Named); !ok {
		return nil
	}
	var recs []types.Type
	for sel := range types.NewMethodSet(t).Methods() {
		sig := sel.Type().(*types.Signature)
		if !frameworks.RecordByCredentialName.MatchString(sel.Obj().Name()) || sig.Params().Len() != 1 || sig.Results().Len() == 0 {
			continue
		}
		if ssautil.IsStringish(sig.Params().At(0).Type()) {
			recs = append(recs, sig.Results().At(0).Type())
		}
	}
	return recs
}

// addsCredential reports whether obj, a method called on recv, adds to
// a credential store a record of a kind the store looks up by a
// credential: CreateClient(*Client) beside GetClientByToken(string)
// (*Client, error).
func addsCredential(obj *types.Func, recv types.Type) bool {
	if !frameworks.RecordCreateName.MatchString(obj.Name()) {
		return false
	}
	recs := credentialLookups(recv)
	for p := range obj.Signature().Params().Variables() {
		for _, rec := range recs {
			if isRecord(rec) && types.Identical(p.Type(), rec) {
				return true
			}
		}
	}
	return false
}

// endsCredential reports whether obj, a method called on recv, is one
// of a credential store whose object, after the verb, is the kind of
// record the store looks up by a credential: DeleteClientByID beside
// GetClientByToken, not DeleteMessagesByApplication.
func endsCredential(obj *types.Func, recv types.Type) bool {
	name := obj.Name()
	i := strings.IndexFunc(name[1:], unicode.IsUpper) + 1
	if i == 0 {
		return false // one word: no object
	}
	for _, rec := range credentialLookups(recv) {
		n, ok := types.Unalias(ssautil.Deref(rec)).(*types.Named)
		if ok && strings.HasPrefix(name[i:], n.Obj().Name()) {
			return true
		}
	}
	return false
}

// isRecord reports whether t is a pointer to a struct: a record, not a
// bare id or flag.
func isRecord(t types.Type) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	_, ok = p.Elem().Underlying().(*types.Struct)
	return ok
}
