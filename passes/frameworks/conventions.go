package frameworks

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// Naming conventions authvet relies on where no API says what a value or
// call means. Each is matched against an identifier, a route path, an
// input name or a cookie name, case-insensitively.
var (
	// NotCredentialName matches names that contain a credential word but
	// name something else: paging cursors, CSRF tokens meant to be read
	// by scripts, OAuth flow parameters and token metadata.
	NotCredentialName = regexp.MustCompile(`(?i)(page|next|prev|cursor|continuation|csrf|xsrf|state|nonce|code_?verifier|type|expir|ttl|count|length|url|uri|endpoint|_at$|name$|signature)`)

	// ScriptReadableName matches the names of values meant to be read by
	// the page's scripts or echoed by the client (CSRF tokens, OAuth
	// state and nonces): a fresh secret under such a name is no session.
	ScriptReadableName = regexp.MustCompile(`(?i)(csrf|xsrf|state|nonce|code_?verifier)`)

	// OneTimeName matches the names of single-use values that an e-mailed
	// link or a second factor must carry in the URL: password reset,
	// e-mail verification and confirmation, unsubscribe, magic-link and
	// invitation tokens, one-time codes and WebAuthn challenges. They are
	// redeemed once, not sent with every request.
	OneTimeName = regexp.MustCompile(`(?i)(reset|verif|confirm|unsub|magic|invit|activat|otp|one_?time|webauthn|challenge|recovery|signup|register|email)`)

	// ResourceHandlerName matches handlers that serve one file or list
	// records: the token in a download link unlocks that file where no
	// header can be sent (<a href>, <img src>), and a session ID in an
	// admin list filters it; neither authenticates the caller.
	ResourceHandlerName = regexp.MustCompile(`(?i)(^list|download|attachment|thumbnail)`)

	// LoginPath matches route paths of handlers that start a session.
	LoginPath = regexp.MustCompile(`(?i)(^|/)(log_?in|sign_?in|signon|authenticate|auth/login|sessions?|tokens?|oauth/token)(/|$|\.)`)

	// LoginName matches function names of handlers that start a session.
	LoginName = regexp.MustCompile(`(?i)^(handle|post|api|do|process)?_?(log_?in|sign_?in|authenticate)(handler|post|submit)?$`)

	// LogoutName matches function names and paths of handlers that end one.
	LogoutName = regexp.MustCompile(`(?i)(log_?out|sign_?out|logoff)`)

	// PrivilegeChangeName matches handlers and calls that change a role.
	PrivilegeChangeName = regexp.MustCompile(`(?i)((set|change|update|grant|assign|revoke|remove)_?(user_?)?(role|permission|privilege)s?|(grant|make|set)_?admin|promote|elevate|demote)`)

	// PasswordSetName matches calls that store a new password, judged by
	// name only where the body cannot be seen.
	PasswordSetName = regexp.MustCompile(`(?i)^(set|change|update|reset|store|save)_?(user_?)?password(_?hash)?$`)

	// SignupName matches handlers that create an account: they hash a
	// password, but change no one's.
	SignupName = regexp.MustCompile(`(?i)(sign_?up|register|registration|(create|new|add|save|insert)_?(user|account)|join|invit|onboard|setup|install)`)

	// RoleFieldName matches struct fields that hold a user's privileges:
	// writing one changes what the user may do.
	RoleFieldName = regexp.MustCompile(`(?i)^(role|roles|is_?admin|is_?super_?user|admin|permissions?|privileges?|access_?level|user_?type)$`)

	// CredentialCheckName matches calls that verify a password.
	CredentialCheckName = regexp.MustCompile(`(?i)^(check|verify|compare|validate|match|test|is_?valid)_?(user_?)?(password|passwd|pwd|pass|credentials?|login)|^authenticate(user)?$|^(password|hash)_?(matches|verify|check|compare)|^login_?(user|with_?password)?$|^compare_?hash`)

	// SessionStoreName matches calls that add a server-side session entry.
	// Minting a token ("CreateToken", "IssueToken") is not storing one: it
	// is as often a stateless JWT being signed, so only sessions and
	// refresh tokens count.
	SessionStoreName = regexp.MustCompile(`(?i)^(create|new|add|insert|save|store|put|set|issue|register|start)_?(user_?)?(session|refresh_?token)s?$`)

	// SessionRenewName matches calls that issue a new session ID: a verb
	// of renewal, then a session, a token or an id (RenewToken,
	// RegenerateSessionID, rotate_session).
	SessionRenewName = regexp.MustCompile(`(?i)^(renew|regenerate|rotate).*(session|token|id$)`)

	// SessionRevokeName matches calls that end server-side sessions.
	SessionRevokeName = regexp.MustCompile(`(?i)^(revoke|invalidate|expire|terminate)_?(all|everything)?$|^(delete|revoke|invalidate|destroy|remove|clear|expire|purge|terminate|drop|kill|end)_?(all_?)?((user_?|other_?)?(session|token|refresh_?token|access_?token|auth_?token)s?)?(_?(for|by|of|from|with)_?[a-z_]*)?$|^(sign|log)_?out(_?all|_?everywhere)?$`)

	// CredentialRevokeName matches calls that end one session, token or
	// API key by its id, judged by name where the body cannot be seen (a
	// database behind an interface): DeleteAPIKeyByID, RevokeToken,
	// ExpireSession, DeletePersonalAccessTokenByHash.
	CredentialRevokeName = regexp.MustCompile(`(?i)^(delete|revoke|invalidate|expire|destroy|remove|terminate|end|kill|purge)_?(user_?|personal_?)?(session|token|access_?token|auth_?token|refresh_?token|api_?key|api_?token)s?(_?by_?(id|hash|token|key|value|secret))?$`)

	// RevokeEffectName matches the names of calls that end entries of
	// whatever they are called on; on a session or token store they
	// revoke sessions: Delete, DeleteUser, RevokeTenant, Clean, Flush.
	RevokeEffectName = regexp.MustCompile(`(?i)^(revoke|invalidate|terminate|delete|remove|destroy|clear|clean|flush|purge|expire|drop|kill|evict|log_?out|sign_?out)|^(sessions?|tokens?)_?(delete|remove|revoke|clear|purge|invalidate|destroy|expire)`)

	// RevokeVerbName matches call names that end sessions whatever they
	// are called on: RevokeAll, InvalidateUser, TerminateOthers, Logout.
	RevokeVerbName = regexp.MustCompile(`(?i)^(revoke|invalidate|terminate|log_?out|sign_?out)`)

	// StoreTypeName matches the names of types that hold sessions or tokens.
	StoreTypeName = regexp.MustCompile(`(?i)(session|token|auth|login)`)

	// SessionHolderName matches the names of the program's own types
	// whose generic methods (Set, Create) and map fields hold sessions or
	// tokens; narrower than StoreTypeName, which also admits "auth".
	SessionHolderName = regexp.MustCompile(`(?i)(session|token)`)

	// RecordByCredentialName matches methods that find a record by the
	// credential a request presents (GetClientByToken, FindUserBySession),
	// narrower than CredentialLookupName: records found that way
	// authenticate requests, so a store that has one keeps credentials
	// server-side.
	RecordByCredentialName = regexp.MustCompile(`(?i)^(get|find|load|lookup|fetch|read)_?[a-z_]*_?by_?(token|access_?token|auth_?token|session(_?id|_?token)?|api_?key)$`)

	// RecordCreateName matches methods that add a record to a store:
	// CreateClient, InsertToken, AddSession.
	RecordCreateName = regexp.MustCompile(`(?i)^(create|add|insert|store|put)`)

	// StoreVerbName matches generic method names that add an entry to a
	// store; on a SessionHolderName type they add a session.
	StoreVerbName = regexp.MustCompile(`(?i)^(create|add|insert|save|store|put|set|issue)$`)

	// NotStoreName matches names of maps and types that mention sessions,
	// tokens or logins but hold something else: rate-limit counters and
	// lockouts, login history, OAuth provider tokens, the one-time tokens
	// of other flows (CSRF, OAuth state, password reset, e-mail
	// verification), a token's claims, and caches and queues of token
	// metadata or usage.
	NotStoreName = regexp.MustCompile(`(?i)(attempt|fail|limit|throttl|lockout|bucket|(^|[^c])count|last|history|audit|csrf|xsrf|nonce|state|reset|verif|confirm|invit|otp|oauth|provider|upstream|author($|[^i])|claim|lru|queue|meta|usage|quota)`)

	// RefreshTokenName matches inputs that hold a refresh token: a
	// refresh endpoint may return the one it was given (when it does
	// not rotate them), which is no fixation.
	RefreshTokenName = regexp.MustCompile(`(?i)refresh`)

	// DenylistName matches names of stores of revoked tokens: adding an
	// entry to one revokes a token.
	DenylistName = regexp.MustCompile(`(?i)(deny|block|black|revoked|banned|invalidated)`)

	// PresignedURLParam matches the query parameters of AWS SigV4 and
	// Google Cloud Storage V4 presigned URLs: X-Amz-Credential is an access
	// key id and a scope, X-Amz-Signature an HMAC over the request; the
	// secret key never travels.
	PresignedURLParam = regexp.MustCompile(`(?i)^x-(amz|goog)-`)

	// StreamUpgradeName matches calls that take over a response to
	// upgrade it to a WebSocket (gorilla's Upgrader.Upgrade, coder's and
	// nhooyr's Accept, gobwas's UpgradeHTTP): a browser's WebSocket
	// cannot send headers, only cookies.
	StreamUpgradeName = regexp.MustCompile(`(?i)^(upgrade|accept)(http)?$`)

	// OAuthCallbackParam matches query parameters an OAuth or OpenID
	// redirect must read from the URL.
	OAuthCallbackParam = regexp.MustCompile(`(?i)^(code|state|error|error_description|scope|session_state|iss)$`)
)

