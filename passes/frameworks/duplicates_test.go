package frameworks_test

import (
	"reflect"
	"testing"

	"github.com/authvet/authvet/passes/frameworks"
)

// TestNoDuplicateKeys rejects a key listed twice in one table across the
// frameworks: authmodel's index keeps one row per key, so a second row
// would silently replace the first. A row's key is its Func field, its
// Type (and Field) fields, or the string itself in a list of names;
// Sinks are left out, as the index keeps every sink of a function.
func TestNoDuplicateKeys(t *testing.T) {
	seen := map[string]map[string]string{} // table -> key -> framework
	for _, fw := range frameworks.All {
		v := reflect.ValueOf(fw).Elem()
		for i := range v.NumField() {
			table := v.Type().Field(i).Name
			f := v.Field(i)
			if f.Kind() != reflect.Slice || table == "Sinks" {
				continue // not a table, or one with several rows per key
			}
			for j := range f.Len() {
				key, ok := rowKey(f.Index(j))
				if !ok {
					break // rows without a single key
				}
				if seen[table] == nil {
					seen[table] = map[string]string{}
				}
				if prev, dup := seen[table][key]; dup {
					t.Errorf("%s.%s: %s listed again (first in %s)", fw.Name, table, key, prev)
				}
				seen[table][key] = fw.Name
			}
		}
	}
	if len(seen) == 0 {
		t.Fatal("no table rows read; the test no longer matches the Framework type")
	}
}

// rowKey returns a table row's key: a string row itself, or a struct
// row's Func field, or its Type field with its Field field.
func rowKey(row reflect.Value) (string, bool) {
	if row.Kind() == reflect.Pointer {
		row = row.Elem()
	}
	switch row.Kind() {
	case reflect.String:
		return row.String(), true
	case reflect.Struct:
		if f := row.FieldByName("Func"); f.IsValid() && f.Kind() == reflect.String {
			return f.String(), true
		}
		if typ := row.FieldByName("Type"); typ.IsValid() && typ.Kind() == reflect.String {
			if f := row.FieldByName("Field"); f.IsValid() && f.Kind() == reflect.String {
				return typ.String() + "." + f.String(), true
			}
			return typ.String(), true
		}
	}
	return "", false
}
