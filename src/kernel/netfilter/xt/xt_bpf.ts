// bpf match (net/netfilter/xt_bpf.c, bytecode mode): a classic BPF program
// run over the packet from its IPv4 header; a non-zero return matches.
// Loading checks the program as bpf_check_classic() does (known opcodes,
// jumps inside the program, scratch slots below 16 and written before they
// are read, no constant division by zero, a RET at the end) and refuses it
// with EINVAL otherwise. Runtime semantics follow the kernel's conversion to
// eBPF: a load outside the packet or a division by X == 0 ends the program
// with 0. Ancillary loads give skb->protocol, pkt_type, ifindex, mark and
// the device type; the others (queue, rxhash, cpu, VLAN, random, netlink
// attributes) read 0, as for an skb that has none of them here.

import type { SockFilter, XtBpf } from "../../../uapi/xt_ext_match.js";
import type { PktType } from "../../core/skbuff.js";
import type { XtPkt } from "../pktinfo.js";
import { xtRegisterMatch } from "../xt_registry.js";

const LD = 0x00, LDX = 0x01, ST = 0x02, STX = 0x03, ALU = 0x04, JMP = 0x05, RET = 0x06, MISC = 0x07;
const MEMWORDS = 16;
const SKF_AD_OFF = -0x1000;
const SKF_NET_OFF = -0x100000;
const SKF_LL_OFF = -0x200000;
const ANCILLARY = new Set([0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60]);

/** The opcodes bpf_check_classic() accepts. */
const VALID = new Set([
  // ALU: add sub mul div mod and or xor lsh rsh (K and X), neg
  0x04, 0x0c, 0x14, 0x1c, 0x24, 0x2c, 0x34, 0x3c, 0x94, 0x9c, 0x54, 0x5c, 0x44, 0x4c, 0xa4, 0xac, 0x64, 0x6c, 0x74, 0x7c, 0x84,
  // LD: W/H/B ABS, W LEN, W/H/B IND, IMM, MEM
  0x20, 0x28, 0x30, 0x80, 0x40, 0x48, 0x50, 0x00, 0x60,
  // LDX: W LEN, B MSH, IMM, MEM
  0x81, 0xb1, 0x01, 0x61,
  // ST, STX, TAX, TXA, RET K, RET A
  0x02, 0x03, 0x07, 0x87, 0x06, 0x16,
  // JMP: JA, JEQ/JGT/JGE/JSET K and X
  0x05, 0x15, 0x1d, 0x25, 0x2d, 0x35, 0x3d, 0x45, 0x4d,
]);

const s32 = (k: number) => k | 0;

/** bpf_check_classic() + check_load_and_stores(): true when the program may be loaded. */
export function bpfCheckClassic(prog: readonly SockFilter[]): boolean {
  const n = prog.length;
  if (n === 0 || n > 4096) return false;
  for (let pc = 0; pc < n; pc++) {
    const f = prog[pc]!;
    if (!VALID.has(f.code)) return false;
    const cls = f.code & 7;
    if (cls === ALU && (f.code & 0x08) === 0) {
      const op = f.code & 0xf0;
      if ((op === 0x30 || op === 0x90) && f.k === 0) return false;
      if ((op === 0x60 || op === 0x70) && f.k >= 32) return false;
    }
    if ((f.code === 0x60 || f.code === 0x61 || cls === ST || cls === STX) && f.k >= MEMWORDS) return false;
    if (cls === JMP) {
      if (f.code === 0x05) {
        if (f.k >= n - pc - 1) return false;
      } else if (pc + f.jt + 1 >= n || pc + f.jf + 1 >= n) return false;
    }
    if ((f.code === 0x20 || f.code === 0x28 || f.code === 0x30) && s32(f.k) >= SKF_AD_OFF && s32(f.k) < 0) {
      if (!ANCILLARY.has(s32(f.k) - SKF_AD_OFF)) return false;
    }
  }
  const last = prog[n - 1]!.code;
  if (last !== 0x06 && last !== 0x16) return false;
  // Scratch slots must be written on every path before they are read.
  const masks = new Array<number>(n).fill(0xffff);
  let memvalid = 0;
  for (let pc = 0; pc < n; pc++) {
    const f = prog[pc]!;
    memvalid &= masks[pc]!;
    const cls = f.code & 7;
    if (cls === ST || cls === STX) memvalid |= 1 << f.k;
    else if (f.code === 0x60 || f.code === 0x61) {
      if (!(memvalid & (1 << f.k))) return false;
    } else if (f.code === 0x05) {
      masks[pc + 1 + f.k]! &= memvalid;
      memvalid = 0xffff;
    } else if (cls === JMP) {
      masks[pc + 1 + f.jt]! &= memvalid;
      masks[pc + 1 + f.jf]! &= memvalid;
      memvalid = 0xffff;
    }
  }
  return true;
}

const PKT_TYPES: PktType[] = ["HOST", "BROADCAST", "MULTICAST", "OTHERHOST", "OUTGOING", "LOOPBACK"];

