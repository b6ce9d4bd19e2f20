# join: pairing, -a/-v, -o (incl. auto) with -e, -t, -1/-2/-j, -i, --header, groups, order checks, errors
cd "$(mktemp -d)"
printf '1 a\n2 b\n3 c\n' > j1; printf '1 x\n3 y\n4 z\n' > j2
join j1 j2; join -a1 j1 j2; join -a1 -a2 j1 j2; join -v2 j1 j2; join -v 1 -v 2 j1 j2
join -e NA -a2 -o 0,1.2,2.2 j1 j2; join -o auto -e - -a1 -a2 j1 j2
join -o 1.1,2.3 j1 j2; join -o 1.1,2.3 -e E j1 j2; join -a 1 -o 0,2.2 j1 j2
printf 'a,1\nb,2\n' > c1; printf 'a,X\nb,Y\n' > c2; join -t, c1 c2
printf 'x 1\ny 2\n' > k1; printf 'p 1\nq 2\n' > k2; join -1 2 -2 2 k1 k2; join -j 2 k1 k2
printf '2 b\n1 a\n' > u1; join u1 j2; echo "status $?"
join --check-order u1 j2; echo "status $?"
join --nocheck-order u1 j2; echo "status $?"
printf 'b 1\na 2\n' > u2; join u2 u2; echo "status $?"
join --header j1 j2
printf 'A 1\n' > i1; printf 'a 2\n' > i2; join -i i1 i2; join i1 i2; echo "status $?"
join -t '' j1 j2; echo "status $?"
printf '1 a b\n' | join - j2
printf '  1   a  b\n' > w1; printf '1\tc\n' > w2; join w1 w2
printf '1 a\n1 b\n2 c\n' > m1; printf '1 x\n1 y\n' > m2; join m1 m2
join -t, -o auto -e Z -a1 c1 c2
printf 'a,1,2\nb,3\n' > d1; printf 'a,x\n' > d2; join -t, -o auto -e Z -a1 d1 d2
join -z j1 j2 | od -An -c
join j1; echo "status $?"
join j1 j2 j1; echo "status $?"
join -o 3.1 j1 j2; echo "status $?"
join -o x j1 j2; echo "status $?"
join -1 0 j1 j2; echo "status $?"
join -a 3 j1 j2; echo "status $?"
join j1 nosuch; echo "status $?"
