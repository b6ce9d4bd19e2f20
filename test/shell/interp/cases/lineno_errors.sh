echo one
nosuch1
f() {
  nosuch2
}
f
x=$(nosuch3)
echo ${bad
