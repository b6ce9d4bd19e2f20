// iputils 20221126: ping (and ping6).
import type { ProgramTable } from "../program-table.js";
import { pingMain } from "./ping.js";

export const IPUTILS: ProgramTable = [
  { name: "ping", path: "/usr/bin/ping", main: pingMain },
  // Debian links ping6 to ping; run by that name it speaks IPv6 only.
  { name: "ping6", path: "/usr/bin/ping6", main: pingMain },
];
