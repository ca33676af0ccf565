package cookies

import (
	"go/constant"
	"strings"

	"github.com/authvet/authvet/passes/authmodel"
	"github.com/authvet/authvet/passes/frameworks"
)

// An Attribute is a protective cookie attribute.
type Attribute uint8

const (
	HTTPOnly Attribute = iota
	Secure
	SameSite
	numAttributes
)

// attributes lists the protective attributes in the order messages name
// them.
var attributes = [numAttributes]Attribute{HTTPOnly, Secure, SameSite}

// String returns the attribute's name as RFC 6265 spells it.
func (a Attribute) String() string { return roleOf(a).String() }

// Field returns the name of the field of ct that holds a, or "".
func (a Attribute) Field(ct *frameworks.CookieType) string { return roleOf(a).field(ct) }

// A State is what is known of one protective attribute.
type State uint8

const (
	Unset   State = iota // nothing is given: the library's default applies
	Default              // the zero value is given: the library's default applies
	On                   // constant true; for SameSite, a mode (Attr.Mode)
	Off                  // constant false; for SameSite, a value that is no mode
	Unknown              // a value that is not known statically
)

func (s State) String() string {
	return [...]string{"unset", "default", "on", "off", "unknown"}[s]
}

// An Attr is what is known of one protective attribute.
type Attr struct {
	State State
	// Mode is the SameSite mode given, when State is On: "lax",
	// "strict" or "none".
	Mode string
	// Never names, as in a message ("options.Secure"), the
	// configuration field that nothing sets to true, which an attribute
	// Off only because of it is read from.
	Never string
}

func (a Attr) String() string {
	switch {
	case a.Mode != "":
		return a.Mode
	case a.Never != "":
		return "off(" + a.Never + ")"
	}
	return a.State.String()
}

// String lists the attributes as HttpOnly=on Secure=unset SameSite=lax.
func (a *Attrs) String() string {
	var parts []string
	for _, at := range attributes {
		parts = append(parts, at.String()+"="+a.Of[at].String())
	}
	return strings.Join(parts, " ")
}

// Attrs are the protective attributes of a cookie, with the library's
// defaults for those left unset.
type Attrs struct {
	Of       [numAttributes]Attr
	Defaults frameworks.Defaults
}

// Missing returns the attributes that a leaves off: set to false or to
// no mode, or left unset when the library's default is off. A value
// that is not known statically is trusted, and SameSite=None is fine
// (without Secure, the finding is the missing Secure).
func (a *Attrs) Missing() []Attribute {
	var out []Attribute
	for _, at := range attributes {
		if a.lacks(at) {
			out = append(out, at)
		}
	}
	return out
}

// lacks reports whether the attribute at is off.
func (a *Attrs) lacks(at Attribute) bool {
	switch a.Of[at].State {
	case Unset, Default:
		switch at {
		case HTTPOnly:
			return !a.Defaults.HTTPOnly
		case Secure:
			return !a.Defaults.Secure
		}
		return a.Defaults.SameSite == ""
	case Off:
		return true
	}
	return false
}

// attrsOf classifies what is known of the protective attributes of a
// cookie of type ct (nil for a positional setter).
func attrsOf(model *authmodel.Model, ct *frameworks.CookieType, flags attrValues, def frameworks.Defaults) Attrs {
	return Attrs{Of: [numAttributes]Attr{
		HTTPOnly: boolAttr(flags[roleHTTPOnly]),
		Secure:   boolAttr(flags[roleSecure]),
		SameSite: sameSiteAttr(model, ct, flags[roleSameSite]),
	}, Defaults: def}
}

// boolAttr classifies a boolean attribute; a constant true anywhere
// wins, as knownStored merges stores.
func boolAttr(fl attrValue) Attr {
	if !fl.Set {
		return Attr{State: Unset}
	}
	switch v, known := fl.Bool(); {
	case !known:
		return Attr{State: Unknown}
	case v:
		return Attr{State: On}
	}
	return Attr{State: Off}
}

// sameSiteAttr classifies a SameSite attribute by the mode it names.
func sameSiteAttr(model *authmodel.Model, ct *frameworks.CookieType, fl attrValue) Attr {
	switch {
	case fl.Any:
		return Attr{State: Unknown}
	case !fl.Set:
		return Attr{State: Unset}
	case fl.Const == nil || isZero(fl.Const):
		return Attr{State: Default}
	}
	if mode := sameSiteMode(model, ct, fl.Const); mode != "" {
		return Attr{State: On, Mode: mode}
	}
	return Attr{State: Off}
}

// sameSiteMode names the mode v is, of cookie type ct, or "". A
// positional setter (gin's SetSameSite) takes a mode of one of the
// cookie types the package can see.
func sameSiteMode(model *authmodel.Model, ct *frameworks.CookieType, v constant.Value) string {
	if ct != nil {
		return model.SameSiteMode(ct, v)
	}
	for _, fw := range model.Frameworks {
		for i := range fw.CookieTypes {
			if mode := model.SameSiteMode(&fw.CookieTypes[i], v); mode != "" {
				return mode
			}
		}
	}
	return ""
}

// isZero reports whether v is the zero value of its kind.
func isZero(v constant.Value) bool {
	switch v.Kind() {
	case constant.Int:
		return constant.Sign(v) == 0
	case constant.String:
		return constant.StringVal(v) == ""
	}
	return false
}
