"""Static challenge rules: every evasion form is found, clean solutions are not flagged."""

import tomllib

import pytest
from pydantic import ValidationError
from quality_samples import CATALOG_TOML, CHALLENGE_RULES, CHEATS, CLEAN_SOLUTIONS, src

from grader.bank.rules import Rule, parse_rules
from grader.stages.quality import analyze
from grader.stages.quality.rules import check_rules

CATALOG = {rule.id: rule for rule in parse_rules(tomllib.loads(CATALOG_TOML)["rules"])}

HEAP = Rule(id="no-heap", forbid_imports=["heapq"])
SORTED = Rule(id="no-sorted", forbid_calls=["sorted", "list.sort"])
LRU = Rule(id="no-lru", forbid_calls=["functools.lru_cache"])
ORDERED = Rule(id="no-ordereddict", forbid_imports=["collections.OrderedDict"])
FRONT = Rule(id="no-front", forbid_calls=["list.pop(0)", "list.insert(0)"])
ALL = [HEAP, SORTED, LRU, ORDERED, FRONT]


def findings(source, rules=ALL, allow=frozenset(), name="solution.py"):
    return check_rules({name: src(source)}, rules, allow)


def violations(source, rules=ALL, **kwargs):
    return [f for f in findings(source, rules, **kwargs) if f.severity == "violation"]


def suspicious(source, rules=ALL, **kwargs):
    return [f for f in findings(source, rules, **kwargs) if f.severity == "suspicious"]


def test_clean_lru_cache_has_no_findings_under_lru_rules():
    rules = [CATALOG[i] for i in CHALLENGE_RULES["lru-cache"]]
    assert check_rules({"lru_cache.py": CLEAN_SOLUTIONS["lru-cache"]}, rules) == []


@pytest.mark.parametrize("challenge", sorted(CLEAN_SOLUTIONS))
def test_clean_solutions_pass_their_catalog_rules(challenge):
    rules = [CATALOG[i] for i in CHALLENGE_RULES[challenge]]
    assert check_rules({"solution.py": CLEAN_SOLUTIONS[challenge]}, rules) == []


@pytest.mark.parametrize("rule_id", sorted(CHEATS))
def test_catalog_rules_catch_their_canonical_cheat(rule_id):
    source, line = CHEATS[rule_id]
    found = violations(source, [CATALOG[rule_id]])
    assert [(f.rule_id, f.line) for f in found] == [(rule_id, line)]


