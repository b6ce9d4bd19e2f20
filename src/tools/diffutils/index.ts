// GNU diffutils 3.8: diff.
import type { ProgramTable } from "../program-table.js";
import { diffMain } from "./diff.js";

export const DIFFUTILS: ProgramTable = [{ name: "diff", path: "/usr/bin/diff", main: diffMain }];
