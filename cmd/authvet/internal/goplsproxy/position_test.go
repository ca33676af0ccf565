package goplsproxy

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestPositions(t *testing.T) {
	text := []byte("a := \"é😀x\"\nb\n")
	x := 12 // the byte offset of x: é is 2 bytes, 😀 is 4
	require.Equal(t, byte('x'), text[x])
	for enc, col := range map[string]uint32{encodingUTF16: 9, encodingUTF8: 12, encodingUTF32: 8} {
		pos := toPosition(text, x, enc)
		require.Equal(t, Position{Line: 0, Character: col}, pos, enc)
		off, err := toOffset(text, pos, enc)
		require.NoError(t, err)
		require.Equal(t, x, off, enc)
	}
	require.Equal(t, Position{Line: 2, Character: 0}, toPosition(text, 1000, encodingUTF16), "clamped to the end")

	off, err := toOffset(text, Position{Line: 1, Character: 99}, encodingUTF16)
	require.NoError(t, err)
	require.Equal(t, 16, off, "past the end of a line is its end")
	_, err = toOffset(text, Position{Line: 5}, encodingUTF16)
	require.ErrorContains(t, err, "line 6 is past the end of the document")
}

func TestIncrementalChanges(t *testing.T) {
	d := newDocuments()
	d.didOpen("/m/a.go", "file:///m/a.go", 1, "package a\n\nvar s = \"é\"\n")
	_, before := d.snapshot()
	require.NoError(t, d.didChange("/m/a.go", 2, []contentChange{
		{Range: &Range{Start: Position{Line: 2, Character: 10}, End: Position{Line: 2, Character: 11}}, Text: "ok"}, // the quote after é, in UTF-16
		{Range: &Range{Start: Position{Line: 0, Character: 8}, End: Position{Line: 0, Character: 9}}, Text: "b"},
	}, encodingUTF16))
	overlay, _ := d.snapshot()
	require.Equal(t, "package b\n\nvar s = \"éok\n", string(overlay["/m/a.go"]))
	require.True(t, d.stale([]string{"/m/a.go"}, before), "an edit makes an earlier snapshot stale")
	require.False(t, d.stale([]string{"/m/b.go"}, before), "other files are not affected")
	require.Error(t, d.didChange("/m/c.go", 1, nil, encodingUTF16), "a change to a file that is not open")
}
