// GNU grep 3.8: grep, and Debian's egrep/fgrep wrapper scripts (`exec grep -E "$@"`;
// Debian 12 patches out upstream 3.8's "egrep is obsolescent" warning, so none is printed).
import type { Program } from "../../kernel/task/program.js";
import type { ProgramTable } from "../program-table.js";
import { grepMain } from "./grep.js";

const wrapper = (flag: string): Program => (ctx) => grepMain({ ...ctx, argv: ["grep", flag, ...ctx.argv.slice(1)] });

export const GREP: ProgramTable = [
  { name: "grep", path: "/usr/bin/grep", main: grepMain },
  { name: "egrep", path: "/usr/bin/egrep", main: wrapper("-E") },
  { name: "fgrep", path: "/usr/bin/fgrep", main: wrapper("-F") },
];
