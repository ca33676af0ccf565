package frameworks

// A ValueCarrier is a call that keeps a value under a key in a carrier
// (a context.Context, a request, a framework context) or gives it back:
// a put when Value is set, a get when only Key is, a derivation (a
// request's context, a context with a deadline) when neither is. A get
// returns what a put with the same key stored in the carrier or in one
// it was derived from.
type ValueCarrier struct {
	Func string `frameworks:"func"`
	// From is the carrier argument put into, read or derived from; none
	// for the receiver.
	From Arg
	// Key is the argument naming the entry; none for a derivation.
	Key Arg
	// Value is the argument put; none for a get or a derivation.
	Value Arg
	// Returns says the call returns a new carrier holding what From
	// holds, and the value put, rather than putting into From itself.
	Returns bool
}
