// Matches and targets on IPv4 header fields and IPsec SPIs: ttl/TTL
// (libipt_ttl.c, libipt_TTL.c), tos/TOS (libxt_tos.c, libxt_TOS.c revision 1),
// dscp/DSCP (libxt_dscp.c, libxt_DSCP.c), ecn/ECN (libxt_ecn.c, libipt_ECN.c),
// ah (libipt_ah.c), esp (libxt_esp.c). Messages and formats as recorded from
// iptables 1.8.9 (see scripts/iptables-upstream-tests.mjs).

import {
  XT_ECN_IP,
  XT_ECN_TCP_CWR,
  XT_ECN_TCP_ECE,
  type XtDscp,
  type XtEcn,
  type XtEcnTarget,
  type XtSpi,
  type XtTos,
  type XtTtl,
  type XtTtlTarget,
} from "../../../uapi/xt_ext_iphdr.js";
import { paramError } from "../errors.js";
import { strtoulPrefix } from "../netdb.js";
import type { XtExtension } from "./types.js";
import { parseUint, parseUintRange } from "./xtoptions.js";

const hex2 = (n: number) => `0x${n.toString(16).padStart(2, "0")}`;

export const TTL_MATCH: XtExtension<XtTtl> = {
  kind: "match",
  name: "ttl",
  revision: 0,
  x6: true,
  options: [
    { name: "ttl-eq", hasArg: true, id: 0, invert: true, excl: 0b110 },
    { name: "ttl-lt", hasArg: true, id: 1, excl: 0b101 },
    { name: "ttl-gt", hasArg: true, id: 2, excl: 0b011 },
  ],
  init: () => ({ mode: 0, ttl: 0 }),
  parse(c) {
    c.data.ttl = parseUint("ttl", c.opt.name, c.arg, 0, 255);
    c.data.mode = c.opt.id === 0 ? (c.invert ? 1 : 0) : c.opt.id + 1;
  },
  final(c) {
    if (c.flags === 0) paramError("TTL match: You must specify one of `--ttl-eq', `--ttl-lt', `--ttl-gt");
  },
  print: (d) => ` TTL match TTL ${["==", "!=", "<", ">"][d.mode]} ${d.ttl}`,
  save: (d) => [` --ttl-eq ${d.ttl}`, ` ! --ttl-eq ${d.ttl}`, ` --ttl-lt ${d.ttl}`, ` --ttl-gt ${d.ttl}`][d.mode]!,
};

export const TTL_TARGET: XtExtension<XtTtlTarget> = {
  kind: "target",
  name: "TTL",
  revision: 0,
  x6: true,
  options: [
    { name: "ttl-set", hasArg: true, id: 0, excl: 0b110 },
    { name: "ttl-dec", hasArg: true, id: 1, excl: 0b101 },
    { name: "ttl-inc", hasArg: true, id: 2, excl: 0b011 },
  ],
  init: () => ({ mode: 0, ttl: 0 }),
  parse(c) {
    c.data.ttl = parseUint("TTL", c.opt.name, c.arg, c.opt.id === 0 ? 0 : 1, 255);
    c.data.mode = [0, 2, 1][c.opt.id]!;
  },
  final(c) {
    if (c.flags === 0) paramError("TTL: You must specify an action");
  },
  print: (d) => ` TTL ${["set to", "increment by", "decrement by"][d.mode]} ${d.ttl}`,
  save: (d) => ` --ttl-${["set", "inc", "dec"][d.mode]} ${d.ttl}`,
};

const TOS_NAMES: [string, number][] = [
  ["Minimize-Cost", 0x02],
  ["Maximize-Reliability", 0x04],
  ["Maximize-Throughput", 0x08],
  ["Minimize-Delay", 0x10],
  ["Normal-Service", 0x00],
];

