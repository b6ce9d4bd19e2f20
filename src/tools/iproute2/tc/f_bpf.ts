// tc/f_bpf.c (iproute2 6.1) with lib/bpf_legacy.c's classic-BPF half:
// `bpf [run] bytecode 'N,c t f k,…' | bytecode-file FILE | obj FILE`,
// classid/flowid, direct-action/da, skip_hw/skip_sw, action, police; and
// bpf_print_opt. An object file (eBPF) never loads here: the model has no
// ELF loader, so tc answers as it does for a file that is not ELF.

import { TCA_BPF_FLAG_ACT_DIRECT, TCA_CLS_FLAGS_IN_HW, TCA_CLS_FLAGS_NOT_IN_HW, TCA_CLS_FLAGS_SKIP_HW, TCA_CLS_FLAGS_SKIP_SW, type TcaAction, type TcaBpfOptions } from "../../../uapi/pkt_cls.js";
import { duparg, getUnsigned, matches } from "../lib/utils.js";
import type { IpOut } from "../lib/json_print.js";
import { ArgCursor } from "./q_opts.js";
import { parseAction } from "./m_action.js";
import { parsePolice } from "./m_police.js";
import { getTcClassid, sprintTcClassid, type ClsNames } from "./tc_util.js";
import type { TcCtx } from "./tc_common.js";

type Insn = { code: number; jt: number; jf: number; k: number };

const EXPLAIN =
  "Usage: ... bpf ...\n\nBPF use case:\n bytecode BPF_BYTECODE\n bytecode-file FILE\n\neBPF use case:\n" +
  " object-file FILE [ section CLS_NAME ] [ export UDS_FILE ] [ verbose ] [ direct-action ] [ skip_hw | skip_sw ]\n" +
  " object-pinned FILE [ direct-action ] [ skip_hw | skip_sw ]\n\nCommon remaining options:\n [ action ACTION_SPEC ]\n" +
  " [ classid CLASSID ]\n\nWhere BPF_BYTECODE := 's,c t f k,c t f k,c t f k,...'\nc,t,f,k and s are decimals; s denotes number of 4-tuples\n" +
  "\nWhere FILE points to a file containing the BPF_BYTECODE string,\nan ELF file containing eBPF map definitions and bytecode, or a\n" +
  "pinned eBPF program.\n\nWhere CLS_NAME refers to the section name containing the\nclassifier (default 'classifier').\n\n" +
  "Where UDS_FILE points to a unix domain socket file in order\nto hand off control of all created eBPF maps to an agent.\n\n" +
  "ACTION_SPEC := ... look at individual actions\nNOTE: CLASSID is parsed as hexadecimal input.\n";

/** sscanf("%hu %hhu %hhu %u,") on one instruction's text: undefined unless all four convert. */
function scanInsn(t: string): Insn | undefined {
  const m = /^\s*([+-]?\d+)\s+([+-]?\d+)\s+([+-]?\d+)\s+([+-]?\d+)/.exec(t);
  if (!m) return undefined;
  return { code: Number(m[1]) & 0xffff, jt: Number(m[2]) & 0xff, jf: Number(m[3]) & 0xff, k: Number(m[4]) >>> 0 };
}

/** bpf_parse_string() + bpf_ops_parse(): the program, or undefined (after tc's message, if it has one). */
function opsParse(ctx: TcCtx, text: string): Insn[] | undefined {
  const head = /^\s*(\d+),/.exec(text);
  if (!head) return undefined;
  const len = Number(head[1]) & 0xffff;
  if (len === 0 || len > 4096) return undefined;
  const ops: Insn[] = [];
  let pos = 0;
  for (;;) {
    const c = text.indexOf(",", pos);
    if (c < 0 || c + 1 >= text.length) break;
    pos = c + 1;
    if (ops.length >= len) {
      ctx.err("Real program length exceeds encoded length parameter!\n");
      return undefined;
    }
    const insn = scanInsn(text.slice(pos));
    if (!insn) {
      ctx.err(`Error at instruction ${ops.length}!\n`);
      return undefined;
    }
    ops.push(insn);
  }
  if (ops.length !== len) {
    ctx.err("Parsed program length is less than encoded length parameter!\n");
    return undefined;
  }
  return ops;
}

/** The file form: newlines become commas and runs of blanks one (bpf_parse_string's from_file loop). */
function fileToString(s: string): string {
  let out = "";
  let prev = " ";
  for (const c of s) {
    if (c === "\n") {
      if (prev !== ",") out += ",";
      prev = ",";
    } else if (c === " " || c === "\t") {
      if (prev !== " ") out += c;
      prev = " ";
    } else {
      out += c;
      prev = c;
    }
  }
  return out;
}

export interface BpfParsed {
  handle: number;
  options?: TcaBpfOptions;
}

