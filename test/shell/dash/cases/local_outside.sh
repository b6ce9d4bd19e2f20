local x
echo not reached
