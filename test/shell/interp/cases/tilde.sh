echo ~ ~root ~/x
x=~/y; echo $x
echo "~" '~' ~nosuchuser
HOME=/tmp; echo ~
