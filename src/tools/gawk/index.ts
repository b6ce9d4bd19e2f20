// GNU awk (gawk 5.2, installed as awk and gawk).
import type { ProgramTable } from "../program-table.js";

export const GAWK: ProgramTable = [];
