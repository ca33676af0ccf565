package goplsproxy

import (
	"bytes"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
)

// Position encodings an LSP server may negotiate (LSP 3.17
// PositionEncodingKind). gopls answers with the one it picked; without an
// answer the protocol's default, UTF-16, applies.
const (
	encodingUTF8  = "utf-8"
	encodingUTF16 = "utf-16"
	encodingUTF32 = "utf-32"
)

// toPosition converts a byte offset in text to an LSP position in enc.
// Offsets past the end are clamped to it.
func toPosition(text []byte, offset int, enc string) Position {
	offset = min(max(offset, 0), len(text))
	var line uint32
	lineStart := 0
	for i := 0; i < offset; i++ {
		if text[i] == '\n' {
			line++
			lineStart = i + 1
		}
	}
	return Position{Line: line, Character: uint32(columnUnits(text[lineStart:offset], enc))}
}

// columnUnits counts the code units of enc in s.
func columnUnits(s []byte, enc string) int {
	switch enc {
	case encodingUTF8:
		return len(s)
	case encodingUTF32:
		return utf8.RuneCount(s)
	}
	n := 0
	for len(s) > 0 {
		r, size := utf8.DecodeRune(s)
		s = s[size:]
		n += max(utf16.RuneLen(r), 1) // an invalid byte counts as one unit, as in gopls
	}
	return n
}

// toOffset converts an LSP position in enc to a byte offset in text.
// A character past the end of its line means the end of the line, as the
// protocol says; a line past the end of the text is an error.
func toOffset(text []byte, pos Position, enc string) (int, error) {
	offset := 0
	for line := uint32(0); line < pos.Line; line++ {
		i := bytes.IndexByte(text[offset:], '\n')
		if i < 0 {
			if line+1 == pos.Line && pos.Character == 0 {
				return len(text), nil // the position just after a last line with no newline
			}
			return 0, fmt.Errorf("line %d is past the end of the document (%d lines)", pos.Line+1, line+1)
		}
		offset += i + 1
	}
	units := 0
	for offset < len(text) && text[offset] != '\n' && units < int(pos.Character) {
		_, size := utf8.DecodeRune(text[offset:])
		units += columnUnits(text[offset:offset+size], enc)
		offset += size
	}
	return offset, nil
}
