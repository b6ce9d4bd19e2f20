sh -e -c 'echo a; false; echo b'; echo "status $?"
sh -c 'set -e; echo a; false; echo b'; echo "status $?"
sh -x -c 'echo "a b"'
/bin/sh -c 'nosuch'; echo "status $?"
