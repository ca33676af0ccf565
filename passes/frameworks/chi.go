package frameworks

import "slices"

const chiPkg = "github.com/go-chi/chi/v5"

// Chi is github.com/go-chi/chi/v5. Handlers are net/http handlers; chi
// adds routing and path parameters.
var Chi = Framework{
	Name:     "chi",
	Packages: []string{chiPkg},
	Sources: []Source{
		{Func: chiPkg + ".URLParam", Input: Path, NameArg: 2},
	},
	Routes: slices.Concat(
		routes("("+chiPkg+".Router)", 1, 2, slices.Concat(verbsTitle[:7], []string{"Connect", "Trace", "HandleFunc", "Handle"})...),
		routes("(*"+chiPkg+".Mux)", 1, 2, slices.Concat(verbsTitle[:7], []string{"Connect", "Trace", "HandleFunc", "Handle"})...),
		routes("("+chiPkg+".Router)", 2, 3, "Method", "MethodFunc"),
		routes("(*"+chiPkg+".Mux)", 2, 3, "Method", "MethodFunc"),
	),
}
