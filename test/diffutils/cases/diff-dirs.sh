mkdir -p A/sub B/sub A/only B/bonly
printf 'a\nb\n' > A/f; printf 'a\nc\n' > B/f; echo s > A/sub/s; echo t > B/sub/s; echo same > A/same; echo same > B/same
echo o > A/o; echo p > B/p; printf 'x\0y' > A/bin; printf 'x\0z' > B/bin
touch -d '2024-01-01' A/* B/* A/sub/* B/sub/*
diff A B; echo "[$?]"
diff -r A B; echo "[$?]"
diff -rq A B; echo "[$?]"
diff -ru A B; echo "[$?]"
diff -r -s A B; echo "[$?]"
diff -rN A B; echo "[$?]"
diff A/f B; echo "[$?]"; diff B A/f; echo "[$?]"; diff A/f A; echo "[$?]"
diff A A; echo "[$?]"
mkdir -p C D; echo 1 > C/x; mkdir D/x; echo q > C/q; diff C D; echo "[$?]"
