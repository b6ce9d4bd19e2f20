// curl 7.88.1 (Debian 12's curl package).
import type { ProgramTable } from "../program-table.js";
import { curlMain } from "./curl.js";

export const CURL: ProgramTable = [{ name: "curl", path: "/usr/bin/curl", main: curlMain }];
