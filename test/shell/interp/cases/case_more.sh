x=hello
case $x in h*o) echo "ho";; esac
case $x in (hello) echo parens;; esac
case "$x" in *ll*) echo contains;& *) echo fall;; esac
case x in [[:alpha:]]) echo class;; esac
case "" in "") echo empty;; esac
case 'a*' in 'a*') echo literal-star;; esac
case abc in a|b*|abc) echo alt;; esac