/** tos_parse_numeric / tos_parse_symbolic: value[/mask] (mask 0xff), or a name (mask 0x3f). */
function parseTos(ext: string, opt: string, arg: string, max: number): { value: number; mask: number } {
  const n = strtoulPrefix(arg);
  if (n && (n.rest === "" || n.rest.startsWith("/"))) {
    const bad = (): never => paramError(`${ext}: bad value for option "--${opt}", or out of range (0-${max}).\n`);
    if (n.value > max) bad();
    if (n.rest === "") return { value: n.value, mask: max };
    const m = strtoulPrefix(n.rest.slice(1));
    if (!m || m.rest !== "" || m.value > max) bad();
    return { value: n.value, mask: m!.value };
  }
  const sym = TOS_NAMES.find(([name]) => name.toLowerCase() === arg.toLowerCase());
  if (!sym) paramError(`Symbolic name "${arg}" is unknown`);
  return { value: sym[1], mask: 0x3f };
}

export const TOS_MATCH: XtExtension<XtTos> = {
  kind: "match",
  name: "tos",
  revision: 1,
  x6: true,
  options: [{ name: "tos", hasArg: true, id: 0, mand: true, invert: true }],
  init: () => ({ value: 0, mask: 0, invert: false }),
  parse(c) {
    const t = parseTos("tos", "tos", c.arg, 0xff);
    c.data.value = t.value;
    c.data.mask = t.mask;
    c.data.invert = c.invert;
  },
  // tos_mt_print_v1: without -n a 0x3f mask whose value has a name prints the name (tos_try_print_symbolic)
  print: (d, _ip, numeric) => {
    const sym = !numeric && d.mask === 0x3f ? TOS_NAMES.find(([, v]) => v === d.value)?.[0] : undefined;
    return ` tos match${d.invert ? "!" : ""}${sym !== undefined ? ` ${sym}` : `${hex2(d.value)}/${hex2(d.mask)}`}`;
  },
  save: (d) => `${d.invert ? " !" : ""} --tos ${hex2(d.value)}/${hex2(d.mask)}`,
};

export const TOS_TARGET: XtExtension<XtTos> = {
  kind: "target",
  name: "TOS",
  revision: 1,
  x6: true,
  options: [
    { name: "set-tos", hasArg: true, id: 0, excl: 0b1110 },
    { name: "and-tos", hasArg: true, id: 1, excl: 0b1101 },
    { name: "or-tos", hasArg: true, id: 2, excl: 0b1011 },
    { name: "xor-tos", hasArg: true, id: 3, excl: 0b0111 },
  ],
  init: () => ({ value: 0, mask: 0, invert: false }),
  parse(c) {
    const d = c.data;
    if (c.opt.id === 0) {
      const t = parseTos("TOS", "set-tos", c.arg, 0xff);
      d.value = t.value;
      d.mask = t.mask;
      return;
    }
    const bits = parseUint("TOS", c.opt.name, c.arg, 0, 0xff);
    if (c.opt.id === 1) {
      d.value = 0;
      d.mask = ~bits & 0xff;
    } else if (c.opt.id === 2) d.value = d.mask = bits;
    else {
      d.value = bits;
      d.mask = 0;
    }
  },
  final(c) {
    if (c.flags === 0) paramError("TOS: An action is required");
  },
  print: (d) => ` TOS set ${hex2(d.value)}/${hex2(d.mask)}`,
  save: (d) => ` --set-tos ${hex2(d.value)}/${hex2(d.mask)}`,
};

const DSCP_CLASSES: [string, number][] = [
  ["CS0", 0x00], ["CS1", 0x08], ["CS2", 0x10], ["CS3", 0x18], ["CS4", 0x20], ["CS5", 0x28], ["CS6", 0x30], ["CS7", 0x38],
  ["BE", 0x00], ["AF11", 0x0a], ["AF12", 0x0c], ["AF13", 0x0e], ["AF21", 0x12], ["AF22", 0x14], ["AF23", 0x16],
  ["AF31", 0x1a], ["AF32", 0x1c], ["AF33", 0x1e], ["AF41", 0x22], ["AF42", 0x24], ["AF43", 0x26], ["EF", 0x2e],
];

function dscpClass(name: string): number {
  const c = DSCP_CLASSES.find(([n]) => n.toLowerCase() === name.toLowerCase());
  if (!c) paramError(`Invalid DSCP value \`${name}'\n`);
  return c[1];
}

