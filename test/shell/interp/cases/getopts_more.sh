f() {
  local OPTIND=1 o
  while getopts "n:v" o "$@"; do
    case $o in n) echo "n=$OPTARG";; v) echo verbose;; *) echo "bad $o";; esac
  done
  echo "OPTIND=$OPTIND"
}
f -vn 5 rest
f -n
f -q
