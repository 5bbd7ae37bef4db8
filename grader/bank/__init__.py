"""The challenge bank: specs, prompts, stubs, examples and hidden tests on disk."""

from grader.bank.bank import Bank, Challenge, KnownBad, default_bank_root
from grader.bank.spec import ChallengeSpec, Limits, Weights

__all__ = ["Bank", "Challenge", "ChallengeSpec", "KnownBad", "Limits", "Weights",
           "default_bank_root"]
