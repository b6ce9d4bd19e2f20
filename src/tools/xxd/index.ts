// xxd (Debian's xxd package, from vim 9.0: "xxd 2022-01-14"): hex dumps and their reverse.
import type { ProgramTable } from "../program-table.js";
import { xxdMain } from "./xxd.js";

export const XXD: ProgramTable = [{ name: "xxd", path: "/usr/bin/xxd", main: xxdMain }];
