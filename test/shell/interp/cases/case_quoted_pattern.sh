p='*'
case abc in "$p") echo quoted-star;; $p) echo unquoted-star;; esac
case '*' in "$p") echo literal;; esac
case 'a?' in a\?) echo escaped;; esac
case ab in [!x]b) echo neg;; esac
case '[' in [[]) echo bracket;; esac
