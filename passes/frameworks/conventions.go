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

	// StoreTypeName matches the names of types that hold sessions or tokens.
	StoreTypeName = regexp.MustCompile(`(?i)(session|token|auth|login)`)

	// OAuthCallbackParam matches query parameters an OAuth or OpenID
	// redirect must read from the URL.
	OAuthCallbackParam = regexp.MustCompile(`(?i)^(code|state|error|error_description|scope|session_state|iss)$`)
)

// IsCredentialName reports whether name looks like it holds a bearer
// credential, and not one of the look-alikes.
func IsCredentialName(name string) bool {
	return CredentialName.MatchString(name) && !NotCredentialName.MatchString(name)
}
