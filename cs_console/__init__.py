"""cs-console: the on-duty squad leader's console of a customer-service call centre."""

__version__ = "0.1.0"
