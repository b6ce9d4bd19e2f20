printf 'a:b:c\nnodelim\n' > c
cut -d: -f2 c; cut -d: -f2 -s c; cut -d: -f1,3 --output-delimiter=- c; cut -d: --complement -f2 c; cut -d: -f2- c
printf 'abcdef\n' | cut -c2-4,6; printf 'abcdef\n' | cut -c-2; printf 'abcdef\n' | cut -c4-; printf 'abcdef\n' | cut -b1,3 --output-delimiter=:
printf 'a\tb\n' | cut -f2
printf 'x y z\n' | cut -d ' ' -f 2
cut c; echo "[$?]"
cut -d ab -f1 c; echo "[$?]"
cut -f0 c; echo "[$?]"
cut -f x c; echo "[$?]"
cut -f 3-1 c; echo "[$?]"
cut -c1 -f1 c; echo "[$?]"
cut -f 1-x c; echo "[$?]"
cut -f - c; echo "[$?]"
cut -f , c; echo "[$?]"
cut -d: -f1 nope c; echo "[$?]"
echo hello | tr a-z A-Z; echo hello | tr '[:lower:]' '[:upper:]'; echo 'a  b   c' | tr -s ' '
echo hello | tr -d l; echo hello123 | tr -cd '0-9'; echo; echo hello | tr -c 'a-z' '_'; echo
echo abc | tr abc x; echo abc | tr a-c 'x[*]'; echo hello | tr el 'E'; echo 'a,b' | tr , '\n'
echo abc | tr -s a-z; echo aabbcc | tr -s a-c x-z; echo hi | tr -ds h i; echo 'a b  c' | tr -cs 'a-z' '\n'
echo 'tab	here' | tr '\t' ' '; echo abc | tr 'a-c' '[x*2]y'; echo xyz | tr -t xyz ab; echo 'A1!' | tr '[:alnum:]' '#'
tr; echo "[$?]"
tr a; echo "[$?]"
tr -d a b; echo "[$?]"
tr a b c; echo "[$?]"
echo hi | tr z-a b; echo "[$?]"
echo hi | tr '[:foo:]' b; echo "[$?]"
echo hi | tr a '[:digit:]'; echo "[$?]"
echo hi | tr -ds h; echo "[$?]"
