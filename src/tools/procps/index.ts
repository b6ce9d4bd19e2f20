// procps 4.0: sysctl, ps, pgrep/pkill and /usr/bin/kill (ps reads the host's process table).
import type { ProgramTable } from "../program-table.js";
import { sysctlMain } from "./sysctl.js";
import { psMain } from "./ps.js";
import { killMain } from "./kill.js";
import { pgrepMain } from "./pgrep.js";

export const PROCPS: ProgramTable = [
  { name: "sysctl", path: "/usr/sbin/sysctl", main: sysctlMain },
  { name: "ps", path: "/usr/bin/ps", main: psMain },
  { name: "kill", path: "/usr/bin/kill", main: killMain },
  { name: "pgrep", path: "/usr/bin/pgrep", main: pgrepMain },
  { name: "pkill", path: "/usr/bin/pkill", main: pgrepMain },
];
