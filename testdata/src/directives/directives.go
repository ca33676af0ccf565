// Package directives proves that suppression directives that a typo makes
// ineffective, or that suppress nothing, are reported, each once, by the
// check they name (or the one closest to a misspelt name).
package directives

func mark() {}

func used() {
	//authvet:ignore tokenecho the call is audited
	mark()
}

func misspeltCheck() {
	mark() //authvet:ignore tokenehco audited // want `^suppression directive names unknown check "tokenehco"; did you mean tokenecho\?$` `^marked call$`
}

func spaceAfterSlashes() {
	mark() // authvet:ignore tokenecho audited // want `^malformed suppression directive: no space may follow //` `^marked call$`
}

func upperCase() {
	mark() //AUTHVET:ignore tokenecho audited // want `^malformed suppression directive: write //authvet:ignore in lower case$` `^marked call$`
}

func blockComment() {
	mark() /* authvet:ignore tokenecho audited */ // want `^malformed suppression directive: a block comment does not suppress` `^marked call$`
}

func misspeltDirective() {
	mark() //authvet:ignored tokenecho audited // want `^malformed suppression directive "authvet:ignored"` `^marked call$`
}

func noCheck() {
	mark() //authvet:ignore // want `^suppression directive names no check` `^marked call$`
}

func suppressesNothing() {
	x := 1 //authvet:ignore tokenecho nothing is reported here // want `^suppression directive for tokenecho suppresses nothing on this line or the next; remove it$`
	_ = x
}

func anotherChecksDirective() {
	//authvet:ignore cookieflags judged by cookieflags, which is not running
	mark() // want `^marked call$`
}

func prose() {
	// A comment that mentions //authvet:ignore in passing is no directive.
	mark() // want `^marked call$`
}