export const DSCP_MATCH: XtExtension<XtDscp> = {
  kind: "match",
  name: "dscp",
  revision: 0,
  x6: true,
  options: [
    { name: "dscp", hasArg: true, id: 0, invert: true, excl: 0b10 },
    { name: "dscp-class", hasArg: true, id: 1, invert: true, excl: 0b01 },
  ],
  init: () => ({ dscp: 0, invert: false }),
  parse(c) {
    c.data.dscp = c.opt.id === 0 ? parseUint("dscp", "dscp", c.arg, 0, 63) : dscpClass(c.arg);
    c.data.invert = c.invert;
  },
  final(c) {
    if (c.flags === 0) paramError("DSCP match: Parameter --dscp is required");
  },
  print: (d) => ` DSCP match ${d.invert ? "!" : ""}${hex2(d.dscp)}`,
  save: (d) => `${d.invert ? " !" : ""} --dscp ${hex2(d.dscp)}`,
};

export const DSCP_TARGET: XtExtension<XtDscp> = {
  kind: "target",
  name: "DSCP",
  revision: 0,
  x6: true,
  options: [
    { name: "set-dscp", hasArg: true, id: 0, excl: 0b10 },
    { name: "set-dscp-class", hasArg: true, id: 1, excl: 0b01 },
  ],
  init: () => ({ dscp: 0, invert: false }),
  parse(c) {
    c.data.dscp = c.opt.id === 0 ? parseUint("DSCP", "set-dscp", c.arg, 0, 63) : dscpClass(c.arg);
  },
  final(c) {
    if (c.flags === 0) paramError("DSCP target: Parameter --set-dscp is required");
  },
  print: (d) => ` DSCP set ${hex2(d.dscp)}`,
  save: (d) => ` --set-dscp ${hex2(d.dscp)}`,
};

const ECN_OP_IP = XT_ECN_IP;
const ECN_OP_ECE = XT_ECN_TCP_ECE;
const ECN_OP_CWR = XT_ECN_TCP_CWR;

export const ECN_MATCH: XtExtension<XtEcn> = {
  kind: "match",
  name: "ecn",
  revision: 0,
  x6: true,
  options: [
    { name: "ecn-tcp-cwr", hasArg: false, id: 0, invert: true },
    { name: "ecn-tcp-ece", hasArg: false, id: 1, invert: true },
    { name: "ecn-ip-ect", hasArg: true, id: 2, invert: true },
  ],
  init: () => ({ operation: 0, invert: 0, ipEct: 0 }),
  parse(c) {
    const bit = [ECN_OP_CWR, ECN_OP_ECE, ECN_OP_IP][c.opt.id]!;
    c.data.operation |= bit;
    if (c.invert) c.data.invert |= bit;
    if (c.opt.id === 2) c.data.ipEct = parseUint("ecn", "ecn-ip-ect", c.arg, 0, 3);
  },
  final(c) {
    if (c.flags === 0) paramError("ECN match: some option required");
  },
  print(d) {
    let s = " ECN match";
    const inv = (b: number) => (d.invert & b ? "!" : "");
    if (d.operation & ECN_OP_ECE) s += ` ${inv(ECN_OP_ECE)}ECE`;
    if (d.operation & ECN_OP_CWR) s += ` ${inv(ECN_OP_CWR)}CWR`;
    if (d.operation & ECN_OP_IP) s += ` ${inv(ECN_OP_IP)}ECT=${d.ipEct}`;
    return s;
  },
  save(d) {
    let s = "";
    const inv = (b: number) => (d.invert & b ? " !" : "");
    if (d.operation & ECN_OP_ECE) s += `${inv(ECN_OP_ECE)} --ecn-tcp-ece`;
    if (d.operation & ECN_OP_CWR) s += `${inv(ECN_OP_CWR)} --ecn-tcp-cwr`;
    if (d.operation & ECN_OP_IP) s += `${inv(ECN_OP_IP)} --ecn-ip-ect ${d.ipEct}`;
    return s;
  },
};

