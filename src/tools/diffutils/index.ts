// GNU diffutils 3.8: diff, cmp.
import type { ProgramTable } from "../program-table.js";
import { cmpMain } from "./cmp.js";
import { diffMain } from "./diff.js";

export const DIFFUTILS: ProgramTable = [
  { name: "diff", path: "/usr/bin/diff", main: diffMain },
  { name: "cmp", path: "/usr/bin/cmp", main: cmpMain },
];
