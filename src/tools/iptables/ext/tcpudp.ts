// tcp and udp matches (extensions/libxt_tcp.c, libxt_udp.c): ports and
// ranges, --tcp-flags MASK COMP, --syn, --tcp-option; printed with service
// names unless -n.

import {
  XT_TCP_INV_DSTPT,
  XT_TCP_INV_FLAGS,
  XT_TCP_INV_OPTION,
  XT_TCP_INV_SRCPT,
  XT_UDP_INV_DSTPT,
  XT_UDP_INV_SRCPT,
  type XtTcp,
  type XtUdp,
} from "../../../uapi/xt_ext.js";
import type { Task } from "../../../kernel/task/task.js";
import { paramError } from "../errors.js";
import { getservbyport, strtoul } from "../netdb.js";
import type { XtExtension } from "./types.js";
import { parsePortRange, xtParsePort } from "./xtoptions.js";

const FLAG_NAMES: [string, number][] = [["FIN", 0x01], ["SYN", 0x02], ["RST", 0x04], ["PSH", 0x08], ["ACK", 0x10], ["URG", 0x20], ["ALL", 0x3f], ["NONE", 0]];

function parseFlags(s: string): number {
  let v = 0;
  for (const part of s.split(",")) {
    if (part === "") continue;
    const f = FLAG_NAMES.find(([n]) => n.toLowerCase() === part.toLowerCase());
    if (!f) paramError(`Unknown TCP flag \`${part}'`);
    v |= f[1];
  }
  return v;
}

function printFlags(flags: number): string {
  const out: string[] = [];
  let f = flags;
  while (f) {
    const hit = FLAG_NAMES.find(([, bit]) => bit && (f & bit) === bit && bit !== 0x3f)!;
    out.push(hit[0]);
    f &= ~hit[1];
  }
  return out.length ? out.join(",") : "NONE";
}

export function parseTcpPorts(task: Task, s: string, proto = "tcp"): [number, number] {
  const i = s.indexOf(":");
  if (i < 0) {
    const p = xtParsePort(task, s, proto);
    return [p, p];
  }
  const a = s.slice(0, i);
  const b = s.slice(i + 1);
  const lo = a ? xtParsePort(task, a, proto) : 0;
  const hi = b ? xtParsePort(task, b, proto) : 0xffff;
  if (lo > hi) paramError("invalid portrange (min > max)");
  return [lo, hi];
}

function printPort(task: Task, port: number, numeric: boolean, proto: string): string {
  return (numeric ? undefined : getservbyport(task, port, proto)) ?? String(port);
}

export function printPorts(task: Task, name: string, r: readonly [number, number], invert: boolean, numeric: boolean, proto: string): string {
  if (r[0] === 0 && r[1] === 0xffff && !invert) return "";
  const inv = invert ? "!" : "";
  if (r[0] === r[1]) return ` ${name}:${inv}${printPort(task, r[0], numeric, proto)}`;
  return ` ${name}s:${inv}${printPort(task, r[0], numeric, proto)}:${printPort(task, r[1], numeric, proto)}`;
}

export function savePorts(opt: string, r: readonly [number, number], invert: boolean): string {
  if (r[0] === 0 && r[1] === 0xffff) return "";
  return `${invert ? " !" : ""} --${opt} ${r[0] === r[1] ? r[0] : `${r[0]}:${r[1]}`}`;
}

const O_SPORT = 0, O_DPORT = 1, O_SYN = 2, O_FLAGS = 3, O_OPTION = 4;