# (source, rule id, line) -- each form must yield a violation of that rule on that line.
EVASIONS = {
    "import": ("import heapq\n", "no-heap", 1),
    "import-as-then-use": ("import heapq as h\nh.heappush([], 1)\n", "no-heap", 1),
    "from-import-as": ("from heapq import heappush as hp\nhp([], 1)\n", "no-heap", 1),
    "from-import-name-as": ("from collections import OrderedDict as OD\n", "no-ordereddict", 1),
    "star-import": ("from heapq import *\nheappush([], 1)\n", "no-heap", 1),
    "import-module": ("import importlib\nh = importlib.import_module('heapq')\n", "no-heap", 2),
    "from-importlib": (
        "from importlib import import_module as im\n\n\nh = im('heapq')\n", "no-heap", 4),
    "dunder-import": ("h = __import__('heapq')\n", "no-heap", 1),
    "sys-modules": ("import sys\nh = sys.modules['heapq']\n", "no-heap", 2),
    "submodule-import": ("import collections.abc, heapq\n", "no-heap", 1),
    "attribute-on-parent": ("import collections\nd = collections.OrderedDict()\n",
                            "no-ordereddict", 2),
    "aliased-parent": ("import collections as c\n\nd = c.OrderedDict()\n", "no-ordereddict", 3),
    "getattr-literal": ("import collections\nk = getattr(collections, 'OrderedDict')\n",
                        "no-ordereddict", 2),
    "star-then-name": ("from collections import *\n\nd = OrderedDict()\n", "no-ordereddict", 3),
    "import-module-attr": ("import importlib\nimportlib.import_module('collections').OrderedDict\n",
                           "no-ordereddict", 2),
    "builtin-call": ("def f(xs):\n    return sorted(xs)\n", "no-sorted", 2),
    "alias-of-builtin": ("s = sorted\ns([3, 1])\n", "no-sorted", 1),
    "alias-chain": ("a = sorted\nb = a\nb([2, 1])\n", "no-sorted", 1),
    "from-builtins-as": ("from builtins import sorted as s\ns([3, 1])\n", "no-sorted", 1),
    "builtins-attribute": ("import builtins\nbuiltins.sorted([1])\n", "no-sorted", 2),
    "dunder-builtins": ("__builtins__.sorted([1])\n", "no-sorted", 1),
    "passed-as-value": ("xs = list(map(sorted, [[2, 1]]))\n", "no-sorted", 1),
    "default-argument": ("def f(xs, s=sorted):\n    return s(xs)\n", "no-sorted", 1),
    "param-shadow-default": ("def f(xs, sorted=sorted):\n    return sorted(xs)\n",
                             "no-sorted", 1),
    "vars-literal": ("import builtins\nvars(builtins)['sorted']([1])\n", "no-sorted", 2),
    "decorator-module-alias": ("import functools as ft\n\n@ft.lru_cache\ndef f(): pass\n",
                               "no-lru", 3),
    "decorator-bare": ("from functools import lru_cache\n\n@lru_cache\ndef f(): pass\n",
                       "no-lru", 1),
    "decorator-star-bare": ("from functools import *\n\n@lru_cache\ndef f(): pass\n", "no-lru", 3),
    "decorator-star-args": ("from functools import *\n\n@lru_cache(maxsize=None)\ndef f(): pass\n",
                            "no-lru", 3),
    "decorator-call-qualified": ("import functools\n\n@functools.lru_cache(maxsize=2)\n"
                                 "def f(): pass\n", "no-lru", 3),
    "method-sort": ("xs = [3, 1]\nxs.sort()\n", "no-sorted", 2),
    "method-sort-unbound": ("xs = [3, 1]\nlist.sort(xs)\n", "no-sorted", 2),
    "method-sort-reference": ("xs = [3, 1]\nf = xs.sort\nf()\n", "no-sorted", 2),
    "pop-front": ("xs = [1]\nxs.pop(0)\n", "no-front", 2),
    "pop-front-false": ("xs = [1]\nxs.pop(False)\n", "no-front", 2),
    "pop-front-unbound": ("xs = [1]\nlist.pop(xs, 0)\n", "no-front", 2),
    "insert-front": ("xs = []\nxs.insert(0, 5)\n", "no-front", 2),
    "getattr-method": ("xs = [1]\ngetattr(xs, 'pop')(0)\n", "no-front", 2),
    "methodcaller": ("import operator\nf = operator.methodcaller('pop', 0)\n", "no-front", 2),
}


@pytest.mark.parametrize("form", sorted(EVASIONS))
def test_evasion_form_is_a_violation(form):
    source, rule_id, line = EVASIONS[form]
    found = [(f.rule_id, f.line) for f in violations(source)]
    assert (rule_id, line) in found, found


# (source, line) -- the AST cannot settle these: reported as suspicious, not as violations.
SUSPICIOUS = {
    "getattr-concat": ("import builtins\ngetattr(builtins, 'sor' + 'ted')([2, 1])\n", 2),
    "getattr-variable": ("import heapq as h\nname = 'heappush'\ngetattr(h, name)\n", 3),
    "getattr-dunder-builtins": ("f = getattr(__builtins__, 'sor' + 'ted')\n", 1),
    "eval": ("eval('sorted([2, 1])')\n", 1),
    "exec": ("exec('import heapq')\n", 1),
    "compile": ("code = compile('import heapq', 'x', 'exec')\n", 1),
    "eval-alias": ("e = eval\n", 1),
    "import-module-computed": ("import importlib\nimportlib.import_module('heap' + 'q')\n", 2),
    "dunder-import-computed": ("name = 'heapq'\n__import__(name)\n", 2),
    "globals-subscript": ("f = globals()['sorted']\n", 1),
    "vars-builtins": ("import builtins\nns = vars(builtins)\n", 2),
    "builtins-dict": ("import builtins\nf = builtins.__dict__[name]\n", 2),
    "sys-modules-computed": ("import sys\nm = sys.modules[name]\n", 2),
}


