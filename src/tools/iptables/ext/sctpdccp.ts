// sctp (libxt_sctp.c) and dccp (libxt_dccp.c) matches: ports, SCTP chunk types
// (any/all/only, with flag letters kept as given), DCCP packet types and an
// option number. Formats as recorded from iptables 1.8.9.

import type { XtDccp, XtSctp } from "../../../uapi/xt_ext_sctpdccp.js";
import { paramError } from "../errors.js";
import { parseTcpPorts, printPorts, savePorts } from "./tcpudp.js";
import type { XtExtension } from "./types.js";
import { parsePortRange, parseUint } from "./xtoptions.js";

export const SCTP_CHUNKS: [string, number][] = [
  ["DATA", 0], ["INIT", 1], ["INIT_ACK", 2], ["SACK", 3], ["HEARTBEAT", 4], ["HEARTBEAT_ACK", 5], ["ABORT", 6],
  ["SHUTDOWN", 7], ["SHUTDOWN_ACK", 8], ["ERROR", 9], ["COOKIE_ECHO", 10], ["COOKIE_ACK", 11], ["ECN_ECNE", 12],
  ["ECN_CWR", 13], ["SHUTDOWN_COMPLETE", 14], ["I_DATA", 64], ["RE_CONFIG", 130], ["PAD", 132], ["ASCONF", 193],
  ["ASCONF_ACK", 128], ["FORWARD_TSN", 192], ["I_FORWARD_TSN", 194],
];
const MATCH_NAMES = ["", "any", "all", "only"];

export const SCTP: XtExtension<XtSctp> = {
  kind: "match",
  name: "sctp",
  revision: 0,
  x6: false,
  options: [
    { name: "source-port", hasArg: true, id: 0 },
    { name: "sport", hasArg: true, id: 0 },
    { name: "destination-port", hasArg: true, id: 1 },
    { name: "dport", hasArg: true, id: 1 },
    { name: "chunk-types", hasArg: true, id: 2 },
  ],
  init: () => ({ spts: [0, 0xffff], dpts: [0, 0xffff], chunks: [], chunkMatch: 0, flags: 0, invflags: 0 }),
  parse(c) {
    const d = c.data;
    if (c.flags & (1 << c.opt.id)) paramError(`Only one \`--${c.opt.name}' allowed`);
    if (c.opt.id < 2) {
      const r = parseTcpPorts(c.task, c.arg, "sctp");
      if (c.opt.id === 0) d.spts = r;
      else d.dpts = r;
      d.flags |= 1 << c.opt.id;
      if (c.invert) d.invflags |= 1 << c.opt.id;
      return;
    }
    const mode = MATCH_NAMES.indexOf(c.arg);
    if (mode <= 0) paramError("match type not specified");
    const list = c.takeNext();
    if (list === undefined) paramError("--chunk-types requires two args");
    d.chunkMatch = mode;
    d.flags |= 4;
    if (c.invert) d.invflags |= 4;
    for (const item of list.split(",")) {
      const [name, flags = ""] = item.split(":");
      const t = SCTP_CHUNKS.find(([n]) => n.toLowerCase() === name!.toLowerCase());
      if (!t && name !== "ALL" && name !== "NONE") paramError(`Unknown sctp chunk \`${name}'`);
      if (t) d.chunks.push({ type: t[1], flags });
    }
    // The kernel keeps a bitmap: lists come back in type order.
    d.chunks.sort((a, b) => a.type - b.type);
  },
  print(d, _ip, numeric, task) {
    let s = " sctp";
    s += printPorts(task, "spt", d.spts, !!(d.invflags & 1), numeric, "sctp");
    s += printPorts(task, "dpt", d.dpts, !!(d.invflags & 2), numeric, "sctp");
    if (d.flags & 4) {
      s += `${d.invflags & 4 ? " !" : ""} ${MATCH_NAMES[d.chunkMatch]} `;
      s += d.chunks
        .map((ch) =>
          numeric
            ? `0x${ch.type.toString(16).toUpperCase().padStart(4, "0")}`
            : `${SCTP_CHUNKS.find(([, v]) => v === ch.type)![0]}${ch.flags ? `:${ch.flags}` : ""}`,
        )
        .join(",");
    }
    return s;
  },
  save(d) {
    let s = savePorts("sport", d.spts, !!(d.invflags & 1)) + savePorts("dport", d.dpts, !!(d.invflags & 2));
    if (d.flags & 4) {
      s += `${d.invflags & 4 ? " !" : ""} --chunk-types ${MATCH_NAMES[d.chunkMatch]} `;
      s += d.chunks.map((ch) => `${SCTP_CHUNKS.find(([, v]) => v === ch.type)![0]}${ch.flags ? `:${ch.flags}` : ""}`).join(",");
    }
    return s;
  },
};

