echo $'a\tb'
echo x &> /dev/null
wait
