# expect: failed
# caught-by: basic
# why: the seed's (000) hash-set answer: pairs come out in discovery order as (complement, num), so a > b happens, and repeated values repeat the pair
def find_pairs(arr, target):
    seen = set()
    pairs = []
    for num in arr:
        complement = target - num
        if complement in seen:
            pairs.append((complement, num))
        seen.add(num)
    return pairs