const DCCP_TYPES = ["REQUEST", "RESPONSE", "DATA", "ACK", "DATAACK", "CLOSEREQ", "CLOSE", "RESET", "SYNC", "SYNCACK"];
/** INVALID stands for every type number the protocol does not define (10..15). */
const DCCP_INVALID = 0xfc00;

export const DCCP: XtExtension<XtDccp> = {
  kind: "match",
  name: "dccp",
  revision: 0,
  x6: true,
  options: [
    { name: "source-port", hasArg: true, id: 0, invert: true },
    { name: "sport", hasArg: true, id: 0, invert: true },
    { name: "destination-port", hasArg: true, id: 1, invert: true },
    { name: "dport", hasArg: true, id: 1, invert: true },
    { name: "dccp-types", hasArg: true, id: 2, invert: true },
    { name: "dccp-option", hasArg: true, id: 3, invert: true },
  ],
  init: () => ({ spts: [0, 0xffff], dpts: [0, 0xffff], typemask: 0, option: 0, flags: 0, invflags: 0 }),
  parse(c) {
    const d = c.data;
    const bit = 1 << c.opt.id;
    d.flags |= bit;
    if (c.invert) d.invflags |= bit;
    switch (c.opt.id) {
      case 0:
        d.spts = parsePortRange(c.task, "dccp", c.opt.name, c.arg);
        break;
      case 1:
        d.dpts = parsePortRange(c.task, "dccp", c.opt.name, c.arg);
        break;
      case 2:
        for (const name of c.arg.split(",")) {
          const i = DCCP_TYPES.indexOf(name.toUpperCase());
          if (i >= 0) d.typemask |= 1 << i;
          else if (name.toUpperCase() === "INVALID") d.typemask |= DCCP_INVALID;
          else paramError(`Unknown DCCP type \`${name}'`);
        }
        break;
      case 3:
        d.option = parseUint("dccp", "dccp-option", c.arg, 1, 255);
        break;
    }
  },
  print(d, _ip, numeric, task) {
    let s = " dccp";
    s += printPorts(task, "spt", d.spts, !!(d.invflags & 1), numeric, "dccp");
    s += printPorts(task, "dpt", d.dpts, !!(d.invflags & 2), numeric, "dccp");
    if (d.flags & 4) {
      const bits: number[] = [];
      for (let i = 0; i < 16; i++) if (d.typemask & (1 << i)) bits.push(i);
      s += `${d.invflags & 4 ? " !" : ""} ${bits.map((i) => (numeric ? String(i) : (DCCP_TYPES[i] ?? "INVALID"))).join(",")}`;
    }
    if (d.flags & 8) s += ` option=${d.invflags & 8 ? "!" : ""}${d.option}`;
    return s;
  },
  save(d) {
    let s = "";
    if (d.flags & 1) s += `${d.invflags & 1 ? " !" : ""} --sport ${d.spts[0] === d.spts[1] ? d.spts[0] : `${d.spts[0]}:${d.spts[1]}`}`;
    if (d.flags & 2) s += `${d.invflags & 2 ? " !" : ""} --dport ${d.dpts[0] === d.dpts[1] ? d.dpts[0] : `${d.dpts[0]}:${d.dpts[1]}`}`;
    if (d.flags & 4) {
      const names = DCCP_TYPES.filter((_, i) => d.typemask & (1 << i));
      if (d.typemask & DCCP_INVALID) names.push("INVALID");
      s += `${d.invflags & 4 ? " !" : ""} --dccp-types ${names.join(",")}`;
    }
    if (d.flags & 8) s += `${d.invflags & 8 ? " !" : ""} --dccp-option ${d.option}`;
    return s;
  },
};
