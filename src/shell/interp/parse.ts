// The interpreter's one door to the parser (src/shell/parser.ts).
export { parseScript, ScriptReader, ParseError } from "../parser.js";
