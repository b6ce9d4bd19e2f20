f() { echo hello; }
declare -f f
declare -F
g() { if [ "$1" ]; then echo yes; else echo no; fi; for i in 1 2; do echo $i; done; }
type g
