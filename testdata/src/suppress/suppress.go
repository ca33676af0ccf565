// Package suppress proves //authvet:ignore: a directive naming the check
// (or all) with a reason, on the line or the line above, suppresses; one
// without a reason, naming another check, or further away does not.
package suppress

func mark() {}

func reported() {
	mark() // want `^marked call$`
}

func ignoredSameLine() {
	mark() //authvet:ignore marker the call is audited
}

func ignoredLineAbove() {
	//authvet:ignore marker,tokenecho audited in review 42
	mark()
}

func ignoredAll() {
	//authvet:ignore all generated code
	mark()
}

func noReason() {
	//authvet:ignore marker
	mark() // want `marked call; //authvet:ignore needs a reason to take effect`
}

func otherCheck() {
	//authvet:ignore cookieflags not this one
	mark() // want `^marked call$`
}

func tooFar() {
	//authvet:ignore marker two lines up does not count

	mark() // want `^marked call$`
}

func notADirective() {
	//authvet:ignored marker a different word
	mark() // want `^marked call$`
}
