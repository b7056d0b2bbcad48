//===- AsmAccesses.cpp - What an inline asm statement reads and writes ----===//
//
// Two sources of accesses:
//  - Indirect memory operands (`=*m`, `*m`): the operand is a pointer and
//    its elementtype gives the size; outputs are writes, inputs reads.
//  - Register operands used as the base of an instruction's memory operand.
//    The template's placeholders ($N, ${N:mod}) are replaced by registers
//    the text does not mention, the result is assembled with the target's
//    MC asm parser, and every instruction that may load or store and whose
//    memory operand is [base + index*scale + disp] with base (and index)
//    among those registers, not yet redefined by an earlier instruction of
//    the statement, becomes an access of the instruction's operand size.
//
// The operand size comes from the opcode's name for the integer
// instructions whose name carries it (MOV32mr, ADD64mi8, LCMPXCHG32,
// XCHG16rm; MOVZX32rm8, where the last number is the memory's); where a
// name's number is not the access size it is smaller (CMPXCHG8B: 8 bytes),
// so fewer bytes are checked, never more. Other instructions (vector, string,
// x87, prefetch, system) are not attributed. Statements with branches, calls or
// returns are not analysed (their instructions may run more than once, or not
// at all), nor are statements the MC layer rejects or that use placeholders
// this file does not know. Only x86-64 is analysed.
//
//===----------------------------------------------------------------------===//
#include "AsmAccesses.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/IR/Module.h"
#include "llvm/MC/MCAsmInfo.h"
#include "llvm/MC/MCContext.h"
#include "llvm/MC/MCInst.h"
#include "llvm/MC/MCInstrInfo.h"
#include "llvm/MC/MCObjectFileInfo.h"
#include "llvm/MC/MCParser/MCAsmParser.h"
#include "llvm/MC/MCParser/MCTargetAsmParser.h"
#include "llvm/MC/MCRegisterInfo.h"
#include "llvm/MC/MCStreamer.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/MCTargetOptions.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/TargetParser/Triple.h"

#include <memory>
#include <optional>

using namespace llvm;