/** bpf_parse_opt(): null after tc's message (exit 1). readFile: the text of a file, undefined when it cannot be opened. */
export async function bpfParseOpt(
  ctx: TcCtx,
  handleArg: string | undefined,
  argv: readonly string[],
  dev: string,
  readFile: (path: string) => Promise<string | undefined>,
): Promise<BpfParsed | null> {
  let handle = 0;
  if (handleArg !== undefined) {
    const h = getUnsigned(handleArg);
    if (h === undefined) {
      ctx.err('Illegal "handle"\n');
      return null;
    }
    handle = h;
  }
  if (argv.length === 0) return { handle };
  const opts: TcaBpfOptions = {};
  let seenRun = false;
  let flags = 0;
  let gen = 0;
  let ops: Insn[] | undefined;
  let obj = false;
  const a = new ArgCursor(ctx, argv);
  const parseRun = async (): Promise<boolean> => {
    seenRun = true;
    const w = a.cur;
    const mode = matches(w, "bytecode") || w === "bc" ? "bc" : matches(w, "bytecode-file") || w === "bcf" ? "bcf" : matches(w, "object-file") || w === "obj" ? "obj" : undefined;
    if (!mode) {
      ctx.err(`What mode is "${w}"?\n`);
      return false;
    }
    const arg = a.next();
    if (mode === "obj") {
      obj = true;
      return true;
    }
    let text = arg;
    if (mode === "bcf") {
      const f = await readFile(arg);
      if (f === undefined) {
        ctx.err("Cannot fopen: No such file or directory\n");
        return false;
      }
      text = fileToString(f);
    }
    ops = opsParse(ctx, text);
    return ops !== undefined;
  };
  while (a.more) {
    const w = a.cur;
    if (matches(w, "run")) {
      a.next();
      if (seenRun) duparg(ctx, "run", a.cur);
      if (!(await parseRun())) {
        ctx.err("Unable to parse bpf command line\n");
        return null;
      }
    } else if (matches(w, "classid") || matches(w, "flowid")) {
      const v = a.next();
      const c = getTcClassid(v);
      if (c === undefined) {
        ctx.err('Illegal "classid"\n');
        return null;
      }
      opts.TCA_BPF_CLASSID = c;
    } else if (matches(w, "direct-action") || matches(w, "da")) flags |= TCA_BPF_FLAG_ACT_DIRECT;
    else if (matches(w, "skip_hw")) gen |= TCA_CLS_FLAGS_SKIP_HW;
    else if (matches(w, "skip_sw")) gen |= TCA_CLS_FLAGS_SKIP_SW;
    else if (matches(w, "action")) {
      a.next();
      const acts = parseAction(ctx, a, dev);
      if (acts === null) {
        ctx.err('Illegal "action"\n');
        return null;
      }
      opts.TCA_BPF_ACT = acts;
      continue;
    } else if (matches(w, "police")) {
      a.next();
      const p = parsePolice(ctx, a, dev);
      if (p === null) {
        ctx.err('Illegal "police"\n');
        return null;
      }
      opts.TCA_BPF_POLICE = p;
      continue;
    } else if (matches(w, "help")) {
      ctx.err(EXPLAIN);
      return null;
    } else if (!seenRun) {
      if (!(await parseRun())) {
        ctx.err("Unable to parse bpf command line\n");
        return null;
      }
    } else {
      ctx.err(`What is "${w}"?\n`);
      ctx.err(EXPLAIN);
      return null;
    }
    a.i++;
  }
  if (obj) {
    // bpf_obj_open(): no ELF object can be opened in the model.
    ctx.err("Cannot initialize ELF context!\n");
    ctx.err("Unable to load program\n");
    return null;
  }
  if (ops) opts.TCA_BPF_OPS = ops;
  if (gen) opts.TCA_BPF_FLAGS_GEN = gen;
  if (flags) opts.TCA_BPF_FLAGS = flags;
  return { handle, options: opts };
}

/** bpf_print_opt() */
export function bpfPrintOpt(out: IpOut, opts: TcaBpfOptions, handle: number, names: ClsNames | undefined, printActions: (acts: TcaAction[]) => void): void {
  if (handle) out.string("ANY", "handle", "handle %s ", `0x${handle.toString(16)}`);
  if (opts.TCA_BPF_CLASSID !== undefined) out.string("ANY", "flowid", "flowid %s ", sprintTcClassid(opts.TCA_BPF_CLASSID, names));
  if (opts.TCA_BPF_NAME !== undefined) out.string("ANY", "bpf_name", "%s ", opts.TCA_BPF_NAME);
  if (opts.TCA_BPF_FLAGS !== undefined && opts.TCA_BPF_FLAGS & TCA_BPF_FLAG_ACT_DIRECT) out.bool("ANY", "direct-action", "direct-action ", true);
  if (opts.TCA_BPF_FLAGS_GEN !== undefined) {
    const f = opts.TCA_BPF_FLAGS_GEN;
    if (f & TCA_CLS_FLAGS_SKIP_HW) out.bool("ANY", "skip_hw", "skip_hw ", true);
    if (f & TCA_CLS_FLAGS_SKIP_SW) out.bool("ANY", "skip_sw", "skip_sw ", true);
    if (f & TCA_CLS_FLAGS_IN_HW) out.bool("ANY", "in_hw", "in_hw ", true);
    else if (f & TCA_CLS_FLAGS_NOT_IN_HW) out.bool("ANY", "not_in_hw", "not_in_hw ", true);
  }
  const ops = opts.TCA_BPF_OPS;
  if (ops && ops.length) {
    // bpf_print_ops()
    out.openObject("bytecode");
    out.uint("ANY", "length", "bytecode '%u,", ops.length);
    out.openArray("JSON", "insns");
    ops.forEach((o, i) => {
      out.openObject(null);
      out.uint("ANY", "code", "%u ", o.code);
      out.uint("ANY", "jt", "%u ", o.jt);
      out.uint("ANY", "jf", "%u ", o.jf);
      out.uint("ANY", "k", i === ops.length - 1 ? "%u'" : "%u,", o.k);
      out.closeObject();
    });
    out.closeArray("JSON", "");
    out.closeObject();
  }
  if (opts.TCA_BPF_ACT) printActions(opts.TCA_BPF_ACT);
}
