package authmodel

import (
	"go/types"

	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/ssautil"
)

// Index looks framework rows up by the FullName of a called function.
// It is immutable and shared by all passes.
type Index struct {
	Sources         map[string]*frameworks.Source
	FieldSources    map[string]*frameworks.FieldSource // "net/http.Request.Header"
	Accessors       map[string]*frameworks.Accessor
	Sinks           map[string][]*frameworks.Sink
	ResponseTypes   map[string]bool
	Outbound        map[string]bool
	CookieTypes     map[string]*frameworks.CookieType
	CookieSetters   map[string]*frameworks.CookieSetter
	CookieDeleters  map[string]*frameworks.CookieDeleter
	SameSiteSetters map[string]*frameworks.SameSiteSetter
	SessionConfigs  map[string]*frameworks.SessionConfig
	Routes          map[string]*frameworks.Route
	Handlers        []*frameworks.HandlerSig
	Renewers        map[string]bool
	Revokers        map[string]bool
	Stores          map[string]bool
	JWTParsers      map[string]*frameworks.JWTParser
	// CredentialLookups are keyed by configuration type and field:
	// "github.com/labstack/echo-jwt/v4.Config.TokenLookup".
	CredentialLookups map[string]*frameworks.CredentialLookup
	QueryExtractors   map[string]*frameworks.QueryExtractor
	TokenExtractors   map[string]*frameworks.TokenExtractorArg
	QueryRoutes       map[string]*frameworks.QueryRoute
	DefaultReaders    map[string]*frameworks.DefaultQueryReader
	Carriers          map[string]*frameworks.ValueCarrier
	Fresh             map[string]*frameworks.Fresh
	CredentialCheck   map[string]bool
	PasswordHashers   map[string]bool
	Passthrough       map[string]bool // package paths
	MarkPackages      map[string]bool // package paths
	CredentialArgs    map[string]*frameworks.CredentialArg
	SecretCompares    map[string]bool
	Equalities        map[string]bool
	Digests           map[string]bool
	// KeyedMaps are keyed by receiver type ("*sync.Map"); MapPuts,
	// MapRemoves, MapReads and MapLookups hold their methods.
	KeyedMaps                                 map[string]*frameworks.KeyedMap
	MapPuts, MapRemoves, MapReads, MapLookups map[string]bool
	PastTimes                                 map[string]*frameworks.PastTime
}

