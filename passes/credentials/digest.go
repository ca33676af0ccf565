package credentials

import (
	"go/token"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/ssautil"
)

// checksDigest reports whether comparing the client's value with other
// checks a signature or digest rather than a credential: other is a hash
// or MAC the server computes (a signed URL's HMAC over its path and
// expiry, the sha256 of an upload) and the client's value is compared as
// sent, not hashed itself as a secret compared in constant time is.
func (b *builder) checksDigest(client, other ssa.Value) bool {
	return b.digest(other, map[ssa.Value]bool{}) && !b.digest(client, map[ssa.Value]bool{})
}

// digest reports whether v is a hash or MAC computed here: the result of
// a Digests call or of a DigestName method authvet cannot see into,
// encoded (hex, base64), prefixed ("sha256:"+...), sliced, or returned
// by a function of this package.
func (b *builder) digest(v ssa.Value, visited map[ssa.Value]bool) bool {
	v = ssautil.Unconverted(v)
	if visited[v] {
		return false
	}
	visited[v] = true
	switch v := v.(type) {
	case *ssa.Slice:
		return b.digest(v.X, visited) // sum[:]
	case *ssa.Alloc:
		for _, ref := range *v.Referrers() {
			if st, ok := ref.(*ssa.Store); ok && st.Addr == v && b.digest(st.Val, visited) {
				return true // sum := sha256.Sum256(b); sum[:]
			}
		}
	case *ssa.Phi:
		return slices.ContainsFunc(v.Edges, func(e ssa.Value) bool { return b.digest(e, visited) })
	case *ssa.Extract:
		return b.digest(v.Tuple, visited)
	case *ssa.BinOp:
		return v.Op == token.ADD && (b.digest(v.X, visited) || b.digest(v.Y, visited))
	case *ssa.Call:
		return b.digestCall(v.Common(), visited)
	}
	return false
}

// digestCall reports whether a call returns a digest: see digest.
func (b *builder) digestCall(call *ssa.CallCommon, visited map[ssa.Value]bool) bool {
	obj := ssautil.Callee(call)
	if obj == nil || obj.Pkg() == nil {
		return false
	}
	if b.flow.Model.Digests[obj.FullName()] {
		return true
	}
	if b.flow.Model.Passthrough[obj.Pkg().Path()] {
		_, args := ssautil.SplitArgs(call)
		return slices.ContainsFunc(args, func(a ssa.Value) bool { return b.digest(a, visited) })
	}
	callee := call.StaticCallee()
	if callee != nil && callee.Origin() != nil {
		callee = callee.Origin()
	}
	if callee == nil || callee.Pkg != b.flow.Pkg || callee.Blocks == nil {
		return frameworks.DigestName.MatchString(obj.Name()) // a hashing writer of another package
	}
	for _, blk := range callee.Blocks {
		if ret, ok := blk.Instrs[len(blk.Instrs)-1].(*ssa.Return); ok &&
			slices.ContainsFunc(ret.Results, func(r ssa.Value) bool { return b.digest(r, visited) }) {
			return true
		}
	}
	return false
}
