seq 3; seq 2 5; seq 1 2 7; seq 0.5 3; seq -s, 3; seq -w 8 10; seq -f '%03g' 3; seq 5 1; seq 3 -1 1
seq 0.1 0.1 0.5; seq 1e2 1e2 3e2; seq -s '' 3; echo; seq -5 -3; seq -w -1 1; seq 1 0.5 2; seq -s ' ' 10 -3 1
seq x; echo "[$?]"
seq; echo "[$?]"
seq 1 0 3; echo "[$?]"
seq 1 2 3 4; echo "[$?]"
seq -f '%d' 3; echo "[$?]"
seq -f 'x' 3; echo "[$?]"
basename /a/b/c.txt; basename /a/b/c.txt .txt; basename -a /x/y.c /z/; basename -s .c a.c b.c; basename //; basename ''; basename a/
basename; echo "[$?]"
basename a b c; echo "[$?]"
dirname a/b /c . / a//b// x/; dirname; echo "[$?]"
true; echo "[$?]"; false; echo "[$?]"; true --foo; echo "[$?]"; false --version >/dev/null; echo "[$?]"
id; id -u; id -un; id -G; id -Gn; id -g root; id nope; echo "[$?]"; id -x; echo "[$?]"; id -ug; echo "[$?]"
whoami; whoami x; echo "[$?]"
nproc; nproc x; echo "[$?]"; nproc --ignore=1
uname; uname -s -m; uname -x; echo "[$?]"; uname x; echo "[$?]"
sync; sync x; echo "[$?]"
yes | head -2; yes a b | head -2
echo a b | tee o1 o2; cat o1 o2; printf 'c\n' | tee -a o1 >/dev/null; cat o1; echo x | tee nodir/x; echo "[$?]"
