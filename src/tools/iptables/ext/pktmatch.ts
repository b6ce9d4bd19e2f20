// Matches on packet bytes and routing: cluster (libxt_cluster.c), ipcomp
// (libxt_ipcomp.c), rpfilter (libxt_rpfilter.c), osf (libxt_osf.c), u32
// (libxt_u32.c) and bpf (libxt_bpf.c, revision 1, --bytecode only: there is
// no BPF file system, so --object-pinned always fails to get its object).
// Output forms as recorded from iptables 1.8.9.

import {
  XT_BPF_MAX_NUM_INSTR,
  XT_OSF_INVERT,
  XT_OSF_LOG,
  XT_OSF_TTL,
  XT_RPFILTER_ACCEPT_LOCAL,
  XT_RPFILTER_INVERT,
  XT_RPFILTER_LOOSE,
  XT_RPFILTER_VALID_MARK,
  XT_U32_AND,
  XT_U32_AT,
  XT_U32_LEFTSH,
  XT_U32_MAXSIZE,
  XT_U32_RIGHTSH,
  type SockFilter,
  type XtBpf,
  type XtCluster,
  type XtIpcomp,
  type XtOsf,
  type XtRpfilter,
  type XtU32,
  type XtU32Test,
} from "../../../uapi/xt_ext_match.js";
import { paramError } from "../errors.js";
import { strtoulPrefix } from "../netdb.js";
import type { XtExtension } from "./types.js";
import { parseUint, parseUintRange } from "./xtoptions.js";

const hex8 = (v: number) => (v >>> 0).toString(16).padStart(8, "0");

const O_TOTAL = 0, O_NODE = 1, O_NODEMASK = 2, O_SEED = 3;
const F = (id: number) => 1 << id;

export const CLUSTER: XtExtension<XtCluster> = {
  kind: "match",
  name: "cluster",
  revision: 0,
  x6: true,
  help: () =>
    "cluster match options:\n" +
    "  --cluster-total-nodes <num>\t\tSet number of total nodes in cluster\n" +
    "  [!] --cluster-local-node <num>\tSet the local node number\n" +
    "  [!] --cluster-local-nodemask <num>\tSet the local node mask\n" +
    "  --cluster-hash-seed <num>\t\tSet seed value of the Jenkins hash\n",
  options: [
    { name: "cluster-total-nodes", hasArg: true, id: O_TOTAL, mand: true },
    { name: "cluster-local-node", hasArg: true, id: O_NODE, invert: true, excl: F(O_NODEMASK) },
    { name: "cluster-local-nodemask", hasArg: true, id: O_NODEMASK, invert: true, excl: F(O_NODE) },
    { name: "cluster-hash-seed", hasArg: true, id: O_SEED, mand: true },
  ],
  init: () => ({ totalNodes: 0, nodeMask: 0, hashSeed: 0, flags: 0 }),
  parse(c) {
    const d = c.data;
    switch (c.opt.id) {
      case O_TOTAL:
        d.totalNodes = parseUint("cluster", c.opt.name, c.arg, 1, 32);
        break;
      case O_NODE:
        d.nodeMask = (1 << (parseUint("cluster", c.opt.name, c.arg, 1, 32) - 1)) >>> 0;
        if (c.invert) d.flags |= 1;
        break;
      case O_NODEMASK:
        d.nodeMask = parseUint("cluster", c.opt.name, c.arg, 1, 32);
        if (c.invert) d.flags |= 1;
        break;
      case O_SEED:
        d.hashSeed = parseUint("cluster", c.opt.name, c.arg, 0, 0xffffffff);
        break;
    }
  },
  final(c) {
    const d = c.data;
    const tooBig = d.nodeMask >= 2 ** d.totalNodes;
    if ((c.flags & (F(O_TOTAL) | F(O_NODE) | F(O_SEED))) === (F(O_TOTAL) | F(O_NODE) | F(O_SEED))) {
      if (tooBig) paramError("cluster match: `--cluster-local-node' must be <= `--cluster-total-nodes'");
      return;
    }
    if ((c.flags & (F(O_TOTAL) | F(O_NODEMASK) | F(O_SEED))) === (F(O_TOTAL) | F(O_NODEMASK) | F(O_SEED))) {
      if (tooBig) paramError("cluster match: `--cluster-local-nodemask' too big for `--cluster-total-nodes'");
      return;
    }
    if (!(c.flags & (F(O_NODE) | F(O_NODEMASK)))) paramError("cluster match: `--cluster-local-node' or`--cluster-local-nodemask' is missing");
  },
  print: (d) => ` cluster ${d.flags & 1 ? "!" : ""}node_mask=0x${hex8(d.nodeMask)} total_nodes=${d.totalNodes} hash_seed=0x${hex8(d.hashSeed)}`,
  save: (d) => `${d.flags & 1 ? " !" : ""} --cluster-local-nodemask 0x${hex8(d.nodeMask)} --cluster-total-nodes ${d.totalNodes} --cluster-hash-seed 0x${hex8(d.hashSeed)}`,
};

