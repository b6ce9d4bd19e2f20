// Replays test/procps/cases/*.sh, recorded from the real program (see README.md).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { scriptCases } from "../coreutils/script-cases.js";

scriptCases("procps cases", join(dirname(fileURLToPath(import.meta.url)), "cases"));
