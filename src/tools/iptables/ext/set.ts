// set match (libxt_set.c, revision 4) and SET target (revision 3): name an
// ipset set and which side (src/dst) each dimension of its element comes
// from. The set is looked up by name when the rule is parsed and sent as its
// index; -L/-S print its current name.

import { ipSetByIndex, ipSetByName } from "../../../kernel/netfilter/ipset/ip_set_core.js";
import type { Task } from "../../../kernel/task/task.js";
import {
  IPSET_COUNTER_EQ,
  IPSET_COUNTER_GT,
  IPSET_COUNTER_LT,
  IPSET_COUNTER_NE,
  IPSET_COUNTER_NONE,
  IPSET_FLAG_EXIST,
  IPSET_FLAG_SKIP_COUNTER_UPDATE,
  IPSET_FLAG_SKIP_SUBCOUNTER_UPDATE,
  IPSET_INV_MATCH,
  IPSET_INVALID_ID,
  IPSET_RETURN_NOMATCH,
  type XtSetDim,
  type XtSetMatch,
  type XtSetTarget,
} from "../../../uapi/xt_set.js";
import { paramError } from "../errors.js";
import type { ParseCall, XtExtension } from "./types.js";

const IPSET_DIM_MAX = 6;

function parseDim(c: ParseCall<unknown>, opt: string): XtSetDim {
  const name = c.arg;
  const dirs = c.takeNext();
  if (dirs === undefined || dirs.startsWith("-")) paramError(`--${opt} requires two args.`);
  const found = ipSetByName(c.task.netns, name);
  if (!found) paramError(`Set ${name} doesn't exist.\n`);
  // get_set_byname(): a set of one family (hash types, bitmap:ip*) serves only that family's tool
  const t = found!.set.type;
  const setFamily = t.kind === "list" || t.noIp ? undefined : found!.set.opts.inet6 ? 6 : 4;
  if (setFamily !== undefined && c.family !== undefined && setFamily !== c.family)
    paramError(`The protocol family of set ${name} is ${setFamily === 6 ? "IPv6" : "IPv4"}, which is not applicable.\n`);
  const parts = dirs.split(",");
  if (parts.length > IPSET_DIM_MAX) paramError(`Can't be more src/dst options than ${IPSET_DIM_MAX}.`);
  let flags = 0;
  parts.forEach((w, i) => {
    if (w === "dst") flags |= 1 << i;
    else if (w !== "src") paramError("You must spefify (the comma separated list of) 'src' or 'dst'.");
  });
  return { index: found.index, dim: parts.length, flags };
}

function setName(task: Task | undefined, index: number): string {
  const s = task ? ipSetByIndex(task.netns, index) : undefined;
  return s ? s.name : "";
}

function dirs(d: XtSetDim): string {
  const out: string[] = [];
  for (let i = 0; i < d.dim; i++) out.push((d.flags >> i) & 1 ? "dst" : "src");
  return out.join(",");
}

function parseNum(arg: string, opt: string): number {
  if (!/^\d+$/.test(arg)) paramError(`Cannot parse ${arg} as ${opt} value.`);
  return Number(arg);
}

const COUNTER_OPTS = ["packets-eq", "packets-lt", "packets-gt", "bytes-eq", "bytes-lt", "bytes-gt"];

function showMatch(d: XtSetMatch, task: Task | undefined, dash: string): string {
  const inv = d.cmdflags & IPSET_INV_MATCH ? " !" : "";
  let s = `${inv} ${dash}match-set ${setName(task, d.index)} ${dirs(d)}`;
  if (d.cmdflags & IPSET_RETURN_NOMATCH) s += ` ${dash}return-nomatch`;
  if (d.cmdflags & IPSET_FLAG_SKIP_COUNTER_UPDATE) s += ` ! ${dash}update-counters`;
  if (d.cmdflags & IPSET_FLAG_SKIP_SUBCOUNTER_UPDATE) s += ` ! ${dash}update-subcounters`;
  for (const [what, c] of [["packets", d.packets], ["bytes", d.bytes]] as const) {
    if (c.op === IPSET_COUNTER_EQ) s += ` ${dash}${what}-eq ${c.value}`;
    else if (c.op === IPSET_COUNTER_NE) s += ` ! ${dash}${what}-eq ${c.value}`;
    else if (c.op === IPSET_COUNTER_LT) s += ` ${dash}${what}-lt ${c.value}`;
    else if (c.op === IPSET_COUNTER_GT) s += ` ${dash}${what}-gt ${c.value}`;
  }
  return s;
}

