# expect: failed
# caught-by: probe
# why: the classic O(n^2) DP (best[i] = 1 + max best[j] over j < i with nums[j] < nums[i]): correct but quadratic
def _table(nums):
    best = [1] * len(nums)
    parent = [-1] * len(nums)
    for i in range(len(nums)):
        for j in range(i):
            if nums[j] < nums[i] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
                parent[i] = j
    return best, parent


def length_of_lis(nums):
    best, _ = _table(nums)
    return max(best, default=0)


def longest_increasing_subsequence(nums):
    if not nums:
        return []
    best, parent = _table(nums)
    i = max(range(len(nums)), key=best.__getitem__)
    out = []
    while i != -1:
        out.append(nums[i])
        i = parent[i]
    return out[::-1]
