env sh -c 'foo; echo "zero=$0"'
env sh -c 'echo "$0 $1 $2"' name a b
printf '#!/bin/sh\necho "in $0"\nnosuch\n' > s.sh; chmod +x s.sh
./s.sh; echo "status $?"
sh -c; echo "status $?"
sh --version; echo "status $?"
sh -Q; echo "status $?"
bash -c 'sh -c "exit 3"'; echo "status $?"
