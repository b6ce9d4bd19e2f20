// netcat-openbsd 1.219-1: nc (Debian installs /bin/nc.openbsd, with /bin/nc
// through the alternatives system).
import type { ProgramTable } from "../program-table.js";
import { ncMain } from "./nc.js";

export const NETCAT_OPENBSD: ProgramTable = [
  { name: "nc.openbsd", path: "/usr/bin/nc.openbsd", main: ncMain },
  { name: "nc", path: "/usr/bin/nc", main: ncMain },
];
