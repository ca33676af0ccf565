package frameworks_test

import (
	"reflect"
	"testing"

	"github.com/authvet/authvet/passes/frameworks"
)

// TestNoDuplicateKeys rejects a row whose key another row of the same
// table already has, in any framework: authmodel's index keeps one row
// per key, so the other would be dropped without a word.
func TestNoDuplicateKeys(t *testing.T) {
	tables := map[string][]reflect.Value{} // table -> its rows in every framework
	fwType := reflect.TypeFor[frameworks.Framework]()
	for _, fw := range frameworks.All {
		v := reflect.ValueOf(fw).Elem()
		for i := range fwType.NumField() {
			f := fwType.Field(i)
			switch f.Name {
			case "Packages", "Handlers":
				continue // not looked up by key
			case "Sinks":
				continue // a call may send several of its arguments
			}
			if f.Type.Kind() == reflect.Slice {
				for j := range v.Field(i).Len() {
					tables[f.Name] = append(tables[f.Name], v.Field(i).Index(j))
				}
			}
		}
	}
	for table, rows := range tables {
		seen := map[string]bool{}
		for _, row := range rows {
			k := key(row)
			if seen[k] {
				t.Errorf("%s: %s is listed twice", table, k)
			}
			seen[k] = true
		}
	}
}

// key returns what authmodel indexes row by: a name itself, a row's
// Func, or its Type and Field.
func key(row reflect.Value) string {
	if row.Kind() == reflect.String {
		return row.String()
	}
	if f := row.FieldByName("Func"); f.IsValid() {
		return f.String()
	}
	k := row.FieldByName("Type").String()
	if f := row.FieldByName("Field"); f.IsValid() {
		k += "." + f.String()
	}
	return k
}
