// HTTP (tcpdump's print-http.c): txtproto_print with HTTP's methods, the
// status code as the second token.

import type { Nd } from "./netdissect.js";
import { txtprotoPrint } from "./txtproto.js";

const CMDS = new Set(
  "GET PUT COPY HEAD LOCK MOVE POLL POST BCOPY BMOVE MKCOL TRACE LABEL MERGE DELETE SEARCH UNLOCK REPORT UPDATE NOTIFY BDELETE CONNECT OPTIONS CHECKIN PROPFIND CHECKOUT CCM_POST SUBSCRIBE PROPPATCH BPROPFIND BPROPPATCH UNCHECKOUT MKACTIVITY MKWORKSPACE UNSUBSCRIBE RPC_CONNECT VERSION-CONTROL BASELINE-CONTROL".split(
    " ",
  ),
);

export function httpPrint(nd: Nd, p: Uint8Array, len: number): void {
  txtprotoPrint(nd, p, len, "http", CMDS);
}
