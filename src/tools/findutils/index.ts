// GNU findutils 4.9: xargs.
import type { ProgramTable } from "../program-table.js";
import { xargsMain } from "./xargs.js";

export const FINDUTILS: ProgramTable = [{ name: "xargs", path: "/usr/bin/xargs", main: xargsMain }];
