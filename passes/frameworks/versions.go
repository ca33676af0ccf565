package frameworks

import "golang.org/x/mod/semver"

// DefaultsAt returns the constructor's defaults in the version of the
// module that sets them; version reports that module's version, or ""
// when it is not known (GOPATH, vendored or replaced code), in which
// case the latest defaults apply.
func (c *SessionConfig) DefaultsAt(version func(module string) string) Defaults {
	for _, old := range c.Older {
		if v := version(old.Module); v != "" && semver.Compare(v, old.Before) < 0 {
			return old.Defaults
		}
	}
	return c.Defaults
}
