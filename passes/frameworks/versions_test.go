package frameworks_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/authvet/authvet/passes/frameworks"
)

func TestDefaultsAt(t *testing.T) {
	store := frameworks.GorillaSessions.SessionConfigs[0]
	require.Equal(t, "github.com/gorilla/sessions.NewCookieStore", store.Func)
	version := func(v string) func(string) string {
		return func(module string) string {
			if module == "github.com/gorilla/sessions" {
				return v
			}
			return ""
		}
	}
	latest := frameworks.Defaults{Secure: true, SameSite: "none"}
	require.Equal(t, frameworks.Defaults{}, store.DefaultsAt(version("v1.2.0")))
	require.Equal(t, frameworks.Defaults{}, store.DefaultsAt(version("v1.2.2")))
	require.Equal(t, latest, store.DefaultsAt(version("v1.3.0")))
	require.Equal(t, latest, store.DefaultsAt(version("v1.4.0")))
	require.Equal(t, latest, store.DefaultsAt(version("")), "an unknown version gets the latest defaults")
}
