package authmodel

import (
	"go/types"

	"github.com/authvet/authvet/passes/frameworks"
)

// Index looks framework rows up by the FullName of a called function.
// It is immutable and shared by all passes.
type Index struct {
	Sources         map[string]*frameworks.Source
	FieldSources    map[string]*frameworks.FieldSource // "net/http.Request.Header"
	Accessors       map[string]*frameworks.Accessor
	Sinks           map[string][]*frameworks.Sink
	ResponseTypes   map[string]bool
	CookieTypes     map[string]*frameworks.CookieType
	CookieSetters   map[string]*frameworks.CookieSetter
	SameSiteSetters map[string]*frameworks.SameSiteSetter
	SessionConfigs  map[string]*frameworks.SessionConfig
	Routes          map[string]*frameworks.Route
	Handlers        []*frameworks.HandlerSig
	Renewers        map[string]bool
	Revokers        map[string]bool
	Stores          map[string]bool
	JWTParsers      map[string]*frameworks.JWTParser
	Fresh           map[string]*frameworks.Fresh
	Carriers        map[string]*frameworks.ValueCarrier
	CredentialCheck map[string]bool
	PasswordHashers map[string]bool
	Passthrough     map[string]bool // package paths
}

func newIndex(all []*frameworks.Framework) *Index {
	x := &Index{
		Sources: map[string]*frameworks.Source{}, FieldSources: map[string]*frameworks.FieldSource{},
		Accessors: map[string]*frameworks.Accessor{}, Sinks: map[string][]*frameworks.Sink{},
		ResponseTypes: map[string]bool{}, CookieTypes: map[string]*frameworks.CookieType{},
		CookieSetters: map[string]*frameworks.CookieSetter{}, SameSiteSetters: map[string]*frameworks.SameSiteSetter{},
		SessionConfigs: map[string]*frameworks.SessionConfig{}, Routes: map[string]*frameworks.Route{},
		Renewers: map[string]bool{}, Revokers: map[string]bool{}, Stores: map[string]bool{},
		JWTParsers: map[string]*frameworks.JWTParser{}, Fresh: map[string]*frameworks.Fresh{},
		Carriers:        map[string]*frameworks.ValueCarrier{},
		CredentialCheck: map[string]bool{}, PasswordHashers: map[string]bool{}, Passthrough: map[string]bool{},
	}
	for _, fw := range all {
		for i := range fw.Sources {
			x.Sources[fw.Sources[i].Func] = &fw.Sources[i]
		}
		for i := range fw.FieldSources {
			f := &fw.FieldSources[i]
			x.FieldSources[f.Type+"."+f.Field] = f
		}
		for i := range fw.Accessors {
			x.Accessors[fw.Accessors[i].Func] = &fw.Accessors[i]
		}
		for i := range fw.Sinks {
			s := &fw.Sinks[i]
			x.Sinks[s.Func] = append(x.Sinks[s.Func], s)
		}
		for _, t := range fw.ResponseTypes {
			x.ResponseTypes[t] = true
		}
		for i := range fw.CookieTypes {
			x.CookieTypes[fw.CookieTypes[i].Type] = &fw.CookieTypes[i]
		}
		for i := range fw.CookieSetters {
			x.CookieSetters[fw.CookieSetters[i].Func] = &fw.CookieSetters[i]
		}
		for i := range fw.SameSiteSetters {
			x.SameSiteSetters[fw.SameSiteSetters[i].Func] = &fw.SameSiteSetters[i]
		}
		for i := range fw.SessionConfigs {
			x.SessionConfigs[fw.SessionConfigs[i].Func] = &fw.SessionConfigs[i]
		}
		for i := range fw.Routes {
			x.Routes[fw.Routes[i].Func] = &fw.Routes[i]
		}
		for i := range fw.Handlers {
			x.Handlers = append(x.Handlers, &fw.Handlers[i])
		}
		for _, f := range fw.SessionRenewers {
			x.Renewers[f] = true
		}
		for _, f := range fw.SessionRevokers {
			x.Revokers[f] = true
		}
		for _, f := range fw.SessionStores {
			x.Stores[f] = true
		}
		for i := range fw.JWTParsers {
			x.JWTParsers[fw.JWTParsers[i].Func] = &fw.JWTParsers[i]
		}
	}
	for i := range frameworks.FreshSecrets {
		x.Fresh[frameworks.FreshSecrets[i].Func] = &frameworks.FreshSecrets[i]
	}
	for i := range frameworks.ValueCarriers {
		x.Carriers[frameworks.ValueCarriers[i].Func] = &frameworks.ValueCarriers[i]
	}
	for _, f := range frameworks.CredentialChecks {
		x.CredentialCheck[f] = true
	}
	for _, f := range frameworks.PasswordHashers {
		x.PasswordHashers[f] = true
	}
	for _, p := range frameworks.PassthroughPackages {
		x.Passthrough[p] = true
	}
	return x
}

// TypeName returns the key of t in the type tables: the qualified name
// of a named type, with a leading "*" for a pointer to one.
func TypeName(t types.Type) string {
	return types.TypeString(types.Unalias(t), nil)
}

// CookieType returns the cookie struct description for t, a cookie type
// or a pointer to one, or nil.
func (x *Index) CookieType(t types.Type) *frameworks.CookieType {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	return x.CookieTypes[TypeName(t)]
}

// IsResponse reports whether t is an HTTP response writer type.
func (x *Index) IsResponse(t types.Type) bool {
	return x.ResponseTypes[TypeName(t)]
}
