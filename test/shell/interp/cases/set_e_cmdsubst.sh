set -e
x=$(false; echo yes)
echo "x=$x"
echo $(false) still
y=$(false)
echo not
