# ChainMap: lookups through several mappings, writes to the first.
from collections import ChainMap

defaults = {'color': 'red', 'user': 'guest'}
env = {'user': 'admin'}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm['user'], cm['color'], len(cm), list(cm), 'color' in cm)
print(cm.get('missing', 'dflt'), sorted(cm.items()))
cm['color'] = 'blue'
print(cli, cm['color'])
del cm['color']
try:
    del cm['user']
except KeyError as e:
    print('KeyError', e)
try:
    cm['nothing']
except KeyError as e:
    print('KeyError', e)
child = cm.new_child({'user': 'root'})
print(child['user'], child.parents['user'], len(child.maps))
print(ChainMap({'a': 1}, {'b': 2}))
print(ChainMap(), bool(ChainMap({})), bool(ChainMap({}, {'x': 1})))
