// The few printf conversions iproute2's format strings use: %s %d %u %x %llu,
// with "-", "0" and width, and %%. Enough for the print_* helpers' formats.

export function sprintf(fmt: string, ...args: Array<string | number>): string {
  let i = 0;
  return fmt.replace(/%([-0]?)(\*|\d*)(?:ll|l|h|hh)?([sdux%])/g, (_m, flag: string, width: string, conv: string) => {
    if (conv === "%") return "%";
    let w = 0;
    if (width === "*") w = Number(args[i++]);
    else if (width) w = Number(width);
    const v = args[i++];
    let s: string;
    if (conv === "s") s = String(v);
    else if (conv === "x") s = (Number(v) >>> 0).toString(16);
    else s = String(Math.trunc(Number(v)));
    if (w < 0) {
      flag = "-";
      w = -w;
    }
    if (s.length >= w) return s;
    if (flag === "-") return s.padEnd(w);
    if (flag === "0") return s.padStart(w, "0");
    return s.padStart(w);
  });
}
