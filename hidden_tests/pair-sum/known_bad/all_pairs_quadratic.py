# expect: failed
# caught-by: probe
# why: correct, but compares every pair of positions: O(n^2)
def find_pairs(nums, target):
    found = set()
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                found.add((min(nums[i], nums[j]), max(nums[i], nums[j])))
    return sorted(found)
