p=/usr/local/lib/libfoo.so.1.2
echo ${p#*/} ${p##*/} ${p%.*} ${p%%.*}
f=archive.tar.gz
echo ${f%.gz} ${f%%.*} ${f#*.} ${f##*.}
echo ${f#nomatch} ${f%[.]gz}
s="aaa bbb"
echo "${s#a}" "${s##a*}" "${s%b}" "${s%% *}"
