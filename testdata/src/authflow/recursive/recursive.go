// Package recursive proves that authflow's summaries stay small on
// recursive types: a method that recurses through a node's two links
// writes through paths that, unbounded, double with every round
// (.current.buffer.current...; a real iterator package took over 10 GB).
// A path is cut where it would revisit a field.
package recursive

type node struct {
	current, buffer *node
	stopped         bool
}

func (n *node) Stop() { // want Stop:`^summary\(param0\.buffer\*=true, param0\.buffer\*\.current\*=true, param0\.buffer\*\.current\*\.stopped=true, param0\.buffer\*\.stopped=true, param0\.current\*=true, param0\.current\*\.buffer\*=true, param0\.current\*\.buffer\*\.stopped=true, param0\.current\*\.stopped=true, param0\.stopped=true\)$`
	if n.current != nil {
		n.current.Stop()
	}
	if n.buffer != nil {
		n.buffer.Stop()
	}
	n.stopped = true
}
