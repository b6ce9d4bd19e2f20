type -t [[ ]] function 2>&1
type -a true
f() { :; }
type -a f
type f | head -3
command -V f | head -1