// EventStreamType is the content type of a server-sent event stream,
// which a browser's EventSource opens without headers.
const EventStreamType = "text/event-stream"

// IsPasswordName reports whether a request value of this name carries
// the user's own password ("password", "new_password", "currentPwd"):
// hashing one sets a password, hashing an integration's ("fever_password")
// or a form's other fields does not.
func IsPasswordName(name string) bool {
	words := nameWords(name)
	if len(words) == 0 || !passwordWords[words[len(words)-1]] {
		return false
	}
	return len(words) == 1 || passwordQualifiers[words[len(words)-2]]
}

var (
	passwordWords      = setOf("password", "passwd", "pass", "pwd", "passphrase")
	passwordQualifiers = setOf("new", "old", "current", "user", "account", "confirm", "repeat", "my", "login")
)

// IsCredentialName reports whether name looks like it holds a bearer
// credential, and not one of the look-alikes. The name is split into
// words ("X-Auth-Token", "accessToken", "session_id"); its last word, the
// head of the compound, must name a credential: "token_email" is an
// email and "return_session_token_exchange_code" a code. A first word
// that is a verb makes it a flag or selector ("include_credential").
func IsCredentialName(name string) bool {
	if NotCredentialName.MatchString(name) {
		return false
	}
	words := nameWords(name)
	if len(words) == 0 || (len(words) > 1 && flagVerbs[words[0]]) {
		return false
	}
	head := words[len(words)-1]
	var qualifier string
	if len(words) > 1 {
		qualifier = words[len(words)-2]
	}
	switch {
	case credentialHeads[head], slices.Contains(words, "remember"):
		return true
	case head == "key":
		return keyQualifiers[qualifier]
	case head == "id":
		// "session_id", and single-word qualifiers such as beego's
		// default cookie "beegosessionID"
		return qualifier == "sess" || strings.HasSuffix(qualifier, "session")
	}
	for _, suffix := range credentialSuffixes {
		if strings.HasSuffix(head, suffix) {
			return true
		}
	}
	return false
}

