// The line-oriented application protocols tcpdump decodes by port
// (print-smtp.c, print-ftp.c, print-whois.c, print-rtsp.c, print-sip.c over
// txtproto_print; print-ssh.c's version line).

import { type Nd, u8 } from "./netdissect.js";
import { txtprotoPrint } from "./txtproto.js";

const RTSP_CMDS = new Set("DESCRIBE ANNOUNCE GET_PARAMETER OPTIONS PAUSE PLAY RECORD REDIRECT SETUP SET_PARAMETER TEARDOWN".split(" "));
const SIP_CMDS = new Set("ACK BYE CANCEL DO INFO INVITE MESSAGE NOTIFY OPTIONS PRACK QAUTH REFER REGISTER SPRACK SUBSCRIBE UPDATE PUBLISH".split(" "));

/** TCP 25: every payload is a request or reply line. */
export const smtpPrint = (nd: Nd, p: Uint8Array, len: number) => txtprotoPrint(nd, p, len, "smtp");
/** TCP 21 (the control connection). */
export const ftpPrint = (nd: Nd, p: Uint8Array, len: number) => txtprotoPrint(nd, p, len, "ftp");
/** TCP 43. */
export const whoisPrint = (nd: Nd, p: Uint8Array, len: number) => txtprotoPrint(nd, p, len, "whois");
/** TCP 554 and 8554. */
export const rtspPrint = (nd: Nd, p: Uint8Array, len: number) => txtprotoPrint(nd, p, len, "rtsp", RTSP_CMDS);
/** UDP 5060. */
export const sipPrint = (nd: Nd, p: Uint8Array, len: number) => txtprotoPrint(nd, p, len, "sip", SIP_CMDS);

/**
 * TCP 22: only a payload that starts with "SSH-" and holds a whole printable
 * line (LF or CR LF) is printed, as ": SSH: <line>"; anything else prints
 * nothing. Running off the captured bytes in the first four is "[|ssh]".
 */
export function sshPrint(nd: Nd, p: Uint8Array, len: number): void {
  nd.protocol = "ssh";
  for (let i = 0; i < 4; i++) if (u8(p, i) !== "SSH-".charCodeAt(i)) return;
  for (let idx = 4; idx < len; idx++) {
    const c = u8(p, idx);
    if (c === 0x0a || (c === 0x0d && idx + 1 < len && u8(p, idx + 1) === 0x0a)) {
      nd.print(`: SSH: ${String.fromCharCode(...p.subarray(0, idx))}`);
      return;
    }
    if (c === 0x0d || c < 0x20 || c > 0x7e) return;
  }
}
