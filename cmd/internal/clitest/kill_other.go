//go:build !linux

package clitest

import "os/exec"

// killGroupOnCancel leaves exec.CommandContext's default, killing cmd
// alone, on systems other than Linux.
func killGroupOnCancel(*exec.Cmd) {}
