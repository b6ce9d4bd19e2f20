printf '#!/bin/bash\necho "script $0 args: $*"\nexit 3\n' > s.sh
chmod +x s.sh
./s.sh a b
echo "st=$?"
printf 'echo no shebang $1\n' > t.sh
chmod +x t.sh
./t.sh q
bash ./s.sh x
bash -c 'echo "c: $0 $1"' zero one
