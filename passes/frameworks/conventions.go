package frameworks

import "regexp"

// Naming conventions authvet relies on where no API says what a value or
// call means. Each is matched against an identifier, a route path, an
// input name or a cookie name, case-insensitively.
var (
	// CredentialName matches the names of inputs, parameters, fields and
	// cookies that hold a bearer credential.
	CredentialName = regexp.MustCompile(`(?i)(^|[^a-z])(token|jwt|bearer|sess(ion)?(_?id|_?key|_?token)?|sid|auth(orization)?|api_?key|access_?key|secret|credential|remember(_?me)?)($|[^a-z])|token$|session$|sessionid|sessid|apikey|accesstoken|refreshtoken|authtoken|idtoken`)

	// NotCredentialName matches names that contain a credential word but
	// name something else: paging cursors, CSRF tokens meant to be read
	// by scripts, OAuth flow parameters and token metadata.
	NotCredentialName = regexp.MustCompile(`(?i)(page|next|prev|cursor|continuation|csrf|xsrf|state|nonce|code_?verifier|type|expir|ttl|count|length|url|uri|endpoint|_at$|name$)`)

	// LoginPath matches route paths of handlers that start a session.
	LoginPath = regexp.MustCompile(`(?i)(^|/)(log_?in|sign_?in|signon|authenticate|auth/login|sessions?|tokens?|oauth/token)(/|$|\.)`)

	// LoginName matches function names of handlers that start a session.
	LoginName = regexp.MustCompile(`(?i)^(handle|post|api|do|process)?_?(log_?in|sign_?in|authenticate)(handler|post|submit)?$`)

	// LogoutName matches function names and paths of handlers that end one.
	LogoutName = regexp.MustCompile(`(?i)(log_?out|sign_?out|logoff)`)

	// PasswordChangeName matches handlers and calls that change a password.
	PasswordChangeName = regexp.MustCompile(`(?i)((change|update|reset|set)_?(user)?_?password|password_?(change|reset|update))`)

	// PrivilegeChangeName matches handlers and calls that change a role.
	PrivilegeChangeName = regexp.MustCompile(`(?i)((set|change|update|grant|assign)_?(user)?_?(role|permission|privilege|admin)s?|promote|elevate|make_?admin)`)

	// CredentialCheckName matches calls that verify a password.
	CredentialCheckName = regexp.MustCompile(`(?i)^(check|verify|compare|validate|match|test|is_?valid)_?(user_?)?(password|passwd|pwd|pass|credentials?|login)|^authenticate(user)?$|^(password|hash)_?(matches|verify|check|compare)|^login_?(user|with_?password)?$|^compare_?hash`)

	// SessionStoreName matches calls that add a server-side session entry.
	SessionStoreName = regexp.MustCompile(`(?i)^(create|new|add|insert|save|store|put|set|issue|register|start)_?(user_?)?(session|token|refresh_?token|access_?token|auth_?token)s?$`)

	// SessionRevokeName matches calls that end server-side sessions.
	SessionRevokeName = regexp.MustCompile(`(?i)^(delete|revoke|invalidate|destroy|remove|clear|expire|purge|terminate|drop|kill|end|logout)_?(all_?)?(user_?|other_?)?(session|token|refresh_?token|access_?token|auth_?token)?s?(_?(for|by|of)_?(user|account|id))?$|^(sign|log)_?out(_?all|_?everywhere)?$`)

	// RevokeVerbName matches call names that end sessions whatever they
	// are called on: RevokeAll, InvalidateUser, TerminateOthers, Logout.
	RevokeVerbName = regexp.MustCompile(`(?i)^(revoke|invalidate|terminate|log_?out|sign_?out)`)

	// StoreTypeName matches the names of types that hold sessions or tokens.
	StoreTypeName = regexp.MustCompile(`(?i)(session|token|auth|login)`)

	// SessionHolderName matches the names of the program's own types
	// whose generic methods (Set, Create) and map fields hold sessions or
	// tokens; narrower than StoreTypeName, which also admits "auth".
	SessionHolderName = regexp.MustCompile(`(?i)(session|token)`)

	// StoreVerbName matches generic method names that add an entry to a
	// store; on a SessionHolderName type they add a session.
	StoreVerbName = regexp.MustCompile(`(?i)^(create|add|insert|save|store|put|set|issue)$`)

	// NotStoreName matches names of maps and types that mention sessions,
	// tokens or logins but hold something else: rate-limit counters and
	// lockouts, login history, OAuth provider tokens, and the one-time
	// tokens of other flows (CSRF, OAuth state, password reset, e-mail
	// verification).
	NotStoreName = regexp.MustCompile(`(?i)(attempt|fail|limit|throttl|lockout|bucket|(^|[^c])count|last|history|audit|csrf|xsrf|nonce|state|reset|verif|confirm|invit|otp|oauth|provider|upstream|author($|[^i]))`)

	// DenylistName matches names of stores of revoked tokens: adding an
	// entry to one revokes a token.
	DenylistName = regexp.MustCompile(`(?i)(deny|block|black|revoked|banned|invalidated)`)

	// OAuthCallbackParam matches query parameters an OAuth or OpenID
	// redirect must read from the URL.
	OAuthCallbackParam = regexp.MustCompile(`(?i)^(code|state|error|error_description|scope|session_state|iss)$`)
)

// IsCredentialName reports whether name looks like it holds a bearer
// credential, and not one of the look-alikes.
func IsCredentialName(name string) bool {
	return CredentialName.MatchString(name) && !NotCredentialName.MatchString(name)
}