export const IPCOMP: XtExtension<XtIpcomp> = {
  kind: "match",
  name: "ipcomp",
  revision: 0,
  x6: true,
  help: () => "comp match options:\n[!] --ipcompspi spi[:spi]\n\t\t\t\tmatch spi (range)\n",
  options: [
    { name: "ipcompspi", hasArg: true, id: 0, invert: true },
    { name: "compres", hasArg: false, id: 1 },
  ],
  init: () => ({ spis: [0, 0], invflags: 0, hdrres: 0 }),
  parse(c) {
    const d = c.data;
    if (c.opt.id === 1) {
      d.hdrres = 1;
      return;
    }
    const r = parseUintRange("ipcomp", "ipcompspi", c.arg, 0xffffffff);
    d.spis = [r.vals[0]!, r.n === 1 ? r.vals[0]! : r.vals[1]!];
    if (c.invert) d.invflags |= 1;
  },
  print(d) {
    let s = " comp ";
    const [min, max] = d.spis;
    const inv = d.invflags & 1 ? "!" : "";
    if (min !== 0 || max !== 0xffffffff || inv) s += min === max ? `spi:${inv}${min}` : `spis:${inv}${min}:${max}`;
    if (d.hdrres) s += " reserved";
    return s;
  },
  save(d) {
    let s = "";
    const [min, max] = d.spis;
    if (!(min === 0 && max === 0xffffffff)) s += `${d.invflags & 1 ? " !" : ""} --ipcompspi ${min === max ? min : `${min}:${max}`}`;
    if (d.hdrres) s += " --compres";
    return s;
  },
};

const RPF_OPTS: [string, number][] = [
  ["loose", XT_RPFILTER_LOOSE],
  ["validmark", XT_RPFILTER_VALID_MARK],
  ["accept-local", XT_RPFILTER_ACCEPT_LOCAL],
  ["invert", XT_RPFILTER_INVERT],
];
const rpfText = (d: XtRpfilter, prefix: string) => RPF_OPTS.filter(([, f]) => d.flags & f).map(([n]) => ` ${prefix}${n}`).join("");

export const RPFILTER: XtExtension<XtRpfilter> = {
  kind: "match",
  name: "rpfilter",
  revision: 0,
  x6: true,
  help: () =>
    "rpfilter match options:\n" +
    "    --loose          permit reverse path via any interface\n" +
    "    --validmark      use skb nfmark when performing route lookup\n" +
    "    --accept-local   do not reject packets with a local source address\n" +
    "    --invert         match packets that failed the reverse path test\n",
  options: RPF_OPTS.map(([name], id) => ({ name, hasArg: false, id })),
  init: () => ({ flags: 0 }),
  parse(c) {
    c.data.flags |= RPF_OPTS[c.opt.id]![1];
  },
  print: (d) => " rpfilter" + rpfText(d, ""),
  save: (d) => rpfText(d, "--"),
};

