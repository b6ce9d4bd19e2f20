touch b.txt a.txt c.log .hidden
echo *.txt
echo *
echo .*
echo ?.log
echo [ab].txt
echo [!a]*.txt
echo nomatch*
echo "*.txt"
mkdir -p d/e; touch d/e/f.txt d/g.txt
echo d/*
echo d/*/*.txt
echo */
x='*.txt'; echo $x "$x"
