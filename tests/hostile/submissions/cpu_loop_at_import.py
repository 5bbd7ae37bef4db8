# expect: timeout
# backends: docker local
# why: spins forever while being imported
while True:
    pass
