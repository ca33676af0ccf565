package goplsproxy

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// settingsKey is the key, in the editor's settings for gopls or at
// their top level, of authvet's own settings. The proxy takes it out
// before gopls sees the settings, so gopls never warns about it.
const settingsKey = "authvet"

// settings are the proxy's switches: the command line's -<check>=false,
// plus whether to analyze unsaved buffers while typing.
type settings struct {
	disabled map[string]bool
	onChange bool
}

// onChangeKey turns analysis of unsaved buffers on or off.
const onChangeKey = "analyzeOnChange"

func defaultSettings() settings {
	return settings{disabled: map[string]bool{}, onChange: true}
}

// enabled returns the analyzers the settings leave on.
func (s settings) enabled(all []*analysis.Analyzer) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	for _, a := range all {
		if !s.disabled[a.Name] {
			out = append(out, a)
		}
	}
	return out
}

// parseSettings reads an "authvet" settings object such as
// {"tokenquery": false}. Settings it cannot read are errors naming them;
// the valid ones still apply.
func parseSettings(raw json.RawMessage, all []*analysis.Analyzer) (settings, error) {
	s := defaultSettings()
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(raw, &fields); err != nil {
		return s, fmt.Errorf("authvet settings must be an object such as {\"tokenquery\": false}: %v", err)
	}
	var names []string
	for _, a := range all {
		names = append(names, a.Name)
	}
	var errs []string
	for _, key := range slices.Sorted(maps.Keys(fields)) {
		var on bool
		if err := json.Unmarshal(fields[key], &on); err != nil {
			errs = append(errs, fmt.Sprintf("authvet setting %q must be true or false, not %s", key, fields[key]))
			continue
		}
		switch {
		case key == onChangeKey:
			s.onChange = on
		case slices.Contains(names, key):
			s.disabled[key] = !on
		default:
			errs = append(errs, fmt.Sprintf("unknown authvet setting %q (known: %s, %s)", key, strings.Join(names, ", "), onChangeKey))
		}
	}
	if errs != nil {
		return s, fmt.Errorf("%s", strings.Join(errs, "; "))
	}
	return s, nil
}

// takeSettings removes the authvet key from a JSON object, and from the
// object under its "gopls" key (where VS Code users put gopls's
// settings), returning the object without it and the authvet value.
// Anything that is not an object, or has no authvet key, comes back
// unchanged with found false.
func takeSettings(obj json.RawMessage) (rest, authvet json.RawMessage, found bool) {
	var fields map[string]json.RawMessage
	if json.Unmarshal(obj, &fields) != nil || fields == nil {
		return obj, nil, false
	}
	if v, ok := fields[settingsKey]; ok {
		delete(fields, settingsKey)
		authvet, found = v, true
	} else if g, ok := fields["gopls"]; ok {
		var inner map[string]json.RawMessage
		if json.Unmarshal(g, &inner) == nil {
			if v, ok := inner[settingsKey]; ok {
				delete(inner, settingsKey)
				authvet, found = v, true
				fields["gopls"], _ = json.Marshal(inner)
			}
		}
	}
	if !found {
		return obj, nil, false
	}
	rest, err := json.Marshal(fields)
	if err != nil {
		return obj, nil, false
	}
	return rest, authvet, true
}
