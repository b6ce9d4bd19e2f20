case a in
  a) echo one;&
  b) echo two;;&
  c) echo three;;
  *) echo star;;
esac
case x in x) ;; esac; echo "st=$?"
case q in z) echo no;; esac; echo "st=$?"
