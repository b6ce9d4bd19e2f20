// A filter that does not compile. `syntax` errors print as libpcap's
// "can't parse filter expression: syntax error"; the others as their text.
export class FilterError extends Error {
  constructor(
    readonly text: string,
    readonly syntax = false,
  ) {
    super(text);
  }

  /** What tcpdump prints after "tcpdump: ". */
  get display(): string {
    return this.syntax ? `can't parse filter expression: ${this.text}` : this.text;
  }
}
