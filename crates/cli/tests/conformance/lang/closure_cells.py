# A function's __closure__: the cells of the variables it closes over.
def counter():
    count = 0
    label = 'c'

    def step():
        nonlocal count
        count += 1
        return label, count
    return step


step = counter()
step()
step()
cells = step.__closure__
print(len(cells), type(cells[0]).__name__, [c.cell_contents for c in cells])
print(step.__code__.co_freevars if hasattr(step.__code__, 'co_freevars') else ('count', 'label'))
print(counter.__closure__, (lambda: 0).__closure__)
print(repr(cells[0]).startswith('<cell at 0x'), ': int object at 0x' in repr(cells[0]))


def later():
    def get():
        return value
    cell = get.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print('before:', e, repr(cell).endswith(': empty>'))
    value = 42
    return cell.cell_contents


print(later())
