// POSIX BRE/ERE (GNU flavour) for grep, sed and gawk, on top of JavaScript RegExp.
export { compileRegex, PosixRegex, type Match, type CompileOptions } from "./regex.js";
export { translate, escapeLiteral, RegexSyntaxError, REG_MSG, type Flavor } from "./translate.js";
