set -e
echo start
false || echo ignored
if false; then :; fi
! true
false && true
echo still
false
echo not-reached
