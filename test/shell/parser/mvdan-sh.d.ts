// mvdan-sh (GopherJS build of mvdan.cc/sh) ships no types; its nodes mirror the Go structs.
declare module "mvdan-sh" {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const sh: any;
  export default sh;
}
