// util-print.c's txtproto_print, shared by the text protocols tcpdump
// decodes (HTTP, RTSP, SIP: a known request word or a 3-digit status as the
// second token; SMTP, FTP, WHOIS: any text): the protocol's name in capitals,
// then ": <first line>" (-v: ", length: N" and every line, indented).

import { type Nd, have, Truncated } from "./netdissect.js";

const isPrint = (c: number) => c >= 0x20 && c < 0x7f;

function fetchToken(p: Uint8Array, idx: number, len: number): { idx: number; tok: string } | undefined {
  let tok = "";
  for (; idx < len; idx++) {
    if (!have(p, idx, 1)) return undefined;
    const c = p[idx]!;
    if (c >= 0x80) return undefined;
    if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a) break;
    if (!isPrint(c)) return undefined;
    if (tok.length + 2 > 129) return undefined;
    tok += String.fromCharCode(c);
  }
  if (!tok) return undefined;
  for (; idx < len; idx++) {
    if (!have(p, idx, 1)) break;
    const c = p[idx]!;
    if (c === 0x0d || c === 0x0a || !isPrint(c)) break;
    if (c !== 0x20 && c !== 0x09) break;
  }
  return { idx, tok };
}

/** print_txt_line: returns the index after the line, or 0 when it ended badly. */
function printTxtLine(nd: Nd, prefix: string, p: Uint8Array, idx: number, len: number): number {
  const start = idx;
  const text = (end: number) => String.fromCharCode(...p.subarray(start, end));
  while (idx < len) {
    // GET_U_1 past the captured bytes: tcpdump longjmps out before printing the line.
    if (!have(p, idx, 1)) throw new Truncated();
    const c = p[idx]!;
    if (c === 0x0a) {
      nd.print(`${prefix}${text(idx)}`);
      return idx + 1;
    }
    if (c === 0x0d) {
      if (idx + 1 >= len) return 0;
      if (p[idx + 1] === 0x0a) {
        nd.print(`${prefix}${text(idx)}`);
        return idx + 2;
      }
      return 0;
    }
    if (!isPrint(c) && c !== 0x09) return 0;
    idx++;
  }
  nd.print(`${prefix}${text(idx)}`);
  nd.printTrunc();
  return 0;
}

/**
 * txtproto_print(): with `cmds`, only a payload whose first token is one of
 * them (any case) or whose second token is a 3-digit code gets its lines
 * printed; without, every payload does.
 */
export function txtprotoPrint(nd: Nd, p: Uint8Array, len: number, proto: string, cmds?: ReadonlySet<string>): void {
  nd.protocol = proto;
  let printThis = !cmds;
  if (cmds) {
    let t = fetchToken(p, 0, len);
    if (t) {
      if (cmds.has(t.tok.toUpperCase())) printThis = true;
      t = fetchToken(p, t.idx, len);
      if (t && /^[0-9]{3}$/.test(t.tok)) printThis = true;
    }
  }
  nd.print(proto.toUpperCase());
  if (!printThis) return;
  if (nd.vflag) {
    nd.print(`, length: ${len}`);
    for (let idx = 0; idx < len; ) {
      const eol = printTxtLine(nd, "\n\t", p, idx, len);
      if (eol === 0) break;
      idx = eol;
    }
  } else printTxtLine(nd, ": ", p, 0, len);
}
