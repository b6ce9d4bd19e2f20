f() {
  local x=1
  echo "$x" | cat > /dev/null 2>&1
  while false; do break; done
  case $x in a|b) echo ab;; *) echo other;; esac
  [[ $x == 1 && -n $x ]] && echo ok || echo bad
  (( x++ ))
  { echo g; }
}
type f
