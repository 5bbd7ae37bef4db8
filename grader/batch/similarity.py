"""Copied answers: token fingerprints (winnowing) that survive renaming, reordering and comments.

Source is tokenized; identifiers become one symbol, literals another, comments
and layout vanish, so renaming variables or rewording comments changes
nothing. k-grams of those tokens are hashed and winnowed (the minimum hash in
every window of w) into a fingerprint set with line numbers; reordering
functions only disturbs the few k-grams that straddle a boundary. The stub's
own fingerprints are removed first, so code every candidate was given does
not count as shared.
"""

import io
import keyword
import tokenize
import zlib
from dataclasses import dataclass

K, W = 10, 6
MIN_PRINTS = 12  # answers smaller than this (after the stub is removed) are not compared
SKIP = {tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT,
        tokenize.ENCODING, tokenize.ENDMARKER}


@dataclass(frozen=True)
class Fingerprints:
    hashes: dict[int, list[int]]  # hash -> lines where it starts

    def __len__(self):
        return len(self.hashes)


def tokens(source: str) -> list[tuple[str, int]]:
    """Normalized tokens with their line numbers; docstrings dropped with the strings.

    What changes no program's meaning is dropped, so it cannot dilute a copy: `;` (a
    statement separator, like the newlines already skipped), `pass`, and grouping
    parentheses (those not opening a call, a definition's parameters or a subscript)."""
    out: list[tuple[str, int]] = []
    grouping: list[bool] = []  # for each open parenthesis: was it dropped
    previous = None  # the last token read (dropped or not); None at a statement's start
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type in (tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT) or (
                    tok.string == ";"):
                previous = None
            if tok.type in SKIP or tok.string in ("pass", ";"):
                continue
            before, previous = previous, tok
            if tok.string == "(":
                grouping.append(not _opens_call(before))
                if grouping[-1]:
                    continue
            elif tok.string == ")" and grouping and grouping.pop():
                continue
            if tok.type == tokenize.NAME:
                text = tok.string if keyword.iskeyword(tok.string) else "V"
            elif tok.type == tokenize.NUMBER:
                text = "N"
            elif tok.type == tokenize.STRING:
                text = "S"
            else:
                text = tok.string
            out.append((text, tok.start[0]))
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass  # a broken file still yields what was read so far
    return out


def _opens_call(before) -> bool:
    """Whether a "(" after this token opens a call or parameters (name(, "s"(, )(, ]() rather
    than groups (after an operator, a keyword, a comma, another "(", or at a statement's start)."""
    if before is None:
        return False
    if before.type == tokenize.NAME:
        return not keyword.iskeyword(before.string)
    return before.type == tokenize.STRING or before.string in (")", "]")


def fingerprints(source: str) -> Fingerprints:
    toks = tokens(source)
    grams = [(zlib.crc32(" ".join(t for t, _ in toks[i:i + K]).encode()), toks[i][1])
             for i in range(max(len(toks) - K + 1, 0))]
    chosen: dict[int, list[int]] = {}
    for i in range(max(len(grams) - W + 1, 1 if grams else 0)):
        h, line = min(grams[i:i + W], key=lambda g: g[0])
        lines = chosen.setdefault(h, [])
        if line not in lines:
            lines.append(line)
    return Fingerprints(chosen)


def without(fp: Fingerprints, common: Fingerprints) -> Fingerprints:
    return Fingerprints({h: v for h, v in fp.hashes.items() if h not in common.hashes})


@dataclass(frozen=True)
class Match:
    similarity: float  # shared fingerprints / fingerprints of the smaller answer
    a_lines: list[tuple[int, int]]
    b_lines: list[tuple[int, int]]


def compare(a: Fingerprints, b: Fingerprints) -> Match:
    shared = a.hashes.keys() & b.hashes.keys()
    smaller = min(len(a), len(b))
    # Containment in the smaller answer: a copy padded with extra code still shows.
    similarity = len(shared) / smaller if smaller >= MIN_PRINTS else 0.0
    return Match(round(similarity, 3), _ranges(a, shared), _ranges(b, shared))


def _ranges(fp: Fingerprints, shared) -> list[tuple[int, int]]:
    """Lines holding shared fingerprints, merged into ranges (a k-gram spans a few lines)."""
    lines = sorted({line for h in shared for line in fp.hashes[h]})
    ranges: list[list[int]] = []
    for line in lines:
        if ranges and line - ranges[-1][1] <= 3:
            ranges[-1][1] = line
        else:
            ranges.append([line, line])
    return [(a, b + 2) for a, b in ranges]
