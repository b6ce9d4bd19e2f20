function f { :; }
