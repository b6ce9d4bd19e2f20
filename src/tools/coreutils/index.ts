// coreutils, grep, sed, gawk and friends: the commands tutorials pipe into.
import type { ProgramTable } from "../program-table.js";

export const COREUTILS: ProgramTable = [];
