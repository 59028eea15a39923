# json: dumps and loads of a 1 MB document, three times.
import json

doc = {'items': [{'id': n, 'name': f'item {n}', 'price': n * 1.25, 'tags': ['a', 'b', str(n % 7)],
                  'stock': n % 3 == 0, 'note': None} for n in range(10000)]}
for _ in range(3):
    text = json.dumps(doc)
    back = json.loads(text)
print(len(text), back == doc)
