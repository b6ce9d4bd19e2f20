// nginx-light 1.22.1-9+deb12u11 (Debian 12): /usr/sbin/nginx and the files it ships.
import type { ProgramTable } from "../program-table.js";
import { NGINX_FILES } from "./files.js";
import { nginxMain } from "./nginx.js";

export const NGINX: ProgramTable = [{ name: "nginx", path: "/usr/sbin/nginx", main: nginxMain, files: NGINX_FILES }];
