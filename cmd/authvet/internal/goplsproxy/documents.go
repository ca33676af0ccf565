package goplsproxy

import (
	"encoding/json"
	"fmt"
	"sync"
)

// documents tracks the text of the files open in the editor, as the
// editor sends it, so that unsaved buffers can be analyzed as go/packages
// overlays and positions converted with the text that was analyzed.
//
// It also counts the edits to every file, open or not: an analysis
// records the counts when it starts and is stale if any file of its
// packages has moved on when it ends.
type documents struct {
	mu    sync.Mutex
	open  map[string]*document // by file name
	edits map[string]int       // by file name: open, change, save and close events
}

type document struct {
	uri     string
	version int32
	text    []byte
}

// contentChange is an LSP TextDocumentContentChangeEvent: a whole new
// text when Range is nil, otherwise a replacement of Range.
type contentChange struct {
	Range *Range `json:"range,omitempty"`
	Text  string `json:"text"`
}

func newDocuments() *documents {
	return &documents{open: map[string]*document{}, edits: map[string]int{}}
}

// didOpen records an opened document.
func (d *documents) didOpen(path, uri string, version int32, text string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.open[path] = &document{uri: uri, version: version, text: []byte(text)}
	d.edits[path]++
}

// didChange applies an editor's changes, in order, to an open document.
func (d *documents) didChange(path string, version int32, changes []contentChange, enc string) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.edits[path]++
	doc := d.open[path]
	if doc == nil {
		return fmt.Errorf("change to %s, which is not open", path)
	}
	for _, c := range changes {
		if c.Range == nil {
			doc.text = []byte(c.Text)
			continue
		}
		start, err := toOffset(doc.text, c.Range.Start, enc)
		if err != nil {
			return fmt.Errorf("change to %s: %v", path, err)
		}
		end, err := toOffset(doc.text, c.Range.End, enc)
		if err != nil || end < start {
			return fmt.Errorf("change to %s: bad range end: %v", path, err)
		}
		doc.text = append(doc.text[:start:start], append([]byte(c.Text), doc.text[end:]...)...)
	}
	doc.version = version
	return nil
}

// touched records an event that may change what an analysis of path
// sees: a save, or a change on disk.
func (d *documents) touched(path string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.edits[path]++
}

// didClose forgets a closed document: from now on the file on disk is
// what counts.
func (d *documents) didClose(path string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	delete(d.open, path)
	d.edits[path]++
}

// snapshot returns the open documents' texts, as overlays, and the edit
// counts of every file.
func (d *documents) snapshot() (overlay map[string][]byte, edits map[string]int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	overlay = make(map[string][]byte, len(d.open))
	for path, doc := range d.open {
		overlay[path] = doc.text
	}
	edits = make(map[string]int, len(d.edits))
	for path, n := range d.edits {
		edits[path] = n
	}
	return overlay, edits
}

// stale reports whether any of files was edited since edits were
// counted.
func (d *documents) stale(files []string, edits map[string]int) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, f := range files {
		if d.edits[f] != edits[f] {
			return true
		}
	}
	return false
}

// lookup returns the URI and version of an open document.
func (d *documents) lookup(path string) (uri string, version int32, ok bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	doc := d.open[path]
	if doc == nil {
		return "", 0, false
	}
	return doc.uri, doc.version, true
}

// parseParams decodes the params of a notification or request.
func parseParams(raw *json.RawMessage, v any) error {
	if raw == nil {
		return fmt.Errorf("missing params")
	}
	return json.Unmarshal(*raw, v)
}
