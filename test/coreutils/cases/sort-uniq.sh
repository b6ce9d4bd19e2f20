printf 'b 2\na 10\nc 1\nB 3\na 10\n\n' > s
sort s; echo "[$?]"
sort -n -k2 s; sort -u s; sort -r s; sort -t' ' -k2,2n s; sort -k2 -n -r s
printf '1K\n2M\n3\n10\n' | sort -h
printf 'v1.10\nv1.2\nv1.9\n' | sort -V
printf '10\n9\n-1\n1.5\nx\n' | sort -n
printf 'b\nA\na\nB\n' | sort -f
printf 'b\nA\na\nB\n' | sort
printf 'x:3\ny:1\nz:2\n' | sort -t: -k2
printf '  b\n a\nc\n' | sort -b
sort -x; echo "[$?]"
sort -k x s; echo "[$?]"
sort -k 0 s; echo "[$?]"
sort nope; echo "[$?]"
sort -c s; echo "[$?]"
printf 'a\nb\n' | sort -c; echo "[$?]"
sort -t ab s; echo "[$?]"
sort -o out s; cat out
printf 'a\na\nb\nc\nc\nc\n' | uniq -c
printf 'a\na\nb\n' | uniq -d; printf 'a\na\nb\n' | uniq -u; printf 'a\nA\n' | uniq -i
printf 'a\na\nb\n' | uniq -D
printf 'x a\ny a\nz b\n' | uniq -f1
printf 'xa\nya\n' | uniq -s1 -c
uniq nope; echo "[$?]"
uniq a b c; echo "[$?]"
printf '3\n1\n3\n2\n1\n' | sort | uniq -c | sort -rn
