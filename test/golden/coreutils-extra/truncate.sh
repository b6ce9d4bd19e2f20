# truncate: absolute and relative sizes, rounding, -r, -o, -c, errors
cd "$(mktemp -d)"
printf 'hello world\n' > t1
truncate -s 10 t1; stat -c %s t1; od -An -c t1
truncate -s +5 t1; stat -c %s t1; od -An -c t1
truncate -s -3 t1; stat -c %s t1
truncate -s '<20' t1; stat -c %s t1
truncate -s '>20' t1; stat -c %s t1
truncate -s %7 t1; stat -c %s t1
truncate -s /4 t1; stat -c %s t1
truncate -c -s 5 nofile; ls nofile
truncate -s 1K t1 new; stat -c %s t1 new
truncate -r t1 t2; stat -c %s t2
truncate -r t1 -s +10 t2; stat -c %s t2
truncate -s -99 t2; stat -c %s t2
truncate -o -s 2 t2; stat -c %s t2
truncate -s 0 t2; stat -c %s t2
truncate t1; echo "status $?"
truncate -s 5 .; echo "status $?"
truncate -s x t1; echo "status $?"
truncate -s 5b t1; echo "status $?"
truncate -s 5 nodir/x; echo "status $?"
truncate -r nosuch t2; echo "status $?"
truncate -r t1 -s 5 t2; echo "status $?"
truncate -o t2; echo "status $?"
truncate -s 5; echo "status $?"
truncate -s /0 t2; echo "status $?"
