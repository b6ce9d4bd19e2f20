echo start
echo $((1+))
echo not reached
