// GNU grep 3.8: grep (and egrep/fgrep wrappers).
import type { ProgramTable } from "../program-table.js";

export const GREP: ProgramTable = [];