func newIndex(all []*frameworks.Framework) *Index {
	x := &Index{
		Sources: map[string]*frameworks.Source{}, FieldSources: map[string]*frameworks.FieldSource{},
		Accessors: map[string]*frameworks.Accessor{}, Sinks: map[string][]*frameworks.Sink{},
		ResponseTypes: map[string]bool{}, Outbound: map[string]bool{}, CookieTypes: map[string]*frameworks.CookieType{},
		CookieSetters: map[string]*frameworks.CookieSetter{}, CookieDeleters: map[string]*frameworks.CookieDeleter{},
		SameSiteSetters: map[string]*frameworks.SameSiteSetter{}, SessionConfigs: map[string]*frameworks.SessionConfig{},
		Routes: map[string]*frameworks.Route{}, Renewers: map[string]bool{}, Revokers: map[string]bool{}, Stores: map[string]bool{},
		JWTParsers: map[string]*frameworks.JWTParser{}, Fresh: map[string]*frameworks.Fresh{},
		CredentialLookups: map[string]*frameworks.CredentialLookup{}, QueryExtractors: map[string]*frameworks.QueryExtractor{},
		TokenExtractors: map[string]*frameworks.TokenExtractorArg{}, QueryRoutes: map[string]*frameworks.QueryRoute{},
		DefaultReaders:  map[string]*frameworks.DefaultQueryReader{},
		Carriers:        map[string]*frameworks.ValueCarrier{},
		CredentialCheck: map[string]bool{}, PasswordHashers: map[string]bool{}, Passthrough: map[string]bool{}, MarkPackages: map[string]bool{},
		KeyedMaps: map[string]*frameworks.KeyedMap{}, MapPuts: map[string]bool{}, MapRemoves: map[string]bool{}, MapReads: map[string]bool{}, MapLookups: map[string]bool{},
		PastTimes: map[string]*frameworks.PastTime{}, CredentialArgs: map[string]*frameworks.CredentialArg{},
		SecretCompares: map[string]bool{}, Equalities: map[string]bool{}, Digests: map[string]bool{},
	}
	for _, fw := range all {
		keyed(x.Sources, fw.Sources, func(r *frameworks.Source) string { return r.Func })
		keyed(x.FieldSources, fw.FieldSources, func(r *frameworks.FieldSource) string { return r.Type + "." + r.Field })
		keyed(x.Accessors, fw.Accessors, func(r *frameworks.Accessor) string { return r.Func })
		for i := range fw.Sinks {
			s := &fw.Sinks[i]
			x.Sinks[s.Func] = append(x.Sinks[s.Func], s)
		}
		set(x.ResponseTypes, fw.ResponseTypes)
		set(x.Outbound, fw.OutboundRequests)
		keyed(x.CookieTypes, fw.CookieTypes, func(r *frameworks.CookieType) string { return r.Type })
		keyed(x.CookieSetters, fw.CookieSetters, func(r *frameworks.CookieSetter) string { return r.Func })
		keyed(x.CookieDeleters, fw.CookieDeleters, func(r *frameworks.CookieDeleter) string { return r.Func })
		keyed(x.SameSiteSetters, fw.SameSiteSetters, func(r *frameworks.SameSiteSetter) string { return r.Func })
		keyed(x.SessionConfigs, fw.SessionConfigs, func(r *frameworks.SessionConfig) string { return r.Func })
		keyed(x.Routes, fw.Routes, func(r *frameworks.Route) string { return r.Func })
		for i := range fw.Handlers {
			x.Handlers = append(x.Handlers, &fw.Handlers[i])
		}
		set(x.Renewers, fw.SessionRenewers)
		set(x.Revokers, fw.SessionRevokers)
		set(x.Stores, fw.SessionStores)
		keyed(x.JWTParsers, fw.JWTParsers, func(r *frameworks.JWTParser) string { return r.Func })
		keyed(x.CredentialLookups, fw.CredentialLookups, func(r *frameworks.CredentialLookup) string { return r.Type + "." + r.Field })
		keyed(x.QueryExtractors, fw.QueryExtractors, func(r *frameworks.QueryExtractor) string { return r.Func })
		keyed(x.TokenExtractors, fw.TokenExtractors, func(r *frameworks.TokenExtractorArg) string { return r.Func })
		keyed(x.QueryRoutes, fw.QueryRoutes, func(r *frameworks.QueryRoute) string { return r.Func })
		keyed(x.DefaultReaders, fw.DefaultReaders, func(r *frameworks.DefaultQueryReader) string { return r.Func })
		keyed(x.KeyedMaps, fw.KeyedMaps, func(r *frameworks.KeyedMap) string { return r.Type })
		for _, km := range fw.KeyedMaps {
			set(x.MapPuts, km.Puts)
			set(x.MapRemoves, km.Removes)
			set(x.MapReads, km.Reads)
			set(x.MapLookups, []string{km.Lookup})
		}
		keyed(x.PastTimes, fw.PastTimes, func(r *frameworks.PastTime) string { return r.Func })
		keyed(x.Carriers, fw.ValueCarriers, func(r *frameworks.ValueCarrier) string { return r.Func })
		set(x.Passthrough, fw.Passthrough)
		set(x.MarkPackages, fw.MarkPackages)
		keyed(x.Fresh, fw.FreshSecrets, func(r *frameworks.Fresh) string { return r.Func })
		set(x.CredentialCheck, fw.CredentialChecks)
		set(x.PasswordHashers, fw.PasswordHashers)
		keyed(x.CredentialArgs, fw.CredentialArgs, func(r *frameworks.CredentialArg) string { return r.Func })
		set(x.SecretCompares, fw.SecretCompares)
		set(x.Equalities, fw.Equalities)
		set(x.Digests, fw.Digests)
	}
	return x
}

// keyed adds each row to m, under its key.
func keyed[T any](m map[string]*T, rows []T, key func(*T) string) {
	for i := range rows {
		m[key(&rows[i])] = &rows[i]
	}
}

// set adds each name to m.
func set(m map[string]bool, names []string) {
	for _, n := range names {
		m[n] = true
	}
}

// CookieType returns the cookie struct description for t, a cookie type
// or a pointer to one, or nil.
func (x *Index) CookieType(t types.Type) *frameworks.CookieType {
	t = ssautil.Deref(t)
	return x.CookieTypes[ssautil.QualifiedTypeName(t)]
}

// IsResponse reports whether t is an HTTP response writer type.
func (x *Index) IsResponse(t types.Type) bool {
	return x.ResponseTypes[ssautil.QualifiedTypeName(t)]
}
