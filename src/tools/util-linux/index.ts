// util-linux 2.38: nsenter, unshare, setsid, rev, dmesg, runuser, column, hexdump and hd (Debian ships these in bsdextrautils).
import type { ProgramTable } from "../program-table.js";
import { nsenterMain } from "./nsenter.js";
import { unshareMain } from "./unshare.js";
import { revMain } from "./rev.js";
import { dmesgMain } from "./dmesg.js";
import { runuserMain } from "./runuser.js";
import { columnMain } from "./column.js";
import { hexdumpMain } from "./hexdump.js";
import { setsidMain } from "./setsid.js";

export const UTIL_LINUX: ProgramTable = [
  { name: "nsenter", path: "/usr/bin/nsenter", main: nsenterMain },
  { name: "unshare", path: "/usr/bin/unshare", main: unshareMain },
  { name: "rev", path: "/usr/bin/rev", main: revMain },
  { name: "dmesg", path: "/usr/bin/dmesg", main: dmesgMain },
  { name: "runuser", path: "/usr/sbin/runuser", main: runuserMain },
  { name: "column", path: "/usr/bin/column", main: columnMain },
  { name: "hexdump", path: "/usr/bin/hexdump", main: hexdumpMain },
  { name: "setsid", path: "/usr/bin/setsid", main: setsidMain },
  { name: "hd", path: "/usr/bin/hd", main: hexdumpMain },
];
