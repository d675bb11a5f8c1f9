"""The regulations as pure functions; time always arrives as an argument."""
