import { describe } from "vitest";
import { GAWK } from "../../src/tools/gawk/index.js";
import { defineCases, loadCases } from "../grep/run-cases.js";

const programs = Object.fromEntries(GAWK.map((p) => [p.name, p.main]));

describe("awk (recorded from GNU awk 5.2.1)", () => {
  defineCases(loadCases(new URL("./cases.json", import.meta.url)), programs);
});
