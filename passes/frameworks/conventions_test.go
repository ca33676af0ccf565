package frameworks_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/authvet/authvet/passes/frameworks"
)

func TestIsCredentialName(t *testing.T) {
	for _, name := range []string{
		"token", "access_token", "accessToken", "X-Auth-Token", "Authorization", "id_token",
		"session", "sessionid", "session_id", "SessionID", "sid", "connect.sid", "PHPSESSID", "JSESSIONID",
		"api_key", "apiKey", "X-API-Key", "apikey", "jwt", "auth", "bearer", "client_secret",
		"remember_me", "rememberMe", "mysession", "refresh_token", "credentials", "session_token", "auth_cookie",
		"beegosessionID", "MacaronSession", "flamego_session",
	} {
		require.Truef(t, frameworks.IsCredentialName(name), "%s is a credential name", name)
	}
	for _, name := range []string{
		"", "theme", "lang", "user", "username", "page", "page_token", "next_page_token", "pageToken",
		"csrf_token", "XSRF-TOKEN", "state", "code", "session_state", "token_type", "expires_at",
		"token_email", "token_alias", "token_remote_user", "include_credential",
		"return_session_token_exchange_code", "auth_method", "auth_provider", "authorization_code",
		"sort_key", "key", "id", "user_id", "token_url", "signature", "process_id", "access_id",
	} {
		require.Falsef(t, frameworks.IsCredentialName(name), "%s is not a credential name", name)
	}
}

func TestSessionCallNames(t *testing.T) {
	for _, name := range []string{"CreateSession", "SaveSession", "add_session", "StoreRefreshToken", "NewUserSession"} {
		require.Truef(t, frameworks.SessionStoreName.MatchString(name), "%s stores a session", name)
	}
	for _, name := range []string{"CreateToken", "IssueToken", "NewToken", "SetTheme", "CreateUser"} {
		require.Falsef(t, frameworks.SessionStoreName.MatchString(name), "%s stores no session", name)
	}
	for _, name := range []string{"DeleteSession", "RevokeAll", "RemoveUserSessionByToken", "DeleteSessionsByUserID", "DeleteByToken", "InvalidateUserSessions", "Logout"} {
		require.Truef(t, frameworks.SessionRevokeName.MatchString(name), "%s revokes sessions", name)
	}
	for _, name := range []string{"DeleteUser", "RemoveItem", "ClearCache"} {
		require.Falsef(t, frameworks.SessionRevokeName.MatchString(name), "%s revokes no session", name)
	}
	for _, name := range []string{"RenewToken", "RegenerateSessionID", "rotate_session", "RegenerateId", "RenewSessionToken"} {
		require.Truef(t, frameworks.SessionRenewName.MatchString(name), "%s renews the session", name)
	}
	for _, name := range []string{"RenewSubscription", "RotateLogs", "RegenerateThumbnails", "SessionRenew", "RotateKeyPair"} {
		require.Falsef(t, frameworks.SessionRenewName.MatchString(name), "%s renews no session", name)
	}
}

func TestRecordByCredentialName(t *testing.T) {
	for _, name := range []string{"GetClientByToken", "FindUserBySession", "LoadKeyByAPIKey", "get_user_by_access_token"} {
		require.Truef(t, frameworks.RecordByCredentialName.MatchString(name), "%s finds a record by a credential", name)
	}
	for _, name := range []string{"GetClientByID", "GetWebhookBySecretToken", "ValidateToken", "GetTokens"} {
		require.Falsef(t, frameworks.RecordByCredentialName.MatchString(name), "%s finds no record by a credential", name)
	}
}

func TestIsPasswordName(t *testing.T) {
	for _, n := range []string{"password", "new_password", "currentPassword", "pwd", "NewPasswd"} {
		require.Truef(t, frameworks.IsPasswordName(n), "%q carries the user's password", n)
	}
	for _, n := range []string{"fever_password", "smtp_password", "timezone", "passage", ""} {
		require.Falsef(t, frameworks.IsPasswordName(n), "%q is not the user's password", n)
	}
}
