printf 'a\nb\nc\n' > x; printf 'a\nB\nc\nd' > y; printf '' > e
diff x y; echo "[$?]"
diff x x; echo "[$?]"
diff e x; echo "[$?]"; diff x e; echo "[$?]"
printf 'a\nb\nc\nd\ne\nf\ng\n' > p; printf 'b\nc\nX\nd\nf\ng\nh\n' > q
diff p q; echo "[$?]"
printf 'a\nb\na\n' > r1; printf 'a\n' > r2; diff r1 r2; diff r2 r1
printf 'x\ny' > n1; printf 'x\ny\n' > n2; diff n1 n2; echo "[$?]"; diff n2 n1
printf 'a\na\na\nc\nb\nc\nc\n' > m1; printf 'a\na\nb\nc\nc\nb\nc\nc\nc\n' > m2; diff m1 m2
printf 'a\nb\nb\na\na\nc\nc\n' > k1; printf 'b\nc\na\nb\na\nb\nc\nc\n' > k2; diff k1 k2; diff k2 k1
printf 'A\nB\nC\nA\nB\nB\nA\n' > z1; printf 'C\nB\nA\nB\nA\nC\n' > z2; diff z1 z2
seq 1 20 > s1; seq 1 20 | sed -e 5d -e '12s/.*/twelve/' -e '18a\extra' > s2; diff s1 s2
diff <(echo a) <(echo a) && echo same
diff <(printf '1\n2\n') <(printf '1\n3\n'); echo "[$?]"
echo a | diff - x; echo "[$?]"; echo a | diff x -; echo "[$?]"