export const TCP: XtExtension<XtTcp> = {
  kind: "match",
  name: "tcp",
  revision: 0,
  x6: false,
  help: () =>
    "tcp match options:\n" +
    "[!] --tcp-flags mask comp\tmatch when TCP flags & mask == comp\n" +
    "\t\t\t\t(Flags: SYN ACK FIN RST URG PSH ALL NONE)\n" +
    "[!] --syn\t\t\tmatch when only SYN flag set\n" +
    "\t\t\t\t(equivalent to --tcp-flags SYN,RST,ACK,FIN SYN)\n" +
    "[!] --source-port port[:port]\n" +
    " --sport ...\n" +
    "\t\t\t\tmatch source port(s)\n" +
    "[!] --destination-port port[:port]\n" +
    " --dport ...\n" +
    "\t\t\t\tmatch destination port(s)\n" +
    "[!] --tcp-option number        match if TCP option set\n",
  options: [
    { name: "source-port", hasArg: true, id: O_SPORT },
    { name: "sport", hasArg: true, id: O_SPORT },
    { name: "destination-port", hasArg: true, id: O_DPORT },
    { name: "dport", hasArg: true, id: O_DPORT },
    { name: "syn", hasArg: false, id: O_SYN },
    { name: "tcp-flags", hasArg: true, id: O_FLAGS },
    { name: "tcp-option", hasArg: true, id: O_OPTION },
  ],
  init: () => ({ spts: [0, 0xffff], dpts: [0, 0xffff], option: 0, flgMask: 0, flgCmp: 0, invflags: 0 }),
  parse(c) {
    const t = c.data;
    const seen = (bit: number) => (c.flags & (1 << bit)) !== 0;
    switch (c.opt.id) {
      case O_SPORT:
        if (seen(O_SPORT)) paramError("Only one `--source-port' allowed");
        t.spts = parseTcpPorts(c.task, c.arg);
        if (c.invert) t.invflags |= XT_TCP_INV_SRCPT;
        break;
      case O_DPORT:
        if (seen(O_DPORT)) paramError("Only one `--destination-port' allowed");
        t.dpts = parseTcpPorts(c.task, c.arg);
        if (c.invert) t.invflags |= XT_TCP_INV_DSTPT;
        break;
      case O_SYN:
      case O_FLAGS: {
        if (seen(O_SYN) || seen(O_FLAGS)) paramError("Only one of `--syn' or `--tcp-flags'  allowed");
        if (c.opt.id === O_SYN) {
          t.flgMask = parseFlags("SYN,RST,ACK,FIN");
          t.flgCmp = parseFlags("SYN");
        } else {
          const cmp = c.takeNext();
          if (cmp === undefined) paramError("--tcp-flags requires two args.");
          t.flgMask = parseFlags(c.arg);
          t.flgCmp = parseFlags(cmp);
        }
        if (c.invert) t.invflags |= XT_TCP_INV_FLAGS;
        // --syn and --tcp-flags share one flag bit.
        c.flags |= (1 << O_SYN) | (1 << O_FLAGS);
        break;
      }
      case O_OPTION: {
        if (seen(O_OPTION)) paramError("Only one `--tcp-option' allowed");
        const v = strtoul(c.arg, 1, 255);
        if (v === undefined) paramError(`Bad TCP option "${c.arg}"`);
        t.option = v;
        if (c.invert) t.invflags |= XT_TCP_INV_OPTION;
        break;
      }
    }
  },
  print(t, _ip, numeric, task) {
    let s = " tcp";
    s += printPorts(task, "spt", t.spts, !!(t.invflags & XT_TCP_INV_SRCPT), numeric, "tcp");
    s += printPorts(task, "dpt", t.dpts, !!(t.invflags & XT_TCP_INV_DSTPT), numeric, "tcp");
    if (t.option || t.invflags & XT_TCP_INV_OPTION) s += ` option=${t.invflags & XT_TCP_INV_OPTION ? "!" : ""}${t.option}`;
    if (t.flgMask || t.invflags & XT_TCP_INV_FLAGS) {
      s += ` flags:${t.invflags & XT_TCP_INV_FLAGS ? "!" : ""}`;
      const hex = (n: number) => `0x${n.toString(16).toUpperCase().padStart(2, "0")}`;
      s += numeric ? `${hex(t.flgMask)}/${hex(t.flgCmp)}` : `${printFlags(t.flgMask)}/${printFlags(t.flgCmp)}`;
    }
    return s;
  },
  save(t) {
    let s = savePorts("sport", t.spts, !!(t.invflags & XT_TCP_INV_SRCPT));
    s += savePorts("dport", t.dpts, !!(t.invflags & XT_TCP_INV_DSTPT));
    if (t.option || t.invflags & XT_TCP_INV_OPTION) s += `${t.invflags & XT_TCP_INV_OPTION ? " !" : ""} --tcp-option ${t.option}`;
    if (t.flgMask || t.invflags & XT_TCP_INV_FLAGS)
      s += `${t.invflags & XT_TCP_INV_FLAGS ? " !" : ""} --tcp-flags ${printFlags(t.flgMask)} ${printFlags(t.flgCmp)}`;
    return s;
  },
};

export const UDP: XtExtension<XtUdp> = {
  kind: "match",
  name: "udp",
  revision: 0,
  x6: true,
  help: () =>
    "udp match options:\n" +
    "[!] --source-port port[:port]\n" +
    " --sport ...\n" +
    "\t\t\t\tmatch source port(s)\n" +
    "[!] --destination-port port[:port]\n" +
    " --dport ...\n" +
    "\t\t\t\tmatch destination port(s)\n",
  options: [
    { name: "source-port", hasArg: true, id: 0, invert: true },
    { name: "sport", hasArg: true, id: 0, invert: true },
    { name: "destination-port", hasArg: true, id: 1, invert: true },
    { name: "dport", hasArg: true, id: 1, invert: true },
  ],
  init: () => ({ spts: [0, 0xffff], dpts: [0, 0xffff], invflags: 0 }),
  parse(c) {
    const r = parsePortRange(c.task, "udp", c.opt.name, c.arg);
    if (c.opt.id === 0) {
      c.data.spts = r;
      if (c.invert) c.data.invflags |= XT_UDP_INV_SRCPT;
    } else {
      c.data.dpts = r;
      if (c.invert) c.data.invflags |= XT_UDP_INV_DSTPT;
    }
  },
  print(u, _ip, numeric, task) {
    return (
      " udp" +
      printPorts(task, "spt", u.spts, !!(u.invflags & XT_UDP_INV_SRCPT), numeric, "udp") +
      printPorts(task, "dpt", u.dpts, !!(u.invflags & XT_UDP_INV_DSTPT), numeric, "udp")
    );
  },
  save(u) {
    return savePorts("sport", u.spts, !!(u.invflags & XT_UDP_INV_SRCPT)) + savePorts("dport", u.dpts, !!(u.invflags & XT_UDP_INV_DSTPT));
  },
};
