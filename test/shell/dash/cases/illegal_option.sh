pwd -Q
echo not reached
