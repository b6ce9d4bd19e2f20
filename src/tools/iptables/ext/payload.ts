// string match (libxt_string.c) and TCPOPTSTRIP target (libxt_TCPOPTSTRIP.c).
// Formats and messages as recorded from iptables 1.8.9.

import type { XtString, XtTcpoptstrip } from "../../../uapi/xt_ext_payload.js";
import { paramError } from "../errors.js";
import { strtoul } from "../netdb.js";
import type { XtExtension } from "./types.js";
import { parseUint } from "./xtoptions.js";

const MAX_PATTERN = 128;
const enc = new TextEncoder();

/** parse_hex_string(): text with |hex bytes| sections and \ escapes. */
function parseHex(s: string): Uint8Array {
  const out: number[] = [];
  let hex = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === "|") {
      hex = !hex;
      continue;
    }
    if (hex) {
      if (ch === " ") continue;
      const bad = [ch, s[i + 1] ?? ""].find((x) => !/^[0-9a-fA-F]$/.test(x));
      if (bad !== undefined) paramError(`Invalid hex char '${bad}'`);
      out.push(parseInt(s.slice(i, i + 2), 16));
      i++;
    } else if (ch === "\\" && i + 1 < s.length) out.push(s.charCodeAt(++i));
    else out.push(...enc.encode(ch));
  }
  if (hex) paramError("Invalid hex block");
  if (out.length > MAX_PATTERN) paramError(`STRING too long "${s}"`);
  return Uint8Array.from(out);
}

const printable = (p: Uint8Array) => p.every((b) => b >= 0x20 && b < 0x7f);

/** print_string / print_hex_string: quoted text, or |hex| when any byte is not printable. */
function showPattern(p: Uint8Array): { hex: boolean; text: string } {
  if (!printable(p)) return { hex: true, text: `"|${[...p].map((b) => b.toString(16).padStart(2, "0")).join("")}|"` };
  let t = "";
  for (const b of p) {
    const c = String.fromCharCode(b);
    t += c === '"' || c === "\\" ? `\\${c}` : c;
  }
  return { hex: false, text: `"${t}"` };
}

export const STRING: XtExtension<XtString> = {
  kind: "match",
  name: "string",
  revision: 1,
  x6: true,
  options: [
    { name: "from", hasArg: true, id: 0 },
    { name: "to", hasArg: true, id: 1 },
    { name: "algo", hasArg: true, id: 2, mand: true },
    { name: "string", hasArg: true, id: 3, invert: true, excl: 1 << 4 },
    { name: "hex-string", hasArg: true, id: 4, invert: true, excl: 1 << 3 },
    { name: "icase", hasArg: false, id: 5 },
  ],
  init: () => ({ algo: "", from: 0, to: 65535, pattern: new Uint8Array(0), invert: false, icase: false }),
  parse(c) {
    const d = c.data;
    switch (c.opt.id) {
      case 0:
        d.from = parseUint("string", "from", c.arg, 0, 65535);
        break;
      case 1:
        d.to = parseUint("string", "to", c.arg, 0, 65535);
        break;
      case 2:
        if (c.arg.length > 15) paramError(`ALGO too long "${c.arg}"`);
        d.algo = c.arg;
        break;
      case 3: {
        const p = enc.encode(c.arg);
        if (p.length > MAX_PATTERN) paramError(`STRING too long "${c.arg}"`);
        d.pattern = p;
        d.invert = c.invert;
        break;
      }
      case 4:
        d.pattern = parseHex(c.arg);
        d.invert = c.invert;
        break;
      case 5:
        d.icase = true;
        break;
    }
  },
  final(c) {
    if (!(c.flags & ((1 << 3) | (1 << 4)))) paramError("STRING match: You must specify `--string' or `--hex-string'");
  },
  print(d) {
    const p = showPattern(d.pattern);
    let s = ` STRING match ${d.invert ? "!" : ""} ${p.text} ALGO name ${d.algo}`;
    if (d.from) s += ` FROM ${d.from}`;
    if (d.to !== 65535) s += ` TO ${d.to}`;
    if (d.icase) s += " ICASE";
    return s;
  },
  save(d) {
    const p = showPattern(d.pattern);
    let s = `${d.invert ? " !" : ""} --${p.hex ? "hex-string" : "string"} ${p.text} --algo ${d.algo}`;
    if (d.from) s += ` --from ${d.from}`;
    if (d.to !== 65535) s += ` --to ${d.to}`;
    if (d.icase) s += " --icase";
    return s;
  },
};

const TCPOPTS: [string, number][] = [["wscale", 3], ["mss", 2], ["sack-permitted", 4], ["sack", 5], ["timestamp", 8], ["md5", 19]];

export const TCPOPTSTRIP: XtExtension<XtTcpoptstrip> = {
  kind: "target",
  name: "TCPOPTSTRIP",
  revision: 0,
  x6: true,
  options: [{ name: "strip-options", hasArg: true, id: 0 }],
  init: () => ({ kinds: [] }),
  parse(c) {
    const kinds = new Set<number>();
    for (const w of c.arg.split(",")) {
      const named = TCPOPTS.find(([n]) => n === w);
      const v = named ? named[1] : strtoul(w, 0, 255);
      if (v === undefined) paramError(`Bad TCP option value "${w}"`);
      if (v < 2) paramError("Option value may not be 0 or 1");
      kinds.add(v);
    }
    c.data.kinds = [...kinds].sort((a, b) => a - b);
  },
  print(d, _ip, numeric) {
    if (!d.kinds.length) return "";
    return ` TCPOPTSTRIP options ${d.kinds.map((k) => (numeric ? String(k) : (TCPOPTS.find(([, v]) => v === k)?.[0] ?? String(k)))).join(",")}`;
  },
  save: (d) => (d.kinds.length ? ` --strip-options ${d.kinds.join(",")}` : ""),
};
