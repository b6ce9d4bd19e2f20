// NFLOG (libxt_NFLOG.c), NFQUEUE (libxt_NFQUEUE.c rev 3), quota (libxt_quota.c),
// cpu (libxt_cpu.c), helper (libxt_helper.c), realm (libxt_realm.c), CLASSIFY
// (libxt_CLASSIFY.c), CHECKSUM (libxt_CHECKSUM.c), tcpmss (libxt_tcpmss.c),
// TCPMSS (libxt_TCPMSS.c). Messages and formats as recorded from iptables 1.8.9.

import {
  XT_TCPMSS_CLAMP_PMTU,
  type XtChecksum,
  type XtClassify,
  type XtCpu,
  type XtHelper,
  type XtNflog,
  type XtNfqueue,
  type XtQuota,
  type XtRealm,
  type XtTcpmss,
  type XtTcpmssTarget,
} from "../../../uapi/xt_ext_misc.js";
import { paramError } from "../errors.js";
import type { XtExtension } from "./types.js";
import { parseMarkMask, parseUint, parseUintRange, printValMask, saveString } from "./xtoptions.js";

export const NFLOG: XtExtension<XtNflog> = {
  kind: "target",
  name: "NFLOG",
  revision: 0,
  x6: true,
  options: [
    { name: "nflog-group", hasArg: true, id: 0 },
    { name: "nflog-prefix", hasArg: true, id: 1 },
    { name: "nflog-range", hasArg: true, id: 2, excl: 0b1000 },
    { name: "nflog-size", hasArg: true, id: 3, excl: 0b0100 },
    { name: "nflog-threshold", hasArg: true, id: 4 },
  ],
  init: () => ({ group: 0, threshold: 0, prefix: "" }),
  parse(c) {
    const d = c.data;
    switch (c.opt.id) {
      case 0:
        d.group = parseUint("NFLOG", "nflog-group", c.arg, 0, 65535);
        break;
      case 1:
        if (c.arg.length === 0) paramError("No prefix specified for --nflog-prefix");
        d.prefix = c.arg;
        break;
      case 2:
        // nft_compat turns NFLOG into nft's log statement, which has no range.
        parseUint("NFLOG", "nflog-range", c.arg, 0, 0xffffffff);
        c.warn("warn: --nflog-range has never worked and is no longer supported, please use --nflog-size instead\n");
        break;
      case 3:
        d.size = parseUint("NFLOG", "nflog-size", c.arg, 0, 0xffffffff);
        break;
      case 4:
        d.threshold = parseUint("NFLOG", "nflog-threshold", c.arg, 0, 65535);
        break;
    }
  },
  print(d) {
    let s = "";
    if (d.prefix) s += ` nflog-prefix${saveString(d.prefix)}`;
    if (d.group) s += ` nflog-group ${d.group}`;
    if (d.size !== undefined) s += ` nflog-size ${d.size}`;
    if (d.threshold) s += ` nflog-threshold ${d.threshold}`;
    return s;
  },
  save(d) {
    let s = "";
    if (d.prefix) s += ` --nflog-prefix${saveString(d.prefix)}`;
    if (d.group) s += ` --nflog-group ${d.group}`;
    if (d.size !== undefined) s += ` --nflog-size ${d.size}`;
    if (d.threshold) s += ` --nflog-threshold ${d.threshold}`;
    return s;
  },
};

