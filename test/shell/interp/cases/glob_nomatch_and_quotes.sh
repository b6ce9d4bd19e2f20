echo nomatch*[
echo "[" ']' \[
x='[abc]'; echo $x
ls -d /u*r 2>/dev/null
echo /u*r /e?c
