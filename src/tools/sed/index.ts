// GNU sed 4.9.
import type { ProgramTable } from "../program-table.js";

export const SED: ProgramTable = [];