export const NFQUEUE: XtExtension<XtNfqueue> = {
  kind: "target",
  name: "NFQUEUE",
  revision: 3,
  x6: true,
  options: [
    { name: "queue-num", hasArg: true, id: 0, excl: 0b10 },
    { name: "queue-balance", hasArg: true, id: 1, excl: 0b01 },
    { name: "queue-bypass", hasArg: false, id: 2 },
    { name: "queue-cpu-fanout", hasArg: false, id: 3, also: 0b10 },
  ],
  init: () => ({ queuenum: 0, queuesTotal: 1, bypass: false, cpuFanout: false }),
  parse(c) {
    const d = c.data;
    switch (c.opt.id) {
      case 0:
        d.queuenum = parseUint("NFQUEUE", "queue-num", c.arg, 0, 65535);
        break;
      case 1: {
        const r = parseUintRange("NFQUEUE", "queue-balance", c.arg, 65535);
        const lo = r.vals[0]!;
        const hi = r.n === 1 ? lo : r.vals[1]!;
        if (lo > hi) paramError(`NFQUEUE: bad range "${c.arg}"`);
        d.queuenum = lo;
        d.queuesTotal = (hi - lo + 1) & 0xffff;
        break;
      }
      case 2:
        d.bypass = true;
        break;
      case 3:
        d.cpuFanout = true;
        break;
    }
  },
  print(d) {
    let s = d.queuesTotal !== 1 ? ` NFQUEUE balance ${d.queuenum}:${d.queuenum + ((d.queuesTotal - 1) & 0xffff)}` : ` NFQUEUE num ${d.queuenum}`;
    if (d.bypass) s += " bypass";
    if (d.cpuFanout) s += " cpu-fanout";
    return s;
  },
  save(d) {
    let s = d.queuesTotal !== 1 ? ` --queue-balance ${d.queuenum}:${d.queuenum + ((d.queuesTotal - 1) & 0xffff)}` : ` --queue-num ${d.queuenum}`;
    if (d.bypass) s += " --queue-bypass";
    if (d.cpuFanout) s += " --queue-cpu-fanout";
    return s;
  },
};

const U64_MAX = 0xffffffffffffffffn;

