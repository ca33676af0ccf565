// Package wide proves that authflow stays fast on memory that forms a
// wide, cyclic graph: structs copied into each other whole, with their
// fields stored from one another. Following stored values depth-first,
// path by path, is exponential here (it hung on a real application); a
// graph search is linear.
package wide

import "net/http"

type record struct {
	A, B, C, D string
}

func Mix(r *http.Request) record { // want Mix:`summary\(result0=\[form "a"\].*\)`
	var a, b, c, d, e, f, g, h, k, l, m, n record
	a.A = r.FormValue("a")
	for i := 0; i < 3; i++ {
		b, c, d, e, f, g = a, b, c, d, e, f
		h, k, l, m, n, a = g, h, k, l, m, n
		a.B, b.C, c.D, d.A, e.B, f.C = n.A, m.B, l.C, k.D, h.A, g.B
		g.D, h.A, k.B, l.C, m.D, n.A = f.C, e.B, d.A, c.B, b.C, a.D
		n, m, l, k, h, g = a, n, m, l, k, h
		f, e, d, c, b, a = g, f, e, d, c, b
	}
	return a
}
