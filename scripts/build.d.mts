// Types of scripts/build.mjs for the tests and benches that import it.
export const ROOT: string;
export function buildCli(outfile?: string, extraPlugins?: import("esbuild").Plugin[]): Promise<string>;
/** Writes DIR/nslab (the launcher), DIR/nslab.blob, DIR/nslab-booted.blob and DIR/nslab.blob.node beside a buildCli output in DIR; returns nslab.blob. */
export function buildCliSnapshot(dir?: string, extraPlugins?: import("esbuild").Plugin[]): Promise<string>;
export function buildLib(outfile?: string): Promise<string>;
export function buildBrowser(outfile?: string, format?: "esm" | "iife"): Promise<string>;