export const QUOTA: XtExtension<XtQuota> = {
  kind: "match",
  name: "quota",
  revision: 0,
  x6: true,
  options: [{ name: "quota", hasArg: true, id: 0, mand: true, invert: true }],
  init: () => ({ quota: 0n, invert: false }),
  parse(c) {
    const m = /^\s*(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(c.arg);
    const v = m ? BigInt(m[1]!.startsWith("0") && !/^0[xX]/.test(m[1]!) && m[1]!.length > 1 ? "0o" + m[1]!.slice(1) : m[1]!) : undefined;
    if (v === undefined || v > U64_MAX) paramError(`quota: bad value for option "--quota", or out of range (0-${U64_MAX}).\n`);
    c.data.quota = v;
    c.data.invert = c.invert;
  },
  print: (d) => ` quota: ${d.quota} bytes`,
  save: (d) => `${d.invert ? " !" : ""} --quota ${d.quota}`,
};

export const CPU: XtExtension<XtCpu> = {
  kind: "match",
  name: "cpu",
  revision: 0,
  x6: true,
  options: [{ name: "cpu", hasArg: true, id: 0, mand: true, invert: true }],
  init: () => ({ cpu: 0, invert: false }),
  parse(c) {
    c.data.cpu = parseUint("cpu", "cpu", c.arg, 0, 0xffffffff);
    c.data.invert = c.invert;
  },
  print: (d) => ` cpu ${d.invert ? "! " : ""}${d.cpu}`,
  save: (d) => `${d.invert ? " !" : ""} --cpu ${d.cpu}`,
};

export const HELPER: XtExtension<XtHelper> = {
  kind: "match",
  name: "helper",
  revision: 0,
  x6: true,
  options: [{ name: "helper", hasArg: true, id: 0, mand: true, invert: true }],
  init: () => ({ name: "", invert: false }),
  parse(c) {
    c.data.name = c.arg.slice(0, 29);
    c.data.invert = c.invert;
  },
  print: (d) => ` helper match ${d.invert ? "! " : ""}"${d.name}"`,
  save: (d) => `${d.invert ? " !" : ""} --helper${saveString(d.name)}`,
};

export const REALM: XtExtension<XtRealm> = {
  kind: "match",
  name: "realm",
  family: 4,
  revision: 0,
  x6: true,
  options: [{ name: "realm", hasArg: true, id: 0, mand: true, invert: true }],
  init: () => ({ id: 0, mask: 0xffffffff, invert: false }),
  parse(c) {
    const v = parseMarkMask("realm", "realm", c.arg);
    c.data.id = v.val;
    c.data.mask = v.mask;
    c.data.invert = c.invert;
  },
  print: (d) => ` realm ${d.invert ? "! " : ""}${printValMask(d.id, d.mask).slice(1)}`,
  save: (d) => `${d.invert ? " !" : ""} --realm${printValMask(d.id, d.mask)}`,
};

export const CLASSIFY: XtExtension<XtClassify> = {
  kind: "target",
  name: "CLASSIFY",
  revision: 0,
  x6: true,
  options: [{ name: "set-class", hasArg: true, id: 0, mand: true }],
  init: () => ({ priority: 0 }),
  parse(c) {
    const m = /^([0-9a-fA-F]+):([0-9a-fA-F]+)$/.exec(c.arg);
    const maj = m ? parseInt(m[1]!, 16) : NaN;
    const min = m ? parseInt(m[2]!, 16) : NaN;
    if (!m || maj > 0xffff || min > 0xffff) paramError(`Bad class value "${c.arg}"`);
    c.data.priority = ((maj << 16) | min) >>> 0;
  },
  print: (d) => ` CLASSIFY set ${(d.priority >>> 16).toString(16)}:${(d.priority & 0xffff).toString(16)}`,
  save: (d) =>
    ` --set-class ${(d.priority >>> 16).toString(16).padStart(4, "0")}:${(d.priority & 0xffff).toString(16).padStart(4, "0")}`,
};

export const CHECKSUM: XtExtension<XtChecksum> = {
  kind: "target",
  name: "CHECKSUM",
  revision: 0,
  x6: true,
  options: [{ name: "checksum-fill", hasArg: false, id: 0, mand: true }],
  init: () => ({ fill: false }),
  parse(c) {
    c.data.fill = true;
  },
  print: () => " CHECKSUM fill",
  save: () => " --checksum-fill",
};

export const TCPMSS_MATCH: XtExtension<XtTcpmss> = {
  kind: "match",
  name: "tcpmss",
  revision: 0,
  x6: true,
  options: [{ name: "mss", hasArg: true, id: 0, mand: true, invert: true }],
  init: () => ({ min: 0, max: 0, invert: false }),
  parse(c) {
    const r = parseUintRange("tcpmss", "mss", c.arg, 65535);
    c.data.min = r.vals[0]!;
    c.data.max = r.n === 1 ? r.vals[0]! : r.vals[1]!;
    if (c.data.min > c.data.max) paramError("tcpmss: invalid range given");
    c.data.invert = c.invert;
  },
  print: (d) => ` tcpmss match ${d.invert ? "!" : ""}${d.min === d.max ? d.min : `${d.min}:${d.max}`}`,
  save: (d) => `${d.invert ? " !" : ""} --mss ${d.min === d.max ? d.min : `${d.min}:${d.max}`}`,
};

export const TCPMSS_TARGET: XtExtension<XtTcpmssTarget> = {
  kind: "target",
  name: "TCPMSS",
  revision: 0,
  x6: true,
  options: [
    { name: "set-mss", hasArg: true, id: 0, excl: 0b10 },
    { name: "clamp-mss-to-pmtu", hasArg: false, id: 1, excl: 0b01 },
  ],
  init: () => ({ mss: 0 }),
  parse(c) {
    c.data.mss = c.opt.id === 0 ? parseUint("TCPMSS", "set-mss", c.arg, 0, 65535 - 40) : XT_TCPMSS_CLAMP_PMTU;
  },
  final(c) {
    if (c.flags === 0) paramError("TCPMSS target: At least one parameter is required");
  },
  print: (d) => (d.mss === XT_TCPMSS_CLAMP_PMTU ? " TCPMSS clamp to PMTU" : ` TCPMSS set ${d.mss}`),
  save: (d) => (d.mss === XT_TCPMSS_CLAMP_PMTU ? " --clamp-mss-to-pmtu" : ` --set-mss ${d.mss}`),
};
