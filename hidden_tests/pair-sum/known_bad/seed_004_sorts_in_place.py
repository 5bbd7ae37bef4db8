# expect: failed
# caught-by: trap
# why: the seed's (004) two-pointer answer: correct pairs, but arr.sort() reorders the caller's list
def find_pairs(arr, target):
    arr.sort()
    left, right = 0, len(arr) - 1
    pairs = []
    while left < right:
        curr_sum = arr[left] + arr[right]
        if curr_sum == target:
            pairs.append((arr[left], arr[right]))
            while left < right and arr[left] == arr[left + 1]:
                left += 1
            while left < right and arr[right] == arr[right - 1]:
                right -= 1
            left += 1
            right -= 1
        elif curr_sum < target:
            left += 1
        else:
            right -= 1
    return pairs
