# shuf: what does not depend on the random order — every line once (sorted back), counts, -r, -z, -o, errors
cd "$(mktemp -d)"
shuf -e a; shuf -i 5-5; shuf -n 0 -e a b; shuf -i 1-3 | sort
seq 10 | shuf | sort -n | tr '\n' ' '; echo
seq 10 > ten; shuf ten | sort -n | md5sum; seq 10 | md5sum
shuf -n 3 ten | wc -l; shuf -n 30 ten | wc -l
shuf -n 2 -n 5 -i 1-9 | wc -l
shuf -r -n 3 -e a; shuf -r -e a b | head -5 | sort -u
shuf -r -n 4 -i 7-7
shuf -e; echo "status $?"
shuf -i 1-0; echo "status $?"
shuf -i 2-1 | wc -l
shuf -z -e a b | tr '\0' '\n' | sort
shuf -o out -e a; cat out
shuf -i 3-1; echo "status $?"
shuf -i x; echo "status $?"
shuf -n x -e a; echo "status $?"
shuf -e a -i 1-2; echo "status $?"
shuf nosuch; echo "status $?"
shuf a b; echo "status $?"
shuf -i 1-3 x; echo "status $?"
shuf -r -e; echo "status $?"