export const OSF: XtExtension<XtOsf> = {
  kind: "match",
  name: "osf",
  revision: 0,
  family: 4,
  x6: true,
  help: () =>
    "OS fingerprint match options:\n" +
    "[!] --genre string     Match a OS genre by passive fingerprinting.\n" +
    "--ttl level            Use some TTL check extensions to determine OS:\n" +
    "       0                       true ip and fingerprint TTL comparison. Works for LAN.\n" +
    "       1                       check if ip TTL is less than fingerprint one. Works for global addresses.\n" +
    "       2                       do not compare TTL at all. This allows NMAP detection, but can produce false results.\n" +
    "--log level            Log determined genres into dmesg even if they do not match desired one:\n" +
    "       0                       log all matched or unknown signatures.\n" +
    "       1                       log only first one.\n" +
    "       2                       log all known matched signatures.\n",
  options: [
    { name: "genre", hasArg: true, id: 0, mand: true, invert: true },
    { name: "ttl", hasArg: true, id: 1 },
    { name: "log", hasArg: true, id: 2 },
  ],
  init: () => ({ genre: "", flags: 0, loglevel: 0, ttl: 0 }),
  parse(c) {
    const d = c.data;
    switch (c.opt.id) {
      case 0:
        // XTTYPE_STRING put into char genre[MAXGENRELEN = 32]: cut to 31 characters, silently.
        d.genre = c.arg.slice(0, 31);
        if (c.invert) d.flags |= XT_OSF_INVERT;
        break;
      case 1:
        d.ttl = parseUint("osf", "ttl", c.arg, 0, 2);
        d.flags |= XT_OSF_TTL;
        break;
      case 2:
        d.loglevel = parseUint("osf", "log", c.arg, 0, 2);
        d.flags |= XT_OSF_LOG;
        break;
    }
  },
  print: (d) => ` OS fingerprint match ${d.flags & XT_OSF_INVERT ? "! " : ""}${d.genre}`,
  save(d) {
    let s = d.flags & XT_OSF_INVERT ? " !" : "";
    s += ` --genre ${d.genre}`;
    if (d.flags & XT_OSF_TTL) s += ` --ttl ${d.ttl}`;
    if (d.flags & XT_OSF_LOG) s += ` --log ${d.loglevel}`;
    return s;
  },
};

const isSpace = (ch: string | undefined) => ch !== undefined && " \t\n\v\f\r".includes(ch);

/** u32_parse(): the state machine of libxt_u32.c with its messages (positions count from 0). */
function parseU32(arg: string): XtU32Test[] {
  const err = (m: string): never => paramError(`u32: ${m}`);
  const tests: XtU32Test[] = [];
  let ct: XtU32Test = { location: [], value: [] };
  let i = 0;
  let state = 0;
  const number = (): number => {
    const pos = i;
    // xtables_strtoui(): strtoul() skips leading blanks and takes a sign.
    const m = /^\s*[+-]?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(arg.slice(i));
    const r = m ? strtoulPrefix(m[0].trimStart()) : undefined;
    if (!m || !r || m[0].trimStart().startsWith("-") || r.value > 0xffffffff) return err(`at char ${pos}: not a number or out of range`);
    i += m[0].length;
    return r.value;
  };
  for (let guard = 0; guard <= arg.length + 1; guard++) {
    while (isSpace(arg[i])) i++;
    if (i >= arg.length) {
      if (state === 0) err("abrupt end of input after location specifier");
      if (ct.value.length === 0) err("test ended with no value specified");
      tests.push(ct);
      if (tests.length > XT_U32_MAXSIZE) err(`at char ${i}: too many "&&"s`);
      return tests;
    }
    const ch = arg[i];
    if (state === 0) {
      if (ch === "=") {
        if (ct.location.length === 0) err(`at char ${i}: location spec missing`);
        i++;
        state = 1;
        continue;
      }
      let nextop = XT_U32_AND;
      if (ct.location.length !== 0) {
        if (ch === "&") nextop = XT_U32_AND;
        else if (ch === "<") {
          if (arg[++i] !== "<") err(`at char ${i}: a second '<' was expected`);
          nextop = XT_U32_LEFTSH;
        } else if (ch === ">") {
          if (arg[++i] !== ">") err(`at char ${i}: a second '>' was expected`);
          nextop = XT_U32_RIGHTSH;
        } else if (ch === "@") nextop = XT_U32_AT;
        else err(`at char ${i}: operator expected`);
        i++;
      }
      ct.location.push({ nextop, number: number() });
      if (ct.location.length > XT_U32_MAXSIZE) err(`at char ${i}: too many operators`);
    } else if (ch === "&") {
      if (arg[++i] !== "&") err(`at char ${i}: a second '&' was expected`);
      if (ct.value.length === 0) err(`at char ${i}: value spec missing`);
      tests.push(ct);
      if (tests.length > XT_U32_MAXSIZE) err(`at char ${i}: too many "&&"s`);
      ct = { location: [], value: [] };
      i++;
      state = 0;
    } else {
      if (ct.value.length > 0) {
        if (ch !== ",") err(`at char ${i}: expected "," or "&&"`);
        i++;
      }
      const min = number();
      while (isSpace(arg[i])) i++;
      let max = min;
      if (arg[i] === ":") {
        i++;
        max = number();
      }
      ct.value.push({ min, max });
      if (ct.value.length > XT_U32_MAXSIZE) err(`at char ${i}: too many ","s`);
    }
  }
  return tests;
}

const OPS = ["&", "<<", ">>", "@"];
const hx = (v: number) => `0x${(v >>> 0).toString(16)}`;

