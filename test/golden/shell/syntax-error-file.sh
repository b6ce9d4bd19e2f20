echo "start"
if [ 1 -eq 1 ]; then
  echo ok
fi
for x in a b; do
  echo $x
done
echo "bad syntax follows"
if then
echo never
