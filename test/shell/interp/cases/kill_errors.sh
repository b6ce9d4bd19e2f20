kill 999999
echo "st=$?"
kill %9
echo "st=$?"
kill -s NOSIG 1
echo "st=$?"
kill -l 9 15
kill -l TERM
kill
echo "st=$?"
