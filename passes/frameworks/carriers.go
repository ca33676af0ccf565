package frameworks

// A ValueCarrier is a call that keeps a value under a key in a carrier
// (a context.Context, a request, a framework context) or gives it back:
// a put when Value is set, a get when only Key is, a derivation (a
// request's context, a context with a deadline) when neither is.
type ValueCarrier struct {
	Func string
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

// ValueCarriers are the calls that carry values by key. A get returns
// what a put with the same key stored in the carrier or in one it was
// derived from.
var ValueCarriers = []ValueCarrier{
	{Func: "context.WithValue", From: 1, Key: 2, Value: 3, Returns: true},
	{Func: "(context.Context).Value", Key: 1},
	{Func: "context.WithCancel", From: 1, Returns: true},
	{Func: "context.WithTimeout", From: 1, Returns: true},
	{Func: "context.WithDeadline", From: 1, Returns: true},
	{Func: "context.WithoutCancel", From: 1, Returns: true},
	{Func: "(*net/http.Request).Context", Returns: true},
	{Func: "(*net/http.Request).WithContext", From: 1, Returns: true},
	{Func: "(*net/http.Request).Clone", From: 1, Returns: true},
	{Func: "(*github.com/gin-gonic/gin.Context).Set", Key: 1, Value: 2},
	{Func: "(*github.com/gin-gonic/gin.Context).Get", Key: 1},
	{Func: "(*github.com/gin-gonic/gin.Context).MustGet", Key: 1},
	{Func: "(*github.com/gin-gonic/gin.Context).GetString", Key: 1},
	{Func: "(*github.com/gin-gonic/gin.Context).Value", Key: 1},
	{Func: "(github.com/labstack/echo/v4.Context).Set", Key: 1, Value: 2},
	{Func: "(github.com/labstack/echo/v4.Context).Get", Key: 1},
}
