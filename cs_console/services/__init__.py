"""One function per user intent: each opens one transaction, checks the rules, writes, audits."""
