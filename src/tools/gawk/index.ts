// GNU awk 5.2.1, installed as /usr/bin/gawk and as /usr/bin/awk (on Debian 12 this
// machine's awk alternative points at gawk, so both names get gawk's behaviour).
import type { ProgramTable } from "../program-table.js";
import { gawkMain } from "./gawk.js";

export const GAWK: ProgramTable = [
  { name: "gawk", path: "/usr/bin/gawk", main: gawkMain },
  { name: "awk", path: "/usr/bin/awk", main: gawkMain },
];
