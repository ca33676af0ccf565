// Package gclplugin makes authvet a golangci-lint v2 module plugin.
//
// Build a golangci-lint that includes it with "golangci-lint custom" and
// a .custom-gcl.yml naming this package (see docs/golangci.md), then
// enable the "authvet" linter as in .golangci-plugin.yml:
//
//	linters:
//	  enable: [authvet]
//	  settings:
//	    custom:
//	      authvet:
//	        type: module
//	        settings:
//	          disable: [tokenquery]
//
// The settings mean what the standalone flags do: disabling a check here
// is -tokenquery=false on the command line.
package gclplugin

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/authvet/authvet/analyzers"
	"github.com/authvet/authvet/analyzers/sessionrevoke"
	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/handlers"
)

func init() {
	register.Plugin("authvet", New)
}

// Settings are the plugin's settings in .golangci.yml.
type Settings struct {
	// Disable lists checks not to run, by name.
	Disable []string `json:"disable"`
	// SingleSession is -sessionrevoke.single-session: report logins that
	// keep the user's other sessions.
	SingleSession bool `json:"single-session"`
	// CredentialNames are -authflow.credential-names: request inputs,
	// variables and fields that hold a session token or credential.
	CredentialNames []string `json:"credential-names"`
	// RevokeMethods are -authflow.revoke-methods: calls that revoke sessions.
	RevokeMethods []string `json:"revoke-methods"`
	// StoreMethods are -authflow.store-methods: calls that store a session.
	StoreMethods []string `json:"store-methods"`
	// RandomFuncs are -authflow.random-funcs: calls that return a
	// freshly generated secret.
	RandomFuncs []string `json:"random-funcs"`
	// CompareFuncs are -authflow.compare-funcs: calls that compare a
	// value with a stored secret.
	CompareFuncs []string `json:"compare-funcs"`
	// LoginPaths are -handlers.login-paths: route paths of logins.
	LoginPaths []string `json:"login-paths"`
	// LoginNames are -handlers.login-names: login handlers by name.
	LoginNames []string `json:"login-names"`
}

// A nameSetting is a list of names that sets a flag of a pass.
type nameSetting struct {
	name  string // the setting's and the flag's name
	names []string
	pass  *analysis.Analyzer
}

// nameSettings returns the settings that add names, with the passes
// whose flags they set.
func (s *Settings) nameSettings() []nameSetting {
	return []nameSetting{
		{"credential-names", s.CredentialNames, authflow.Analyzer},
		{"revoke-methods", s.RevokeMethods, authflow.Analyzer},
		{"store-methods", s.StoreMethods, authflow.Analyzer},
		{"random-funcs", s.RandomFuncs, authflow.Analyzer},
		{"compare-funcs", s.CompareFuncs, authflow.Analyzer},
		{"login-paths", s.LoginPaths, handlers.Analyzer},
		{"login-names", s.LoginNames, handlers.Analyzer},
	}
}

// check returns an error naming the setting and the first of its names
// that the flag would not accept.
func (ns nameSetting) check() error {
	kind := ns.pass.Flags.Lookup(ns.name).Value.(*frameworks.Names).Kind
	for _, n := range ns.names {
		if err := kind.Check(n); err != nil {
			return fmt.Errorf("authvet settings: %s: %w", ns.name, err)
		}
	}
	return nil
}

// Plugin is the authvet linter for golangci-lint.
type Plugin struct {
	analyzers []*analysis.Analyzer
	settings  Settings
}

// New validates the settings and selects the checks they leave enabled.
func New(raw any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](raw)
	if err != nil {
		return nil, fmt.Errorf("authvet settings: %w (the settings are \"disable\", a list of checks; \"single-session\", true or false; and the lists of names \"credential-names\", \"revoke-methods\", \"store-methods\", \"random-funcs\", \"compare-funcs\", \"login-paths\" and \"login-names\")", err)
	}
	all := analyzers.All()
	var names []string
	for _, a := range all {
		names = append(names, a.Name)
	}
	for _, d := range s.Disable {
		if !slices.Contains(names, d) {
			return nil, fmt.Errorf("authvet settings: disable: unknown check %q; the checks are %s", d, strings.Join(names, ", "))
		}
	}
	for _, ns := range s.nameSettings() {
		if err := ns.check(); err != nil {
			return nil, err
		}
	}
	p := &Plugin{settings: s}
	for _, a := range all {
		if !slices.Contains(s.Disable, a.Name) {
			p.analyzers = append(p.analyzers, a)
		}
	}
	return p, nil
}

// BuildAnalyzers applies the settings to the checks' flags and returns
// the enabled checks.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	if err := sessionrevoke.Analyzer.Flags.Set("single-session", strconv.FormatBool(p.settings.SingleSession)); err != nil {
		return nil, fmt.Errorf("authvet settings: single-session: %w", err)
	}
	for _, ns := range p.settings.nameSettings() {
		if err := ns.pass.Flags.Set(ns.name, strings.Join(ns.names, ",")); err != nil {
			return nil, fmt.Errorf("authvet settings: %s: %w", ns.name, err)
		}
	}
	return p.analyzers, nil
}

// GetLoadMode asks for type information: authvet builds SSA from it.
func (p *Plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}
