// Package auth is named for authentication but not every type in it
// holds sessions. It does not use net/http, so its callers judge its
// methods by name: UserRepo.Delete deletes a user, not a session, while
// Service.RevokeAll and Service.Logout end sessions whatever their
// receiver is called.
package auth

// UserRepo keeps user accounts.
type UserRepo struct{ users map[string]string }

// Delete removes an account.
func (r *UserRepo) Delete(id string) { delete(r.users, id) }

// Service ends sessions kept elsewhere.
type Service struct{}

// RevokeAll ends every session of user.
func (s *Service) RevokeAll(user string) {}

// Logout ends the session of token.
func (s *Service) Logout(token string) {}