var (
	// credentialHeads are the words that, last in a name, make it a credential.
	credentialHeads = setOf("token", "jwt", "bearer", "secret", "sid", "session", "sess",
		"credential", "credentials", "authorization", "auth", "apikey", "cookie")
	// keyQualifiers make "<qualifier> key" a credential ("api_key").
	keyQualifiers = setOf("api", "access", "secret", "private", "session", "auth", "signing")
	// credentialSuffixes end single-word credential names: "accesstoken",
	// "mysession", "PHPSESSID", "JSESSIONID".
	credentialSuffixes = []string{"token", "session", "sessid", "sessionid", "apikey"}
	// flagVerbs start the names of flags and selectors, not credentials.
	flagVerbs = setOf("include", "return", "with", "use", "enable", "disable", "request", "want",
		"show", "is", "has", "skip", "require", "allow", "should", "can", "expect")
)

// nameWords splits an identifier, header or parameter name into
// lower-case words at punctuation and camel-case humps.
func nameWords(name string) []string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	runes := []rune(name)
	for i, r := range runes {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush()
			continue
		case unicode.IsUpper(r) && len(cur) > 0:
			prevLower := unicode.IsLower(runes[i-1])
			nextLower := i+1 < len(runes) && unicode.IsLower(runes[i+1])
			if prevLower || (unicode.IsUpper(runes[i-1]) && nextLower) {
				flush()
			}
		}
		cur = append(cur, r)
	}
	flush()
	return words
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
