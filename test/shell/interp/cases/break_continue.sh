for i in 1 2 3 4 5; do
  [ $i -eq 2 ] && continue
  [ $i -eq 4 ] && break
  echo $i
done
for i in a b; do
  for j in 1 2 3; do
    [ $j -eq 2 ] && continue 2
    echo $i$j
  done
done
for i in a b; do
  for j in 1 2; do
    echo $i$j; break 2
  done
done
echo end
