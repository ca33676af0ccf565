// Package tokenquery defines an Analyzer (work in progress).
//
// # Analyzer tokenquery
//
// tokenquery: placeholder
package tokenquery
