import { describe } from "vitest";
import { GREP } from "../../src/tools/grep/index.js";
import { defineCases, loadCases } from "./run-cases.js";

const programs = Object.fromEntries(GREP.map((p) => [p.name, p.main]));

describe("grep (recorded from GNU grep 3.8)", () => {
  defineCases(loadCases(new URL("./cases.json", import.meta.url)), programs);
});