@pytest.mark.parametrize("form", sorted(SUSPICIOUS))
def test_unsettled_form_is_suspicious_not_a_violation(form):
    source, line = SUSPICIOUS[form]
    assert [f for f in suspicious(source) if f.line == line]
    assert [f for f in violations(source) if f.line == line] == []


def test_computed_name_is_shown_to_the_reviewer():
    (finding, *_) = suspicious("import builtins\ngetattr(builtins, 'sor' + 'ted')\n", [SORTED])
    assert "'sorted'" in finding.message
    assert (finding.rule_id, finding.line, finding.col) == ("no-sorted", 2, 1)


def test_front_removal_by_del_is_suspicious():
    assert [f.line for f in suspicious("xs = [1]\ndel xs[0]\nxs[:0] = [2]\n", [FRONT])] == [2, 3]


def test_finding_positions_are_one_based_characters():
    (finding,) = violations("x = 'é'; import heapq\n", [HEAP])
    assert (finding.file, finding.line, finding.col) == ("solution.py", 1, 17)
    assert finding.target == "heapq"


@pytest.mark.parametrize(
    "source",
    [
        "xs = [1]\nxs.pop()\nxs.pop(-1)\nxs.pop(1)\nxs.insert(1, 2)\nxs.insert(len(xs), 3)\n",
        "def sorted(xs):\n    return xs\n\n\nsorted([1])\n",
        "class Box:\n    def sort(self):\n        return 1\n\n    def run(self):\n"
        "        return self.sort()\n",
        "import collections\nd = collections.deque()\nc = collections.Counter()\n",
        "from heapq_utils import push\nimport heapqueue\n",
        "def f(heapq):\n    return heapq.heappush\n",
        "x = {'sorted': 1}\ny = x['sorted']\n",
        "from collections import *\nlen([])\nprint(deque)\n",
    ],
)
def test_lookalikes_are_not_violations(source):
    assert violations(source) == []


def test_allow_relaxes_only_the_named_rule():
    source = "import heapq\nxs = sorted([2, 1])\n"
    assert {f.rule_id for f in violations(source)} == {"no-heap", "no-sorted"}
    assert {f.rule_id for f in findings(source, allow={"no-heap"})} == {"no-sorted"}
    assert findings(source, allow={"no-heap", "no-sorted"}) == []


def test_analyze_reports_relaxed_rules_and_splits_severities():
    report = analyze(
        {"s.py": "import heapq\neval('1')\n"}, rules=[HEAP, SORTED], allow={"no-sorted", "nope"}
    )
    assert [(f.rule_id, f.line) for f in report.rule_findings] == [("no-heap", 1)]
    assert {f.severity for f in report.suspicious_findings} == {"suspicious"}
    assert {f.rule_id for f in report.suspicious_findings} == {"no-heap"}
    assert report.relaxed_rules == ["no-sorted"]
    assert any("nope" in note for note in report.notes)


