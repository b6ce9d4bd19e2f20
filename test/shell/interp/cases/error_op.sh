x=
echo before
echo ${x:?is empty}
echo not reached
