"""The command language: typed intents, their handlers, and the `:`/`do` parser's verbs.

Screens, forms and the palette build an intent and hand it to ``registry.run``; a typed line is
read by ``registry.execute`` into the same intent. One handler per intent, one module per area.
"""
