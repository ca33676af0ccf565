// Package sessionrevoke defines an Analyzer (work in progress).
//
// # Analyzer sessionrevoke
//
// sessionrevoke: placeholder
package sessionrevoke
