// Types of scripts/build.mjs for the tests and benches that import it.
export const ROOT: string;
export function buildCli(outfile?: string, extraPlugins?: import("esbuild").Plugin[]): Promise<string>;
export function buildLib(outfile?: string): Promise<string>;
export function buildBrowser(outfile?: string, format?: "esm" | "iife"): Promise<string>;
