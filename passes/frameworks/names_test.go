package frameworks_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/authvet/authvet/passes/frameworks"
)

func TestNames(t *testing.T) {
	n := frameworks.Names{Kind: frameworks.InputName}
	require.NoError(t, n.Set("X-Session,auth_blob,x-session"))
	require.Equal(t, "auth_blob,x-session", n.String(), "sorted, lower case, each once")
	require.True(t, n.Has("AUTH_BLOB"))
	require.False(t, n.Has("auth"))
	require.NoError(t, n.Set(""))
	require.False(t, n.Has("auth_blob"), "Set replaces the names; empty is none")

	p := frameworks.Names{Kind: frameworks.RoutePath}
	require.NoError(t, p.Set("/signin-form"))
	require.True(t, p.HasSuffix("/auth/Signin-Form"))
	require.False(t, p.HasSuffix("/signin-form2"))

	f := frameworks.Names{Kind: frameworks.FuncName}
	require.NoError(t, f.Set("RevokeTenant,example.com/app/store.Forget,(*example.com/app/store.Store).DeleteUser,(store.Store).Drop"))
}

// TestNamesErrors checks that each kind of list names the value it
// rejects and says what it takes.
func TestNamesErrors(t *testing.T) {
	for _, tc := range []struct {
		kind frameworks.NameKind
		list string
		err  string
	}{
		{frameworks.InputName, "sid,,auth_blob", `"" is not a valid name (letters, digits, "_", "-" and ".")`},
		{frameworks.InputName, "my token", `"my token" is not a valid name (letters, digits, "_", "-" and ".")`},
		{frameworks.FuncName, "Revoke Tenant", `"Revoke Tenant" is not a function or method name (Name, path/to/pkg.Func or (*path/to/pkg.Type).Method)`},
		{frameworks.FuncName, "(*Store.DeleteUser", `"(*Store.DeleteUser" is not a function or method name (Name, path/to/pkg.Func or (*path/to/pkg.Type).Method)`},
		{frameworks.FuncName, ",", `"" is not a function or method name (Name, path/to/pkg.Func or (*path/to/pkg.Type).Method)`},
		{frameworks.RoutePath, "signin", `"signin" is not a route path (it starts with "/")`},
		{frameworks.RoutePath, "/sign in", `"/sign in" is not a route path (it starts with "/")`},
	} {
		n := frameworks.Names{Kind: tc.kind}
		require.EqualError(t, n.Set(tc.list), tc.err, tc.list)
		require.Empty(t, n.String(), "a rejected list leaves the names as they were")
	}
}
