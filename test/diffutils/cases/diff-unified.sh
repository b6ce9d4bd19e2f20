printf 'a\nb\nc\n' > x; printf 'a\nB\nc\nd' > y; printf '' > e
touch -d '2024-01-02 03:04:05' x; touch -d '2024-05-06 07:08:09' y e
diff -u x y; echo "[$?]"
diff -u e x; diff -u x e; diff -U0 x y; diff -U 1 x y; diff --unified=2 x y
diff -u -L AA --label BB x y
seq 1 30 > s1; seq 1 30 | sed -e 5d -e '12s/.*/twelve/' -e '28a\extra' > s2; touch -d '2024-01-01' s1 s2
diff -u s1 s2; diff -U1 s1 s2; diff -U5 s1 s2
printf 'b\nb\na\nb\na\nb\nb\na\n' > t1; printf 'b\na\nb\na\na\na\nb\nb\na\n' > t2; touch -d '2024-01-01' t1 t2
diff -u t1 t2; diff -U1 t1 t2; diff t1 t2
diff -c x y; diff -c e x; diff -c x e; diff -C1 s1 s2; diff --context=0 x y
diff -u x x; echo "[$?]"
