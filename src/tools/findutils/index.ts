// GNU findutils 4.9: xargs.
import type { ProgramTable } from "../program-table.js";

export const FINDUTILS: ProgramTable = [];
