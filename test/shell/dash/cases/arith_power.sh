echo $(( 2 ** 3 ))
echo not reached