const ECN_T_IP = XT_ECN_IP;
const ECN_T_ECE = XT_ECN_TCP_ECE;
const ECN_T_CWR = XT_ECN_TCP_CWR;

export const ECN_TARGET: XtExtension<XtEcnTarget> = {
  kind: "target",
  name: "ECN",
  revision: 0,
  x6: false,
  options: [
    { name: "ecn-tcp-remove", hasArg: false, id: 0 },
    { name: "ecn-tcp-cwr", hasArg: true, id: 1 },
    { name: "ecn-tcp-ece", hasArg: true, id: 2 },
    { name: "ecn-ip-ect", hasArg: true, id: 3 },
  ],
  init: () => ({ operation: 0, ipEct: 0, ece: 0, cwr: 0 }),
  parse(c) {
    const d = c.data;
    const bool = (opt: string) => {
      const v = parseUint("ECN", opt, c.arg, 0, 1);
      return v;
    };
    if (c.opt.id === 0) {
      d.operation |= ECN_T_ECE | ECN_T_CWR;
      d.ece = d.cwr = 0;
    } else if (c.opt.id === 1) {
      d.operation |= ECN_T_CWR;
      d.cwr = bool("ecn-tcp-cwr");
    } else if (c.opt.id === 2) {
      d.operation |= ECN_T_ECE;
      d.ece = bool("ecn-tcp-ece");
    } else {
      d.operation |= ECN_T_IP;
      d.ipEct = parseUint("ECN", "ecn-ip-ect", c.arg, 0, 3);
    }
  },
  final(c) {
    if (c.flags === 0) paramError("ECN target: An operation is required");
  },
  print(d) {
    if (d.operation & ECN_T_ECE && d.operation & ECN_T_CWR && d.ece === 0 && d.cwr === 0) return " ECN TCP remove";
    let s = " ECN";
    if (d.operation & ECN_T_ECE) s += ` ECE=${d.ece}`;
    if (d.operation & ECN_T_CWR) s += ` CWR=${d.cwr}`;
    if (d.operation & ECN_T_IP) s += ` ECT codepoint=${d.ipEct}`;
    return s;
  },
  save(d) {
    if (d.operation & ECN_T_ECE && d.operation & ECN_T_CWR && d.ece === 0 && d.cwr === 0) return " --ecn-tcp-remove";
    let s = "";
    if (d.operation & ECN_T_ECE) s += ` --ecn-tcp-ece ${d.ece}`;
    if (d.operation & ECN_T_CWR) s += ` --ecn-tcp-cwr ${d.cwr}`;
    if (d.operation & ECN_T_IP) s += ` --ecn-ip-ect ${d.ipEct}`;
    return s;
  },
};

function spiMatch(name: "ah" | "esp", proto: number): XtExtension<XtSpi> {
  const opt = name === "ah" ? "ahspi" : "espspi";
  return {
    kind: "match",
    name,
    revision: 0,
    x6: true,
    options: [{ name: opt, hasArg: true, id: 0, invert: true }],
    init: () => ({ min: 0, max: 0xffffffff, invert: false, proto }),
    parse(c) {
      const r = parseUintRange(name, opt, c.arg, 0xffffffff);
      c.data.min = r.vals[0]!;
      c.data.max = r.n === 1 ? r.vals[0]! : r.vals[1]!;
      c.data.invert = c.invert;
    },
    print(d) {
      const lead = name === "ah" ? " ah " : " esp";
      if (d.min === 0 && d.max === 0xffffffff && !d.invert) return lead;
      const inv = d.invert ? "!" : "";
      const sp = name === "ah" ? "" : " ";
      return d.min === d.max ? `${lead}${sp}spi:${inv}${d.min}` : `${lead}${sp}spis:${inv}${d.min}:${d.max}`;
    },
    save(d) {
      if (d.min === 0 && d.max === 0xffffffff && !d.invert) return "";
      const inv = d.invert ? " !" : "";
      return d.min === d.max ? `${inv} --${opt} ${d.min}` : `${inv} --${opt} ${d.min}:${d.max}`;
    },
  };
}

export const AH = spiMatch("ah", 51);
export const ESP = spiMatch("esp", 50);
