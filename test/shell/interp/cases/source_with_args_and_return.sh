printf 'echo "args: $*"\nret=42\nreturn 3\n' > s.sh
set -- outer args
. ./s.sh x y
echo "st=$? ret=$ret args=$*"
source s.sh
echo "st=$? args=$*"
