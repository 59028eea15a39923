# Recursive functions.
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]


def flatten(items):
    result = []
    for item in items:
        if isinstance(item, list):
            result.extend(flatten(item))
        else:
            result.append(item)
    return result


def hanoi(n, source, target, spare, moves):
    if n:
        hanoi(n - 1, source, spare, target, moves)
        moves.append((source, target))
        hanoi(n - 1, spare, target, source, moves)
    return moves


print(factorial(20), factorial(50))
print(fib(80))
print(flatten([1, [2, [3, [4]], 5]]))
print(len(hanoi(10, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))
print(factorial(500) % 10 ** 9)
