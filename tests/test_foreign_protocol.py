"""The proxy speaks Python's object protocol: the submission's own special methods run in the
sandbox; `==`, hash and repr are the submission's only where the bank's policy says so
(in-process semantics); callables and iterators a test hands the submission stay on the
grader's side and are called back; ranges travel as data. Through the real CLI, on both
backends."""

import textwrap

from test_foreign_pytest import make_bank

ANSWER = textwrap.dedent('''\
    class Money:
        def __init__(self, cents):
            self.cents = cents

        def __eq__(self, other):
            return isinstance(other, Money) and other.cents == self.cents

        def __hash__(self):
            return hash(self.cents)

        def __lt__(self, other):
            return self.cents < other.cents

        def __add__(self, other):
            return Money(self.cents + (other.cents if isinstance(other, Money) else other))

        __radd__ = __add__

        def __neg__(self):
            return Money(-self.cents)

        def __abs__(self):
            return Money(abs(self.cents))

        def __str__(self):
            return f"${self.cents / 100:.2f}"

        def __repr__(self):
            return f"Money({self.cents})"

        def __format__(self, spec):
            return format(self.cents, spec)

        def __bool__(self):
            return self.cents != 0

        def __len__(self):
            return len(str(self.cents))

        def __iter__(self):
            return iter(str(self.cents))

        def __contains__(self, digit):
            return str(digit) in str(self.cents)

        def __getitem__(self, i):
            return str(self.cents)[i]

        def __call__(self, times):
            return Money(self.cents * times)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False


    def shout(text):
        return text.upper() + "!"


    def apply_all(fn, items):
        return [fn(x) for x in items]


    def total(values):
        return sum(values)


    def first_three(iterator):
        return [next(iterator) for _ in range(3)]


    def twice(fn, x):
        return fn(fn(x))


    def use(resource):
        with resource as r:
            r.touch()
            return r.count


    def peek(obj):
        return obj._secret
    ''')

IN_PROCESS_SUITE = textwrap.dedent('''\
    import itertools

    import pytest
    from shout import Money, apply_all, first_three, peek, shout, total, twice, use


    def test_arithmetic_and_reflected_operators():
        assert Money(150) + Money(50) == Money(200)
        assert Money(150) + 5 == Money(155)
        assert 5 + Money(150) == Money(155)
        assert -Money(3) == Money(-3) and abs(Money(-3)) == Money(3)
        m = Money(1)
        m += 1
        assert m == Money(2)


    def test_comparisons_hash_and_text_are_the_submissions():
        assert Money(1) != Money(2) and Money(1) < Money(2)
        assert sorted([Money(3), Money(1)]) == [Money(1), Money(3)]
        assert len({Money(1), Money(1), Money(2)}) == 2
        assert str(Money(150)) == "$1.50" and repr(Money(7)) == "Money(7)"
        assert f"{Money(7):>4}" == "   7"


    def test_containers_and_calls():
        m = Money(1234)
        assert len(m) == 4 and list(m) == ["1", "2", "3", "4"] and 3 in m and m[1] == "2"
        assert bool(m) and not bool(Money(0))
        assert m(2) == Money(2468)
        with Money(5) as inside:
            assert inside == Money(5)


    def test_callables_iterators_and_ranges_travel():
        assert apply_all(lambda s: s * 2, ["a", "b"]) == ["aa", "bb"]
        assert apply_all(str.upper, ["a"]) == ["A"]
        assert total(range(10 ** 6)) == sum(range(10 ** 6))
        assert first_three(itertools.count(5)) == [5, 6, 7]  # infinite: taken on demand
        assert first_three(x * x for x in range(10)) == [0, 1, 4]
        # Re-entrant: the callable calls the submission again, which calls back again.
        assert twice(lambda s: apply_all(shout, [s])[0], "a") == "A!!"


    class Resource:
        def __init__(self):
            self.count, self.closed, self._secret = 0, False, "kept here"

        def touch(self):
            self.count += 1

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.closed = True


    def test_the_tests_own_objects_stay_here():
        # A context manager of the test's own: its public methods are called back, its state
        # changes here, where the test looks; its private attributes are not served.
        resource = Resource()
        assert use(resource) == 1 and resource.closed and resource.count == 1
        with pytest.raises(AttributeError):
            peek(resource)


    def test_a_callable_that_raises_raises_in_the_submission():
        def boom(x):
            raise ValueError(f"no {x}")
        with pytest.raises(ValueError, match="no 1"):
            apply_all(boom, [1])
    ''')

GRADER_SUITE = textwrap.dedent('''\
    from shout import Money


    def test_equality_is_not_the_submissions():
        # The project's guarantee: the submission's own __eq__ never decides a verdict.
        a = Money(1)
        assert a == a
        assert not (a == Money(1))
        assert repr(a) == "<Money object in the sandbox>"


    def test_operators_still_run_there():
        assert str(Money(150) + 50) == "$2.00"
    ''')

PATCHING_SUITE = textwrap.dedent('''\
    from unittest import mock

    from shout import shout


    def test_patches_the_module():
        with mock.patch("shout.shout", return_value="patched"):
            import shout as module
            assert module.shout("a") == "patched"  # the stand-in; passes
        assert shout("a") == "A!"


    @mock.patch("shout.open", create=True)
    def test_patch_that_cannot_reach(fake_open):
        fake_open.return_value = "x"
        assert shout("a") == "patched?"
    ''')


def grade(run, bank, answer, backend):
    result = run("grade", "shout", str(answer), "--bank", str(bank), "--sandbox", backend,
                 "--format", "json", "--audience", "reviewer", "--probes", "off",
                 "--quality", "off")
    assert result.out.startswith("{"), result
    return result, {t["name"].split("::")[-1]: t for t in result.json["tests"]}


def test_the_object_protocol_under_in_process_semantics(run, tmp_path, backend):
    bank = make_bank(tmp_path / "bank", "shout", {"shout_test.py": IN_PROCESS_SUITE},
                     ANSWER, extra_spec='semantics = "in-process"\n')
    answer = tmp_path / "shout.py"
    answer.write_text(ANSWER)
    result, tests = grade(run, bank, answer, backend)
    assert result.code == 0, {n: (t["verdict"], t["message"]) for n, t in tests.items()}
    assert len(tests) == 6
    assert any("in-process semantics" in note for note in result.json["notes"])


def test_the_projects_bank_keeps_equality_on_the_grader_side(run, tmp_path, backend):
    bank = make_bank(tmp_path / "bank", "shout", {"test_shout.py": GRADER_SUITE}, ANSWER)
    answer = tmp_path / "shout.py"
    answer.write_text(ANSWER)
    result, tests = grade(run, bank, answer, backend)
    assert result.code == 0, {n: (t["verdict"], t["message"]) for n, t in tests.items()}
    assert not any("in-process" in note for note in result.json["notes"])


def test_a_test_patching_the_submissions_module_is_not_blamed_on_it(run, tmp_path):
    bank = make_bank(tmp_path / "bank", "shout", {"shout_test.py": PATCHING_SUITE}, ANSWER,
                     extra_spec='semantics = "in-process"\n')
    answer = tmp_path / "shout.py"
    answer.write_text(ANSWER)
    result, tests = grade(run, bank, answer, "local")
    assert tests["test_patches_the_module"]["verdict"] == "passed"
    cannot = tests["test_patch_that_cannot_reach"]
    assert cannot["verdict"] == "internal-error", cannot
    assert "patches the submission's module (shout.open)" in cannot["message"]