function u32Dump(d: XtU32): string {
  const t = d.tests.map(
    (ct) =>
      hx(ct.location[0]!.number) +
      ct.location.slice(1).map((l) => OPS[l.nextop]! + hx(l.number)).join("") +
      "=" +
      ct.value.map((v) => (v.min === v.max ? hx(v.min) : `${hx(v.min)}:${hx(v.max)}`)).join(","),
  );
  return ` "${t.join("&&")}"`;
}

export const U32: XtExtension<XtU32> = {
  kind: "match",
  name: "u32",
  revision: 0,
  x6: true,
  help: () =>
    "u32 match options:\n" +
    "[!] --u32 tests\n" +
    '\t\ttests := location "=" value | tests "&&" location "=" value\n' +
    '\t\tvalue := range | value "," range\n' +
    '\t\trange := number | number ":" number\n' +
    "\t\tlocation := number | location operator number\n" +
    '\t\toperator := "&" | "<<" | ">>" | "@"\n',
  options: [{ name: "u32", hasArg: true, id: 0, mand: true, invert: true }],
  init: () => ({ tests: [], invert: false }),
  parse(c) {
    c.data.invert = c.invert;
    c.data.tests = parseU32(c.arg);
  },
  print: (d) => ` u32${d.invert ? " !" : ""}${u32Dump(d)}`,
  save: (d) => `${d.invert ? " !" : ""} --u32${u32Dump(d)}`,
};

/** sscanf("%hu %hhu %hhu %u,"): each conversion skips blanks and wraps like strtoul into the type's width. */
function scanInstr(tok: string): SockFilter | undefined {
  const m = /^\s*([+-]?\d+)\s+([+-]?\d+)\s+([+-]?\d+)\s+([+-]?\d+)/.exec(tok);
  if (!m) return undefined;
  const wrap = (s: string, bits: number) => Number(BigInt.asUintN(bits, BigInt(s)));
  return { code: wrap(m[1]!, 16), jt: wrap(m[2]!, 8), jf: wrap(m[3]!, 8), k: wrap(m[4]!, 32) };
}

function parseBytecode(prog: string): SockFilter[] {
  const head = /^\s*([+-]?\d+)(.)/s.exec(prog);
  if (!head || head[2] !== ",") paramError("bpf: error parsing program length");
  const len = Number(BigInt.asUintN(16, BigInt(head[1]!)));
  if (!len) paramError("bpf: illegal zero length program");
  if (len > XT_BPF_MAX_NUM_INSTR) paramError("bpf: number of instructions exceeds maximum");
  const out: SockFilter[] = [];
  // Each instruction follows a ',' with something after it.
  let pos = prog.indexOf(",");
  while (pos >= 0 && pos + 1 < prog.length) {
    const tok = prog.slice(pos + 1);
    if (out.length >= len) paramError("bpf: real program length exceeds the encoded length parameter");
    const ins = scanInstr(tok);
    if (!ins) paramError(`bpf: error at instr ${out.length}`);
    out.push(ins);
    pos = prog.indexOf(",", pos + 1);
  }
  if (out.length !== len) paramError("bpf: parsed program length is less than the encoded length parameter");
  return out;
}

const bpfCode = (p: SockFilter[]) => p.map((i) => `${i.code} ${i.jt} ${i.jf} ${i.k}`).join(",");

export const BPF: XtExtension<XtBpf> = {
  kind: "match",
  name: "bpf",
  revision: 1,
  x6: true,
  help: () =>
    "bpf match options:\n" +
    "--bytecode <program>\t        : a bpf program as generated by\n" +
    "                                 $(nfbpf_compile RAW '<filter>')\n" +
    "--object-pinned <bpf object>\t: a path to a pinned BPF object in bpf fs\n",
  options: [
    { name: "bytecode", hasArg: true, id: 0 },
    { name: "object-pinned", hasArg: true, id: 1 },
  ],
  init: () => ({ mode: "bytecode", program: [] }),
  parse(c) {
    if (c.opt.id === 1) paramError("bpf: failed to get bpf object");
    c.data.program = parseBytecode(c.arg);
  },
  final(c) {
    if ((c.flags & 3) !== 1 && (c.flags & 3) !== 2) paramError("bpf: one of --bytecode or --pinned is required");
  },
  // As libxt_bpf prints it: no leading blank, and the C string's NUL as the last character.
  print: (d) => `match bpf ${bpfCode(d.program)}\0`,
  save: (d) => ` --bytecode "${d.program.length},${bpfCode(d.program)}"`,
};