class TestBoundedQueueAllowances:
    rule = CATALOG["queue-exceptions-only"]

    def lines(self, source):
        return [f.line for f in violations(source, [self.rule])]

    def test_exceptions_through_the_module_are_allowed(self):
        source = "import queue as q\ntry:\n    pass\nexcept (q.Full, q.Empty):\n    raise q.Full\n"
        assert self.lines(source) == []

    def test_from_import_of_the_exceptions_is_allowed(self):
        assert self.lines("from queue import Empty, Full\n") == []

    def test_any_other_name_is_a_violation(self):
        assert self.lines("from queue import Full, Queue\n") == [1]
        assert self.lines("import queue\nq = queue.Queue()\n") == [2]
        assert self.lines("import queue\nQ = getattr(queue, 'LifoQueue')\n") == [2]
        assert self.lines("from queue import *\n") == [1]
        assert self.lines("q = __import__('queue').Queue(3)\n") == [1]

    def test_module_object_escaping_is_a_violation(self):
        assert self.lines("import queue\nmod = queue\n") == [2]

    def test_multiprocessing_queues_are_violations(self):
        assert self.lines("import multiprocessing\n") == [1]
        assert self.lines("from multiprocessing import Queue\n") == [1]
        assert self.lines("from multiprocessing.queues import SimpleQueue\n") == [1]


class TestBuiltinContainers:
    rule = CATALOG["no-builtin-dict-or-set"]

    @pytest.mark.parametrize(
        "statement",
        ["self.d = {}", "self.d = {1: 2}", "self.s = {1}", "self.d = dict()", "self.s = set()",
         "self.d = {k: 1 for k in 'ab'}", "self.s = {k for k in 'ab'}",
         "self.f = frozenset()", "self.d = dict.fromkeys('ab')", "self.d = dict[str, int]()"],
    )
    def test_containers_inside_the_class_are_violations(self, statement):
        source = f"class HashMap:\n    def __init__(self):\n        {statement}\n"
        assert [f.line for f in violations(source, [self.rule])] == [3]

    def test_library_mappings_and_aliases_are_violations(self):
        source = src("""
            import collections as c
            from collections import defaultdict as dd
            D = dict

            class HashMap:
                def __init__(self):
                    self.a = c.Counter()
                    self.b = dd(list)
                    self.c = D()
        """)
        assert [f.line for f in violations(source, [self.rule])] == [7, 8, 9]

    def test_subclassing_dict_is_a_violation(self):
        assert [f.line for f in violations("class HashMap(dict):\n    pass\n", [self.rule])] == [1]

    def test_containers_elsewhere_are_only_suspicious(self):
        source = "STORE = {}\n\n\nclass HashMap:\n    def get(self, k):\n        return STORE[k]\n"
        assert violations(source, [self.rule]) == []
        assert [f.line for f in suspicious(source, [self.rule])] == [1]

    def test_attribute_storage_is_suspicious(self):
        source = "class HashMap:\n    def put(self, k, v):\n        setattr(self, str(k), v)\n"
        assert [f.line for f in suspicious(source, [self.rule])] == [3]


@pytest.mark.parametrize(
    "table, message",
    [
        ({"id": "No_Heap", "forbid_imports": ["heapq"]}, "kebab-case"),
        ({"id": "x", "forbid_import": ["heapq"]}, "Extra inputs"),
        ({"id": "x"}, "forbids nothing"),
        ({"id": "x", "forbid_imports": ["queue"], "allow_imports": ["heapq.x"]}, "relaxes no"),
        ({"id": "x", "forbid_calls": ["sorted"], "in_classes": ["A"]}, "in_classes"),
        ({"id": "x", "forbid_calls": ["not_a_builtin"]}, "not a builtin"),
        ({"id": "x", "forbid_calls": ["heapq.heappush(0)"]}, "only type.method"),
        ({"id": "x", "forbid_calls": ["list.pop(i)"]}, "literals"),
        ({"id": "x", "forbid_imports": ["heap q"]}, "dotted"),
    ],
)
def test_invalid_rules_are_rejected(table, message):
    with pytest.raises(ValidationError, match=message):
        Rule.model_validate(table)


def test_duplicate_rule_ids_are_rejected():
    with pytest.raises(ValueError, match="duplicate"):
        parse_rules([{"id": "a", "forbid_imports": ["heapq"]}] * 2)


def test_syntax_error_files_are_skipped_by_the_rules():
    files = {"bad.py": "import heapq\ndef (:\n", "good.py": "import heapq\n"}
    assert [f.file for f in check_rules(files, [HEAP])] == ["good.py"]