export const SET_MATCH: XtExtension<XtSetMatch> = {
  kind: "match",
  name: "set",
  revision: 4,
  x6: false,
  options: [
    { name: "match-set", hasArg: true, id: 0 },
    { name: "return-nomatch", hasArg: false, id: 1 },
    { name: "update-counters", hasArg: false, id: 2 },
    { name: "update-subcounters", hasArg: false, id: 3 },
    ...COUNTER_OPTS.map((name, i) => ({ name, hasArg: true, id: 4 + i })),
  ],
  init: () => ({ index: IPSET_INVALID_ID, dim: 0, flags: 0, cmdflags: 0, packets: { op: IPSET_COUNTER_NONE, value: 0 }, bytes: { op: IPSET_COUNTER_NONE, value: 0 } }),
  parse(c) {
    const d = c.data;
    const id = c.opt.id;
    if (id === 0) {
      if (c.flags & 1) paramError("--match-set can be specified only once");
      Object.assign(d, parseDim(c, "match-set"));
      if (c.invert) d.cmdflags |= IPSET_INV_MATCH;
    } else if (id === 1) {
      if (c.invert) paramError("--return-nomatch flag cannot be inverted");
      d.cmdflags |= IPSET_RETURN_NOMATCH;
    } else if (id === 2) {
      if (c.invert) d.cmdflags |= IPSET_FLAG_SKIP_COUNTER_UPDATE;
    } else if (id === 3) {
      if (c.invert) d.cmdflags |= IPSET_FLAG_SKIP_SUBCOUNTER_UPDATE;
    } else {
      const name = COUNTER_OPTS[id - 4]!;
      const which = name.startsWith("packets") ? d.packets : d.bytes;
      const kind = name.slice(-2);
      if (c.invert && kind !== "eq") paramError(`--${name} option cannot be inverted`);
      which.value = parseNum(c.arg, name);
      which.op = kind === "eq" ? (c.invert ? IPSET_COUNTER_NE : IPSET_COUNTER_EQ) : kind === "lt" ? IPSET_COUNTER_LT : IPSET_COUNTER_GT;
    }
  },
  final(c) {
    if (!(c.flags & 1)) paramError("You must specify `--match-set' with proper arguments");
  },
  print: (d, _ip, _n, task) => showMatch(d, task, ""),
  save: (d, _ip, task) => showMatch(d, task, "--"),
};

function showTarget(d: XtSetTarget, task: Task | undefined, dash: string): string {
  let s = "";
  if (d.add.index !== IPSET_INVALID_ID) s += ` ${dash}add-set ${setName(task, d.add.index)} ${dirs(d.add)}`;
  if (d.del.index !== IPSET_INVALID_ID) s += ` ${dash}del-set ${setName(task, d.del.index)} ${dirs(d.del)}`;
  if (d.cmdflags & IPSET_FLAG_EXIST) s += ` ${dash}exist`;
  if (d.timeout !== undefined) s += ` ${dash}timeout ${d.timeout}`;
  return s;
}

export const SET_TARGET: XtExtension<XtSetTarget> = {
  kind: "target",
  name: "SET",
  revision: 3,
  x6: false,
  options: [
    { name: "add-set", hasArg: true, id: 0 },
    { name: "del-set", hasArg: true, id: 1 },
    { name: "exist", hasArg: false, id: 2 },
    { name: "timeout", hasArg: true, id: 3 },
  ],
  init: () => ({
    add: { index: IPSET_INVALID_ID, dim: 0, flags: 0 },
    del: { index: IPSET_INVALID_ID, dim: 0, flags: 0 },
    cmdflags: 0,
  }),
  parse(c) {
    const d = c.data;
    if (c.invert) paramError("Unexpected `!' after --" + c.opt.name);
    if (c.opt.id === 0) d.add = parseDim(c, "add-set");
    else if (c.opt.id === 1) d.del = parseDim(c, "del-set");
    else if (c.opt.id === 2) d.cmdflags |= IPSET_FLAG_EXIST;
    else {
      const n = /^\d+$/.test(c.arg) ? Number(c.arg) : NaN;
      if (!(n >= 0 && n <= 0xfffffffe)) paramError("Invalid value for option --timeout or out of range 0-4294967294.");
      d.timeout = n;
    }
  },
  final(c) {
    if (!(c.flags & 3)) paramError("You must specify either `--add-set' or `--del-set'");
    if (!(c.flags & 1) && c.flags & 4) paramError("Flag `--exist' can be used with `--add-set' only");
    if (!(c.flags & 1) && c.flags & 8) paramError("Option `--timeout' can be used with `--add-set' only");
  },
  print: (d, _ip, _n, task) => showTarget(d, task, ""),
  save: (d, _ip, task) => showTarget(d, task, "--"),
};
