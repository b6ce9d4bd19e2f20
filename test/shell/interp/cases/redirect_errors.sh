cat < nofile
echo "st=$?"
echo x > /nonexistent/dir/file
echo "st=$?"
echo x > /
echo "st=$?"
: < nofile2 && echo no
f=""
echo x > $f
echo "st=$?"
g="a b"
echo x > $g
echo "st=$?"