/** What the program sees: the bytes from the network header, the link-layer header offset, and the skb fields. */
export interface BpfSkb {
  data: Uint8Array;
  /** Offset of the network header in data. */
  nh: number;
  /** Offset of the link-layer header in data (-1 when there is none). */
  mac: number;
  protocol: number;
  pktType: PktType;
  ifindex: number;
  mark: number;
  hatype: number;
}

function ancillary(s: BpfSkb, off: number): number {
  switch (off) {
    case 0:
      return s.protocol;
    case 4:
      return PKT_TYPES.indexOf(s.pktType);
    case 8:
      return s.ifindex;
    case 20:
      return s.mark >>> 0;
    case 28:
      return s.hatype;
    default:
      return 0;
  }
}

/** Runs a checked program; returns its u32 result. */
export function bpfRun(prog: readonly SockFilter[], s: BpfSkb): number {
  const len = s.data.length - s.nh;
  const mem = new Uint32Array(MEMWORDS);
  let A = 0;
  let X = 0;
  const load = (k: number, size: number): number | undefined => {
    let base = s.nh;
    let off = k;
    if (k < 0) {
      if (k >= SKF_NET_OFF && k < SKF_NET_OFF + 0x100000 && k < SKF_AD_OFF) off = k - SKF_NET_OFF;
      else if (k >= SKF_LL_OFF && k < SKF_NET_OFF) {
        if (s.mac < 0) return undefined;
        base = s.mac;
        off = k - SKF_LL_OFF;
      } else return undefined;
    }
    const at = base + off;
    if (off < 0 || at + size > s.data.length) return undefined;
    let v = 0;
    for (let i = 0; i < size; i++) v = v * 256 + s.data[at + i]!;
    return v >>> 0;
  };
  for (let pc = 0, steps = 0; pc < prog.length && steps <= prog.length; pc++, steps++) {
    const f = prog[pc]!;
    const code = f.code;
    const k = f.k >>> 0;
    switch (code & 7) {
      case LD:
      case LDX: {
        const mode = code & 0xe0;
        const size = [4, 2, 1, 0][(code >> 3) & 3]!;
        let v: number | undefined;
        if (mode === 0x00) v = k;
        else if (mode === 0x60) v = mem[k]!;
        else if (mode === 0x80) v = len;
        else if (mode === 0xa0) {
          const b = load(s32(k), 1);
          if (b === undefined) return 0;
          v = (b & 0xf) * 4;
        } else {
          const off = mode === 0x40 ? s32((X + k) >>> 0) : s32(k);
          if (mode === 0x20 && off >= SKF_AD_OFF && off < 0) v = ancillary(s, off - SKF_AD_OFF);
          else {
            v = load(off, size);
            if (v === undefined) return 0;
          }
        }
        if ((code & 7) === LD) A = v >>> 0;
        else X = v >>> 0;
        break;
      }
      case ST:
        mem[k] = A;
        break;
      case STX:
        mem[k] = X;
        break;
      case ALU: {
        const src = code & 0x08 ? X : k;
        switch (code & 0xf0) {
          case 0x00: A = (A + src) >>> 0; break;
          case 0x10: A = (A - src) >>> 0; break;
          case 0x20: A = Math.imul(A, src) >>> 0; break;
          case 0x30:
            if (src === 0) return 0;
            A = Math.floor(A / src) >>> 0;
            break;
          case 0x90:
            if (src === 0) return 0;
            A = A % src >>> 0;
            break;
          case 0x40: A = (A | src) >>> 0; break;
          case 0x50: A = (A & src) >>> 0; break;
          case 0xa0: A = (A ^ src) >>> 0; break;
          case 0x60: A = (A << (src & 31)) >>> 0; break;
          case 0x70: A = A >>> (src & 31); break;
          case 0x80: A = -A >>> 0; break;
        }
        break;
      }
      case JMP: {
        if (code === 0x05) {
          pc += k;
          break;
        }
        const src = code & 0x08 ? X : k;
        let t: boolean;
        switch (code & 0xf0) {
          case 0x10: t = A === src; break;
          case 0x20: t = A > src; break;
          case 0x30: t = A >= src; break;
          default: t = (A & src) !== 0; break;
        }
        pc += t ? f.jt : f.jf;
        break;
      }
      case RET:
        return code & 0x10 ? A : k;
      case MISC:
        if (code & 0x80) A = X;
        else X = A;
        break;
    }
  }
  return 0;
}

xtRegisterMatch({
  name: "bpf",
  revisions: [1],
  match: (p: XtPkt, d: object) => {
    const skb = p.skb;
    const mac = p.nhoff >= 14 ? p.nhoff - 14 : -1;
    return (
      bpfRun((d as XtBpf).program, {
        data: skb.data,
        nh: p.nhoff,
        mac,
        protocol: p.ip6 ? 0x86dd : 0x0800,
        pktType: skb.pktType,
        ifindex: skb.dev.ifindex,
        mark: skb.mark,
        hatype: skb.dev.type,
      }) !== 0
    );
  },
  check: (_ctx, d) => {
    const b = d as XtBpf;
    if (b.mode !== "bytecode" || b.program.length > 64) return "EINVAL";
    return bpfCheckClassic(b.program) ? undefined : "EINVAL";
  },
});
