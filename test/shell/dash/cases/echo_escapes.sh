echo -e "a\tb"
echo -n x; echo "a\nb"
echo 'c\cd'; echo after
echo '\0101\0102'
echo -n -e y; echo
echo '\x41 \e \q'
