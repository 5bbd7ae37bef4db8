# expect: error
# backends: docker local
# why: raises at import an exception whose class sits on a 60-level ladder of diamonds (valid
#   Python, 126 classes in its MRO, 2**60 paths to ValueError); the import runs with the test's
#   clock stopped, so a mirror walking the paths was stopped by nothing (killed at 300 s)
lower = (type("A0", (ValueError,), {}), type("B0", (ValueError,), {}))
for level in range(1, 61):
    lower = (type(f"A{level}", lower, {}), type(f"B{level}", lower, {}))
raise lower[0]("deep, at import")
