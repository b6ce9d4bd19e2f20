echo ~/ ~root/ a~b "~"
x=a:~:b; echo $x
PATH=~/bin:$PATH; echo ${PATH%%:*}
