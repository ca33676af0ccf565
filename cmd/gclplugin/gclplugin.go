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
		return nil, fmt.Errorf("authvet settings: %w (the settings are \"disable\", a list of checks, and \"single-session\", true or false)", err)
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
	return p.analyzers, nil
}

// GetLoadMode asks for type information: authvet builds SSA from it.
func (p *Plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}
