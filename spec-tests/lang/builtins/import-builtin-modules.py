# __import__ returns the modules lython has, by name.
import sys
print(__import__('sys') is sys, __import__('builtins').len is len)
print(__import__('gc'))
print(__import__('sys', {}, {}, ['path'], 0) is sys)
print(__import__(name='sys', level=0) is sys)
# expect: True True
# expect: <module 'gc' (built-in)>
# expect: True
# expect: True
