import { describe } from "vitest";
import { SED } from "../../src/tools/sed/index.js";
import { defineCases, loadCases } from "../grep/run-cases.js";

const programs = Object.fromEntries(SED.map((p) => [p.name, p.main]));

describe("sed (recorded from GNU sed 4.9)", () => {
  defineCases(loadCases(new URL("./cases.json", import.meta.url)), programs);
});
