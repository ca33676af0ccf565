package tokenquery

import (
	"fmt"
	"go/token"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/analyzers/internal/diag"
	"github.com/authvet/authvet/passes/authevents"
	"github.com/authvet/authvet/passes/credentials"
	"github.com/authvet/authvet/passes/frameworks"
)

// flows reports query input that fn uses as a credential, in its own
// code or through the helpers it calls.
func (c *checker) flows(fn *ssa.Function) {
	if c.setsPassword(fn) {
		return // a reset's link token or second factor, redeemed once to set a new password
	}
	for _, u := range c.creds.Of(fn) {
		for _, l := range c.flow.PartTaint(fn, u.Value, u.Path).Inputs() {
			if diag.File(c.pass, l.Pos) == nil {
				continue
			}
			if q, ok := c.queryVars[l.Name]; ok && l.Input == frameworks.Path {
				// mux.Vars(r)["t"], filled from the query by Queries("t", "{t}")
				c.usedAsCredential(q.pos, fmt.Sprintf("query parameter %q, route variable %q,", q.name, l.Name), l.Name, u)
				continue
			}
			if !queryCapable(l.Input) || notCredential(l.Name) {
				continue
			}
			pos, ok := c.site[keyOf(l)]
			if !ok {
				if c.flow.Names.IsCredentialName(l.Name) && !c.binds[l.Pos] {
					continue // read by another package's helper, and reported there
				}
				pos = l.Pos
			}
			if !c.bound[pos] { // else reported as a credential name already
				c.usedAsCredential(pos, describe(l), l.Name, u)
			}
		}
	}
}

// setsPassword reports whether fn hashes a password to store it: a
// password reset or change. The values it verifies besides (an e-mailed
// link's token, a second factor's scratch code) are redeemed once to set
// the password; they authenticate no later request.
func (c *checker) setsPassword(fn *ssa.Function) bool {
	return c.evs.Of(fn).Has(authevents.PasswordHash)
}

// usedAsCredential reports the query input read at pos, described by
// what, used as a credential by u, unless it is reported already.
func (c *checker) usedAsCredential(pos token.Pos, what, name string, u credentials.Use) {
	if !c.claim(readKey{pos, name}) {
		return
	}
	start, end := c.span(pos)
	d := analysis.Diagnostic{
		Pos:      start,
		End:      end,
		Category: categoryFlow,
		Message:  fmt.Sprintf("%s is used as a credential (%s); %s", what, u, remedy),
	}
	if u.Pos.IsValid() && u.Pos != pos {
		d.Related = []analysis.RelatedInformation{{Pos: u.Pos, Message: "used as a credential here"}}
	}
	c.findings = append(c.findings, d)
}
