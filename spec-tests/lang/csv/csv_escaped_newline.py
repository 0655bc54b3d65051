# After an escaped line break, ends of lines are ignored until the state changes.
import csv
print(list(csv.reader(['a5.;', '"\n1. ', '', '\\é,\t\r'], delimiter='\t', escapechar='"', quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['x\\\n', 'y', 'z,w'], escapechar='\\')))
print(list(csv.reader(['x\\\r', 'y\\', 'z'], escapechar='\\')))

# expect: [['a5.;'], ['\n1. \\é,', '']]
# expect: [['x\nyz', 'w']]
# expect: [['x\ry\nz']]