namespace sbsan {

namespace {

// A general-purpose register: its names by width, the constraint letter
// that names it (GCC's "a", "S", ...; 0 for none), and whether placeholders
// may become it. None of the placeholder registers has an implicit role in
// the instructions analysed (rax/rdx: mul, div; rcx: shifts, rep; rsi/rdi:
// string instructions; rsp and rbp are not listed at all). Placeholders
// take them in this order.
struct GPR {
  const char *Q, *D, *W, *B;
  char Letter;
  bool Placeholder;
};
const GPR kGPRs[] = {
    {"r8", "r8d", "r8w", "r8b", 0, true},
    {"r9", "r9d", "r9w", "r9b", 0, true},
    {"r10", "r10d", "r10w", "r10b", 0, true},
    {"r11", "r11d", "r11w", "r11b", 0, true},
    {"r12", "r12d", "r12w", "r12b", 0, true},
    {"r13", "r13d", "r13w", "r13b", 0, true},
    {"r14", "r14d", "r14w", "r14b", 0, true},
    {"r15", "r15d", "r15w", "r15b", 0, true},
    {"rbx", "ebx", "bx", "bl", 'b', true},
    {"rax", "eax", "ax", "al", 'a', false},
    {"rcx", "ecx", "cx", "cl", 'c', false},
    {"rdx", "edx", "dx", "dl", 'd', false},
    {"rsi", "esi", "si", "sil", 'S', false},
    {"rdi", "edi", "di", "dil", 'D', false},
};

// The register a constraint code fixes ("{rdi}", "{edi}", "D"), among
// those with a constraint letter, or null.
const GPR *namedRegister(StringRef Code) {
  std::string Name;
  if (Code.size() > 2 && Code.starts_with("{") && Code.ends_with("}"))
    Name = Code.drop_front().drop_back().lower();
  for (const GPR &R : kGPRs) {
    if (!R.Letter)
      continue;
    if (Code.size() == 1
            ? Code[0] == R.Letter
            : Name == R.Q || Name == R.D || Name == R.W || Name == R.B)
      return &R;
  }
  return nullptr;
}

// What one asm operand ($N) is.
struct Operand {
  enum Kind { Register, Memory, Other } K = Other;
  int Arg = -1; // the call operand with its value, if any
  const GPR *Reg = nullptr;
  bool Named = false; // Reg fixed by the constraint, not a placeholder's
  bool Output = false;
  int Tied = -1; // an input tied to output operand $Tied ("0", "1", ...)
};

// Collects the instructions the parser assembles.
class InstCollector : public MCStreamer {
public:
  explicit InstCollector(MCContext &Ctx) : MCStreamer(Ctx) {}
  bool emitSymbolAttribute(MCSymbol *, MCSymbolAttr) override { return true; }
  void emitCommonSymbol(MCSymbol *, uint64_t, Align) override {}
  void emitZerofill(MCSection *, MCSymbol *, uint64_t, Align, SMLoc) override {}
  void emitInstruction(const MCInst &Inst, const MCSubtargetInfo &) override {
    Insts.push_back(Inst);
  }
  SmallVector<MCInst, 8> Insts;
};

bool isRegisterClass(StringRef Code) {
  return Code == "r" || Code == "q" || Code == "R" || Code == "Q";
}

// The operands of the statement, in $N order, and the call operand of each.
bool describeOperands(const CallBase &Call, const InlineAsm &IA,
                      SmallVectorImpl<Operand> &Ops, std::string &Why) {
  unsigned ArgNo = 0;
  for (const InlineAsm::ConstraintInfo &C : IA.ParseConstraints()) {
    if (C.Type == InlineAsm::isClobber)
      continue;
    if (C.Type == InlineAsm::isLabel) {
      Why = "asm goto";
      return false;
    }
    Operand Op;
    Op.Output = C.Type == InlineAsm::isOutput;
    bool HasArg = !Op.Output || C.isIndirect;
    if (HasArg)
      Op.Arg = int(ArgNo++);
    StringRef Code = C.Codes.empty() ? StringRef() : StringRef(C.Codes[0]);
    unsigned Tied = 0;
    if (!Code.empty() && isDigit(Code[0]) && !Code.getAsInteger(10, Tied))
      Op.Tied = int(Tied);
    if (C.isIndirect && (Code == "m" || Code == "o" || Code == "V")) {
      Op.K = Operand::Memory;
    } else if (!C.isIndirect && namedRegister(Code)) {
      Op.K = Operand::Register;
      Op.Reg = namedRegister(Code);
      Op.Named = true;
    } else if (!C.isIndirect &&
               (isRegisterClass(Code) || C.hasMatchingInput() ||
                (!Code.empty() && isDigit(Code[0]))))
      Op.K = Operand::Register;
    Ops.push_back(Op);
  }
  if (ArgNo != Call.arg_size()) {
    Why = "operands do not match the call";
    return false;
  }
  return true;
}

// Calls F on every maximal run of characters of Text that satisfy In.
template <typename Pred, typename Fn>
void forEachRun(StringRef Text, Pred In, Fn F) {
  for (size_t I = 0; I < Text.size();) {
    if (!In(Text[I])) {
      ++I;
      continue;
    }
    size_t J = I;
    while (J < Text.size() && In(Text[J]))
      ++J;
    F(Text.slice(I, J));
    I = J;
  }
}

// Identifiers of the text, lowercased, to keep placeholders off registers
// it names itself.
StringSet<> identifiersOf(StringRef Text) {
  StringSet<> Ids;
  forEachRun(Text, isAlnum, [&](StringRef Id) { Ids.insert(Id.lower()); });
  return Ids;
}

bool mentions(const StringSet<> &Ids, const GPR &R) {
  return Ids.count(R.Q) || Ids.count(R.D) || Ids.count(R.W) || Ids.count(R.B);
}

// Gives every register operand a register of the pool; a tied input gets
// its output's register.
bool assignRegisters(const InlineAsm &IA, MutableArrayRef<Operand> Ops,
                     std::string &Why) {
  StringSet<> Ids = identifiersOf(IA.getAsmString());
  StringSet<> InConstraints = identifiersOf(IA.getConstraintString());
  for (StringRef Id : InConstraints.keys())
    Ids.insert(Id);
  for (const Operand &Op : Ops)
    if (Op.Named)
      Ids.insert(Op.Reg->Q);
  unsigned Next = 0;
  auto Take = [&]() -> const GPR * {
    for (; Next < std::size(kGPRs); ++Next)
      if (kGPRs[Next].Placeholder && !mentions(Ids, kGPRs[Next]))
        return &kGPRs[Next++];
    return nullptr;
  };
  for (Operand &Op : Ops) {
    if (Op.Named)
      continue;
    if (Op.K == Operand::Memory)
      Op.Reg = Take(); // the address register of the memory expression
    else if (Op.K == Operand::Register)
      Op.Reg = Op.Tied >= 0 && unsigned(Op.Tied) < Ops.size() ? Ops[Op.Tied].Reg
                                                              : Take();
    if (Op.K != Operand::Other && !Op.Reg) {
      Why = "no free register for an operand";
      return false;
    }
  }
  return true;
}

// The template with placeholders replaced, or nothing if it uses one this
// file does not know.
std::optional<std::string> substitute(StringRef Text, ArrayRef<Operand> Ops,
                                      bool Intel, std::string &Why) {
  std::string Out;
  const char *Pct = Intel ? "" : "%";
  for (size_t I = 0; I < Text.size();) {
    char C = Text[I];
    if (C != '$') {
      Out += C;
      ++I;
      continue;
    }
    if (I + 1 < Text.size() && Text[I + 1] == '$') {
      Out += '$';
      I += 2;
      continue;
    }
    unsigned N = 0;
    char Mod = 0;
    size_t J = I + 1;
    if (J < Text.size() && Text[J] == '{') {
      size_t Close = Text.find('}', J);
      if (Close == StringRef::npos) {
        Why = "malformed placeholder";
        return std::nullopt;
      }
      StringRef Body = Text.slice(J + 1, Close);
      auto [Num, Modifier] = Body.split(':');
      if (Num.getAsInteger(10, N) || Modifier.size() > 1) {
        Why = ("placeholder ${" + Body + "}").str();
        return std::nullopt;
      }
      Mod = Modifier.empty() ? 0 : Modifier[0];
      I = Close + 1;
    } else {
      size_t K = J;
      while (K < Text.size() && isDigit(Text[K]))
        ++K;
      if (K == J || Text.slice(J, K).getAsInteger(10, N)) {
        Why = "placeholder $" + std::string(1, Text[J < Text.size() ? J : I]);
        return std::nullopt;
      }
      I = K;
    }
    if (N >= Ops.size() || !Ops[N].Reg) {
      Why = "operand $" + std::to_string(N) + " is neither register nor memory";
      return std::nullopt;
    }
    const GPR &R = *Ops[N].Reg;
    if (Ops[N].K == Operand::Memory) {
      Out += Intel ? (std::string("[") + R.Q + "]")
                   : (std::string("(%") + R.Q + ")");
      continue;
    }
    const char *Name = Mod == 'k'                 ? R.D
                       : Mod == 'w'               ? R.W
                       : Mod == 'b'               ? R.B
                       : (Mod == 'q' || Mod == 0) ? R.Q
                                                  : nullptr;
    if (!Name) {
      Why = std::string("operand modifier ") + Mod;
      return std::nullopt;
    }
    Out += Pct;
    Out += Name;
  }
  return Out;
}

// Bytes of the memory operand of an integer instruction whose name says
// it (see the file header), or 0.
uint64_t memorySizeFromName(StringRef Name) {
  static const char *const kKnown[] = {
      "MOV",  "MOVZX",   "MOVSX", "ADD", "SUB", "AND", "OR",  "XOR",
      "ADC",  "SBB",     "INC",   "DEC", "NEG", "NOT", "CMP", "TEST",
      "XCHG", "CMPXCHG", "XADD",  "SHL", "SHR", "SAR", "ROL", "ROR"};
  Name.consume_front("LOCK_");
  if (Name.starts_with("LCMPXCHG") || Name.starts_with("LXADD"))
    Name = Name.drop_front(1);
  size_t Alpha = 0;
  while (Alpha < Name.size() && isUpper(Name[Alpha]))
    ++Alpha;
  StringRef Mnemonic = Name.take_front(Alpha);
  if (!is_contained(ArrayRef(kKnown), Mnemonic))
    return 0;
  // The first number is the operand size (ADD32mi8: the 8 is the
  // immediate's), except for the extending loads (MOVZX32rm8: the last).
  bool Last = Mnemonic == "MOVZX" || Mnemonic == "MOVSX";
  uint64_t Bits = 0;
  forEachRun(Name.drop_front(Alpha), isDigit, [&](StringRef Digits) {
    uint64_t V = 0;
    if (!Digits.getAsInteger(10, V) &&
        (V == 8 || V == 16 || V == 32 || V == 64) && (!Bits || Last))
      Bits = V;
  });
  return Bits / 8;
}

// A string instruction (movs, stos, lods, cmps, scas): its element size
// and the operands it touches.
struct StringOp {
  uint64_t Size;
  bool ReadsSI, ReadsDI, WritesDI;
  bool StopsEarly; // repe/repne cmps, scas: the count is an upper bound
};

std::optional<StringOp> stringOpOf(StringRef Name) {
  if (Name.size() != 5)
    return std::nullopt;
  uint64_t Size = Name[4] == 'B'   ? 1
                  : Name[4] == 'W' ? 2
                  : Name[4] == 'L' ? 4
                  : Name[4] == 'Q' ? 8
                                   : 0;
  StringRef Kind = Name.take_front(4);
  if (!Size)
    return std::nullopt;
  if (Kind == "MOVS")
    return StringOp{Size, true, false, true, false};
  if (Kind == "STOS")
    return StringOp{Size, false, false, true, false};
  if (Kind == "LODS")
    return StringOp{Size, true, false, false, false};
  if (Kind == "CMPS")
    return StringOp{Size, true, true, false, true};
  if (Kind == "SCAS")
    return StringOp{Size, false, true, false, true};
  return std::nullopt;
}

// Prefix flags the X86 asm parser sets on an instruction (X86BaseInfo.h's
// IP_HAS_REPEAT_NE and IP_HAS_REPEAT).
constexpr unsigned kRepeatFlags = (1u << 2) | (1u << 3);

struct MCTools {
  const Target *T = nullptr;
  std::unique_ptr<MCRegisterInfo> MRI;
  std::unique_ptr<MCAsmInfo> MAI;
  std::unique_ptr<MCInstrInfo> MII;
  std::unique_ptr<MCSubtargetInfo> STI;
};

bool makeTools(const Triple &TT, MCTools &Tools, std::string &Why) {
  std::string Err;
  Tools.T = TargetRegistry::lookupTarget(TT, Err);
  if (!Tools.T) {
    Why = "no target " + TT.str();
    return false;
  }
  MCTargetOptions Options;
  Tools.MRI.reset(Tools.T->createMCRegInfo(TT));
  if (Tools.MRI)
    Tools.MAI.reset(Tools.T->createMCAsmInfo(*Tools.MRI, TT, Options));
  Tools.MII.reset(Tools.T->createMCInstrInfo());
  Tools.STI.reset(Tools.T->createMCSubtargetInfo(TT, "", ""));
  if (!Tools.MRI || !Tools.MAI || !Tools.MII || !Tools.STI ||
      !Tools.T->hasMCAsmParser()) {
    Why = "the target's MC asm parser is not available";
    return false;
  }
  return true;
}

// Assembles Text; false (with Why) if the parser reports anything.
bool assemble(const MCTools &Tools, const Triple &TT, StringRef Text,
              bool Intel, SmallVectorImpl<MCInst> &Insts, std::string &Why) {
  SourceMgr SrcMgr;
  SrcMgr.AddNewSourceBuffer(MemoryBuffer::getMemBufferCopy(Text), SMLoc());
  std::string Diag;
  SrcMgr.setDiagHandler(
      [](const SMDiagnostic &D, void *Ctx) {
        auto *S = static_cast<std::string *>(Ctx);
        if (S->empty())
          *S = D.getMessage().str();
      },
      &Diag);
  MCContext Ctx(TT, Tools.MAI.get(), Tools.MRI.get(), Tools.STI.get(), &SrcMgr);
  std::unique_ptr<MCObjectFileInfo> MOFI(
      Tools.T->createMCObjectFileInfo(Ctx, /*PIC=*/false));
  Ctx.setObjectFileInfo(MOFI.get());
  InstCollector Out(Ctx);
  std::unique_ptr<MCAsmParser> Parser(
      createMCAsmParser(SrcMgr, Ctx, Out, *Tools.MAI));
  MCTargetOptions Options;
  std::unique_ptr<MCTargetAsmParser> TAP(
      Tools.T->createMCAsmParser(*Tools.STI, *Parser, *Tools.MII, Options));
  if (!TAP) {
    Why = "the target's MC asm parser is not available";
    return false;
  }
  Parser->setTargetParser(*TAP);
  Parser->setAssemblerDialect(Intel ? 1 : 0);
  bool Failed = Parser->Run(/*NoInitialTextSection=*/false);
  if (Failed || !Diag.empty()) {
    Why = "not assembled: " + (Diag.empty() ? std::string("error") : Diag);
    return false;
  }
  Insts.assign(Out.Insts.begin(), Out.Insts.end());
  return true;
}

// The operand whose register is Reg (by its 64-bit name), or -1; the
// input of an input-output pair (it holds the value the statement starts
// with).
int operandOfRegister(const MCRegisterInfo &MRI, MCRegister Reg,
                      ArrayRef<Operand> Ops) {
  if (!Reg)
    return -1;
  std::string Name = StringRef(MRI.getName(Reg)).lower();
  int Found = -1;
  for (unsigned N = 0; N < Ops.size(); ++N) {
    if (!Ops[N].Reg || Name != Ops[N].Reg->Q)
      continue;
    if (!Ops[N].Output && Ops[N].Arg >= 0)
      return int(N);
    if (Found < 0)
      Found = int(N);
  }
  return Found;
}

// The accesses of one string instruction: [rdi] and [rsi], each an element
// or, under rep, rcx elements. Left out: a direction flag that may be set
// (std earlier in the statement), pointer or count registers that are not
// unchanged input operands, and repeated compares (they may stop early).
struct StringRegs {
  MCRegister RCX, RSI, RDI;
};

// The register the target calls Name (the X86 register enum is private to
// the target).
MCRegister registerNamed(const MCRegisterInfo &MRI, StringRef Name) {
  for (unsigned R = 1; R < MRI.getNumRegs(); ++R)
    if (Name == MRI.getName(R))
      return MCRegister(R);
  return MCRegister();
}

template <typename InputFn>
void analyzeStringOp(const StringOp &SO, bool Repeat, bool Backwards,
                     const StringRegs &Regs, InputFn InputIn,
                     ArrayRef<Operand> Ops, StringRef Name,
                     AsmAnalysis &Result) {
  auto Skip = [&](const char *Why) {
    Result.Skipped.push_back((Name + ": " + Why).str());
  };
  if (Backwards)
    return Skip("the direction flag may be set");
  if (Repeat && SO.StopsEarly)
    return Skip("a repeated compare may stop early");
  int Count = -1;
  if (Repeat) {
    Count = Regs.RCX ? InputIn(Regs.RCX) : -1;
    if (Count < 0)
      return Skip("the count is not an input operand");
  }
  int SI = SO.ReadsSI && Regs.RSI ? InputIn(Regs.RSI) : -1;
  int DI = (SO.ReadsDI || SO.WritesDI) && Regs.RDI ? InputIn(Regs.RDI) : -1;
  if ((SO.ReadsSI && SI < 0) || ((SO.ReadsDI || SO.WritesDI) && DI < 0))
    return Skip("a pointer is not an input operand");
  auto Add = [&](int Op, bool Writes) {
    AsmAccess A;
    A.BaseArg = unsigned(Ops[Op].Arg);
    A.Size = SO.Size;
    A.CountArg = Count >= 0 ? Ops[Count].Arg : -1;
    A.Reads = !Writes;
    A.Writes = Writes;
    Result.Accesses.push_back(A);
    return int(Result.Accesses.size() - 1);
  };
  int Read = SI >= 0 ? Add(SI, false) : -1;
  if (SO.ReadsDI)
    Add(DI, false);
  if (SO.WritesDI) {
    int Write = Add(DI, true);
    if (Read >= 0) {
      Result.Accesses[Read].PairedWith = Write;
      Result.Accesses[Write].PairedWith = Read;
    }
  }
}

void analyzeInstructions(const MCTools &Tools, ArrayRef<MCInst> Insts,
                         ArrayRef<Operand> Ops, AsmAnalysis &Result) {
  const MCRegisterInfo &MRI = *Tools.MRI;
  SmallVector<MCRegister, 8> Defined;
  auto Redefined = [&](MCRegister R) {
    return any_of(Defined, [&](MCRegister D) { return MRI.regsOverlap(D, R); });
  };
  bool RepeatNext = false, Backwards = false;
  StringRegs Regs{registerNamed(MRI, "RCX"), registerNamed(MRI, "RSI"),
                  registerNamed(MRI, "RDI")};
  // An input operand's register, unchanged so far: its operand, or -1.
  auto InputIn = [&](MCRegister R) {
    int Op = operandOfRegister(MRI, R, Ops);
    return Op >= 0 && Ops[Op].Arg >= 0 && !Ops[Op].Output &&
                   Ops[Op].K == Operand::Register && !Redefined(R)
               ? Op
               : -1;
  };
  for (const MCInst &Inst : Insts) {
    const MCInstrDesc &Desc = Tools.MII->get(Inst.getOpcode());
    StringRef Name = Tools.MII->getName(Inst.getOpcode());
    bool Repeat = RepeatNext || (Inst.getFlags() & kRepeatFlags);
    RepeatNext = Name == "REP_PREFIX" || Name == "REPNE_PREFIX";
    Backwards |= Name == "STD";
    if (std::optional<StringOp> SO = stringOpOf(Name)) {
      analyzeStringOp(*SO, Repeat, Backwards, Regs, InputIn, Ops, Name, Result);
    } else if (Desc.isBranch() || Desc.isCall() || Desc.isReturn()) {
      Result.Skipped.push_back("control flow in the statement");
      Result.Accesses.clear();
      return;
    } else if (Desc.mayLoad() || Desc.mayStore()) {
      int Mem = -1;
      for (unsigned I = 0; I < Desc.getNumOperands(); ++I)
        if (Desc.operands()[I].OperandType == MCOI::OPERAND_MEMORY) {
          Mem = int(I);
          break;
        }
      uint64_t Size = memorySizeFromName(Name);
      if (Mem < 0 || unsigned(Mem) + 5 > Inst.getNumOperands() || !Size) {
        Result.Skipped.push_back(("instruction " + Name).str());
      } else {
        const MCOperand &Base = Inst.getOperand(Mem);
        const MCOperand &Scale = Inst.getOperand(Mem + 1);
        const MCOperand &Index = Inst.getOperand(Mem + 2);
        const MCOperand &Disp = Inst.getOperand(Mem + 3);
        const MCOperand &Seg = Inst.getOperand(Mem + 4);
        int BaseOp =
            Base.isReg() ? operandOfRegister(MRI, Base.getReg(), Ops) : -1;
        bool HasIndex = Index.isReg() && Index.getReg();
        int BaseIn = Base.isReg() ? InputIn(Base.getReg()) : -1;
        int IndexIn = HasIndex ? InputIn(Index.getReg()) : -1;
        bool Ok = BaseIn >= 0 && Scale.isImm() && Disp.isImm() && Seg.isReg() &&
                  !Seg.getReg() && (!HasIndex || IndexIn >= 0);
        if (BaseOp >= 0 && Ops[BaseOp].K == Operand::Memory) {
          // A memory operand: checked whole, from its constraint.
        } else if (!Ok) {
          Result.Skipped.push_back(
              ("address of " + Name + " not from an input operand").str());
        } else {
          AsmAccess A;
          A.BaseArg = unsigned(Ops[BaseIn].Arg);
          A.IndexArg = HasIndex ? Ops[IndexIn].Arg : -1;
          A.Scale = uint64_t(Scale.getImm());
          A.Disp = Disp.getImm();
          A.Size = Size;
          A.Reads = Desc.mayLoad();
          A.Writes = Desc.mayStore();
          Result.Accesses.push_back(A);
        }
      }
    }
    for (unsigned I = 0; I < Desc.getNumDefs() && I < Inst.getNumOperands();
         ++I)
      if (Inst.getOperand(I).isReg() && Inst.getOperand(I).getReg())
        Defined.push_back(Inst.getOperand(I).getReg());
    for (MCPhysReg R : Desc.implicit_defs())
      Defined.push_back(R);
  }
}

} // namespace

AsmAnalysis analyzeInlineAsm(const CallBase &Call) {
  AsmAnalysis Result;
  const auto *IA = dyn_cast<InlineAsm>(Call.getCalledOperand());
  if (!IA)
    return Result;
  std::string Why;
  SmallVector<Operand, 8> Ops;
  if (!describeOperands(Call, *IA, Ops, Why)) {
    Result.Skipped.push_back(Why);
    return Result;
  }
  // Indirect memory operands: the operand's element type, whole.
  const DataLayout &DL = Call.getDataLayout();
  for (const Operand &Op : Ops) {
    if (Op.K != Operand::Memory)
      continue;
    Type *Elt = Call.getParamElementType(unsigned(Op.Arg));
    if (!Elt || !Elt->isSized() || DL.getTypeStoreSize(Elt).isScalable()) {
      Result.Skipped.push_back("memory operand of unknown size");
      continue;
    }
    AsmAccess A;
    A.BaseArg = unsigned(Op.Arg);
    A.Size = DL.getTypeStoreSize(Elt).getFixedValue();
    A.Reads = !Op.Output;
    A.Writes = Op.Output;
    Result.Accesses.push_back(A);
  }
  // Register operands used as addresses in the text.
  bool UsesRegisters = any_of(Ops, [](const Operand &Op) {
    return Op.K == Operand::Register && Op.Arg >= 0 && !Op.Output;
  });
  const Triple &TT = Call.getModule()->getTargetTriple();
  if (!UsesRegisters || IA->getAsmString().empty())
    return Result;
  if (TT.getArch() != Triple::x86_64) {
    Result.Skipped.push_back("text of a target other than x86-64");
    return Result;
  }
  bool Intel = IA->getDialect() == InlineAsm::AD_Intel;
  std::optional<std::string> Text;
  MCTools Tools;
  SmallVector<MCInst, 8> Insts;
  if (!assignRegisters(*IA, Ops, Why) ||
      !(Text = substitute(IA->getAsmString(), Ops, Intel, Why)) ||
      !makeTools(TT, Tools, Why) ||
      !assemble(Tools, TT, *Text, Intel, Insts, Why)) {
    Result.Skipped.push_back(Why);
    return Result;
  }
  // Memory operands were listed above; the text adds register-based ones.
  AsmAnalysis FromText;
  analyzeInstructions(Tools, Insts, Ops, FromText);
  append_range(Result.Accesses, FromText.Accesses);
  append_range(Result.Skipped, FromText.Skipped);
  return Result;
}

} // namespace sbsan
