package credentials

import (
	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/handlers"
	"github.com/authvet/authvet/passes/ssautil"
)

// findExtractors notes the functions of the package handed to middleware
// as token extractors: what they return is the credential.
func (b *builder) findExtractors() {
	for _, fn := range b.flow.SrcFuncs {
		for _, blk := range fn.Blocks {
			for _, instr := range blk.Instrs {
				if call, ok := instr.(ssa.CallInstruction); ok {
					b.noteExtractors(call.Common())
				}
			}
		}
	}
}

// noteExtractors notes the extractors a call hands to middleware.
func (b *builder) noteExtractors(call *ssa.CallCommon) {
	obj := ssautil.Callee(call)
	if obj == nil {
		return
	}
	_, args := ssautil.SplitArgs(call)
	if e := b.flow.Model.TokenExtractors[obj.FullName()]; e != nil {
		if arg, ok := frameworks.Pick(args, e.Arg); ok {
			for _, f := range handlers.FuncsOf(arg) {
				b.extractors[f] = obj.Pkg().Name() + "." + obj.Name()
			}
		}
	}
}
