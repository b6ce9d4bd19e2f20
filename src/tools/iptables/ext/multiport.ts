// multiport match, revision 1 (extensions/libxt_multiport.c): up to 15 ports
// or port ranges, for -p tcp/udp/udplite/sctp/dccp only.

import type { XtMultiport } from "../../../uapi/xt_ext.js";
import { paramError } from "../errors.js";
import { getservbyport } from "../netdb.js";
import type { XtExtension } from "./types.js";
import { xtParsePort } from "./xtoptions.js";

const PROTO_NAMES: Record<number, string> = { 6: "tcp", 17: "udp", 136: "udplite", 132: "sctp", 33: "dccp" };
const XT_MULTI_PORTS = 15;

function checkProto(proto: number, invflags: number): string {
  if (invflags & 0x40) paramError("multiport only works with TCP, UDP, UDPLITE, SCTP and DCCP");
  const n = PROTO_NAMES[proto];
  if (n) return n;
  if (!proto) paramError("multiport needs `-p tcp', `-p udp', `-p udplite', `-p sctp' or `-p dccp'");
  paramError("multiport only works with TCP, UDP, UDPLITE, SCTP and DCCP");
}

const ALL = 0b111;

export const MULTIPORT: XtExtension<XtMultiport> = {
  kind: "match",
  name: "multiport",
  revision: 1,
  x6: true,
  options: [
    { name: "source-ports", hasArg: true, id: 0, excl: ALL, invert: true },
    { name: "sports", hasArg: true, id: 0, excl: ALL, invert: true },
    { name: "destination-ports", hasArg: true, id: 1, excl: ALL, invert: true },
    { name: "dports", hasArg: true, id: 1, excl: ALL, invert: true },
    { name: "ports", hasArg: true, id: 2, excl: ALL, invert: true },
  ],
  init: () => ({ flags: "src", ports: [], pflags: [], invert: false }),
  parse(c) {
    const proto = checkProto(c.ip.proto, c.ip.invflags);
    const m = c.data;
    m.ports = [];
    m.pflags = [];
    const items = c.arg.split(",");
    let i = 0;
    let k = 0;
    for (; k < items.length && i < XT_MULTI_PORTS; k++, i++) {
      const it = items[k]!;
      const colon = it.indexOf(":");
      if (colon >= 0 && i === XT_MULTI_PORTS - 1) paramError("too many ports specified");
      const lo = xtParsePort(c.task, colon >= 0 ? it.slice(0, colon) : it, proto);
      m.ports[i] = lo;
      m.pflags[i] = false;
      if (colon >= 0) {
        m.pflags[i] = true;
        const hi = xtParsePort(c.task, it.slice(colon + 1), proto);
        m.ports[++i] = hi;
        m.pflags[i] = false;
        if (lo >= hi) paramError("invalid portrange specified");
      }
    }
    if (k < items.length) paramError("too many ports specified");
    m.flags = c.opt.id === 0 ? "src" : c.opt.id === 1 ? "dst" : "any";
    if (c.invert) m.invert = true;
  },
  final(c) {
    if (c.flags === 0) paramError("multiport expection an option");
  },
  print(m, ip, numeric, task) {
    const word = m.flags === "src" ? "sports" : m.flags === "dst" ? "dports" : "ports";
    let s = ` multiport ${word} `;
    if (m.invert) s += " !";
    const proto = PROTO_NAMES[ip.proto];
    const port = (p: number) => (numeric || !proto ? undefined : getservbyport(task, p, proto)) ?? String(p);
    const parts: string[] = [];
    for (let i = 0; i < m.ports.length; i++) {
      let t = port(m.ports[i]!);
      if (m.pflags[i]) t += ":" + port(m.ports[++i]!);
      parts.push(t);
    }
    return s + parts.join(",");
  },
  save(m) {
    const word = m.flags === "src" ? "sports" : m.flags === "dst" ? "dports" : "ports";
    const parts: string[] = [];
    for (let i = 0; i < m.ports.length; i++) {
      let t = String(m.ports[i]);
      if (m.pflags[i]) t += ":" + String(m.ports[++i]);
      parts.push(t);
    }
    return `${m.invert ? " !" : ""} --${word} ${parts.join(",")}`;
  },
};
