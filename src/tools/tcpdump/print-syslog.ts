// syslog (UDP port 514) as tcpdump 4.99's print-syslog.c prints it, written
// from its observed output (test/tcpdump/cases/syslog-*): the "<PRI>" prefix
// (at most three digits) gives facility and severity; -v adds the message as
// fn_print_char shows it, -vv a hex dump of the datagram. Anything else is
// " (invalid)"; a capture that ends first " [|syslog]".

import { type Nd, u8 } from "./netdissect.js";
import { printUnknownData } from "./print-ascii.js";
import { fnPrintChar, tok2str, type Tok } from "./util-print.js";

const SEVERITY: Tok = [[0, "emergency"], [1, "alert"], [2, "critical"], [3, "error"], [4, "warning"], [5, "notice"], [6, "info"], [7, "debug"]];
const FACILITY: Tok = [
  [0, "kernel"], [1, "user"], [2, "mail"], [3, "daemon"], [4, "auth"], [5, "syslog"], [6, "lpr"], [7, "news"], [8, "uucp"],
  [9, "cron"], [10, "authpriv"], [11, "ftp"], [12, "ntp"], [13, "security"], [14, "console"], [15, "cron"], [16, "local0"],
  [17, "local1"], [18, "local2"], [19, "local3"], [20, "local4"], [21, "local5"], [22, "local6"], [23, "local7"],
];
const MAX_DIGITS = 3;

export function syslogPrint(nd: Nd, bp: Uint8Array, len: number): void {
  nd.protocol = "syslog";
  if (u8(bp, 0) !== 0x3c) return nd.printInvalid();
  let off = 1;
  let pri = 0;
  while (off <= MAX_DIGITS && u8(bp, off) >= 0x30 && u8(bp, off) <= 0x39) pri = pri * 10 + (bp[off++]! - 0x30);
  if (u8(bp, off) !== 0x3e) return nd.printInvalid();
  off++;
  const facility = (pri & 0x3f8) >> 3;
  const severity = pri & 7;
  const fac = tok2str(FACILITY, "unknown (%u)", facility);
  const sev = tok2str(SEVERITY, "unknown (%u)", severity);
  if (nd.vflag < 1) {
    nd.print(`SYSLOG ${fac}.${sev}, length: ${len}`);
    return;
  }
  nd.print(`SYSLOG, length: ${len}\n\tFacility ${fac} (${facility}), Severity ${sev} (${severity})\n\tMsg: `);
  for (let i = off; i < len; i++) nd.print(fnPrintChar(u8(bp, i)));
  if (nd.vflag > 1) printUnknownData(nd, bp, "\n\t", len);
}
