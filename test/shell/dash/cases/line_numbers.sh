echo one
echo two
notthere
f() {
  alsonot
}
f
